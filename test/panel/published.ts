/**
 * Published worked examples, cell for cell, shared by the agreement tests.
 * - Cohen (1968), Table 1: two judges, N = 200, personality disorder / neurosis / psychosis; printed as proportions
 *   (.44 .07 .09 / .05 .20 .05 / .01 .03 .06), here as counts. Cohen reports κ = .492 and κ_w = .348 with his
 *   disagreement weights (0 1 3 / 1 0 6 / 3 6 0); as in the examples of psych::cohen.kappa.
 * - SexualFun (Agresti 1990; Friendly 2000, p. 91), husband (rows) by wife, 4 ordered categories, 91 couples;
 *   vcd::Kappa prints unweighted 0.1293 and weighted (Equal-Spacing) 0.2374.
 * - Shrout & Fleiss (1979), Table 2: 6 targets (rows) × 4 judges; psych::ICC prints ICC2 = 0.29 with 95% bounds 0.019
 *   and 0.76, F = 11.0 (DescTools::ICC: 0.290, F 11.03) on 5 and 15 df.
 */
export const COHEN_1968 = [
  [0.44, 0.07, 0.09],
  [0.05, 0.2, 0.05],
  [0.01, 0.03, 0.06],
].map((row) => row.map((p) => Math.round(p * 200)))

export const COHEN_1968_WEIGHTS = [
  [0, 1, 3],
  [1, 0, 6],
  [3, 6, 0],
]

export const SEXUAL_FUN = [
  [7, 7, 2, 3],
  [2, 8, 3, 7],
  [1, 5, 4, 9],
  [2, 8, 9, 14],
]

export const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
]
