/** The draw: the n formula, reproducibility, order independence, the rank key's bytes, exclusions, validation. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bytesToHex, compareBytes, drawSample, lastPart, rankKey, rankKeyer, sampleOptionProblems, sha256Hex, stratumSize, type FrameRow } from '../../shared/panel'

const frame = (units: Record<string, number>): FrameRow[] =>
  Object.entries(units).flatMap(([unit, n]) => Array.from({ length: n }, (_, i) => ({ case: `${unit.slice(0, 2)}罚〔2024〕${i + 1}号`, unit })))

const shuffle = <T>(xs: T[], seed: number): T[] => {
  const a = [...xs]
  let s = seed
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648
    const j = s % (i + 1)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

describe('n = min(N, max(min, ceil(rate × N)))', () => {
  it.each([
    [0, 0.1, 3, 0],
    [1, 0.1, 3, 1],
    [3, 0.1, 3, 3],
    [5, 0.1, 3, 3],
    [30, 0.1, 3, 3],
    [31, 0.1, 3, 4],
    [100, 0.07, 3, 7],
    [100, 0.1, 0, 10],
    [7, 1, 0, 7],
    [1000, 0.05, 3, 50],
    [10, 0.3, 5, 5],
    [10, 0.01, 0, 1],
  ])('N=%i rate=%s min=%i → %i', (N, rate, min, n) => expect(stratumSize(N, rate, min)).toBe(n))

  it('holds for every N, rate and min', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 20 }), (N, permille, min) => {
        const rate = permille / 1000
        const n = stratumSize(N, rate, min)
        expect(n).toBeLessThanOrEqual(N)
        expect(n).toBeGreaterThanOrEqual(Math.min(N, min))
        // ceil of the exact product: permille × N / 1000
        expect(n).toBe(Math.min(N, Math.max(min, Math.ceil((permille * N) / 1000))))
      }),
    )
  })
})

describe('rank key', () => {
  it('is SHA-256 of the UTF-8 JSON array, hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad') // FIPS 180-2 example
    expect(rankKey('s', '单位', '1号')).toBe(sha256Hex('["s","单位","1号"]'))
  })
  it('is what Python gives: hashlib.sha256(json.dumps([...], ensure_ascii=False, separators=(",", ":")).encode())', () => {
    expect(rankKey('2024年度评查', '某市市场监督管理局', '某市监罚〔2024〕12号')).toBe('12ffb369f270b0fbf1836bd7b96f2180a869298f3c483444900bc5b03e737300')
  })
})

describe('drawSample', () => {
  const f = frame({ 甲市场监督管理局: 57, 乙生态环境局: 12, 丙交通运输局: 2 })
  const opts = { rate: 0.1, min: 3, seed: '2024年度案卷评查 摇号 0815' }

  it('draws n per unit, the n smallest rank keys', () => {
    const d = drawSample(f, opts)
    expect(d.strata.map((s) => [s.unit, s.N, s.n])).toEqual([
      ['丙交通运输局', 2, 2],
      ['乙生态环境局', 12, 3],
      ['甲市场监督管理局', 57, 6],
    ])
    for (const s of d.strata) {
      const all = f.filter((r) => r.unit === s.unit).map((r) => rankKey(opts.seed, s.unit, r.case)).sort()
      expect(s.picks.map((p) => p.rank)).toEqual(all.slice(0, s.n))
      for (const p of s.picks) expect(p.rank).toBe(rankKey(opts.seed, s.unit, p.case))
    }
  })

  it('is the same for a shuffled frame, hash of the frame included', () => {
    const d = drawSample(f, opts)
    for (const seed of [1, 2, 3]) expect(drawSample(shuffle(f, seed), opts)).toEqual(d)
  })

  it('changes with the seed', () => {
    const a = drawSample(f, opts).strata[2].picks.map((p) => p.case)
    const b = drawSample(f, { ...opts, seed: opts.seed + '1' }).strata[2].picks.map((p) => p.case)
    expect(a).not.toEqual(b)
  })

  it('adding one case to a unit changes at most one of its picks', () => {
    const d = drawSample(f, { ...opts, min: 0, rate: 0.1 })
    const more = drawSample([...f, { case: '甲市罚〔2024〕999号', unit: '甲市场监督管理局' }], { ...opts, min: 0, rate: 0.1 })
    const before = d.strata[2].picks.map((p) => p.case)
    const after = more.strata[2].picks.map((p) => p.case)
    expect(after.filter((c) => !before.includes(c)).length).toBeLessThanOrEqual(1)
  })

  it('by unit and type: one stratum per unit and type, the same rank keys', () => {
    const typed = f.map((r, i) => ({ ...r, type: i % 3 === 0 ? '行政许可' : '行政处罚' }))
    const d = drawSample(typed, { ...opts, by: 'unit,type' })
    expect(d.strata.map((s) => `${s.unit}/${s.type}:${s.N}`)).toEqual(['丙交通运输局/行政处罚:1', '丙交通运输局/行政许可:1', '乙生态环境局/行政处罚:8', '乙生态环境局/行政许可:4', '甲市场监督管理局/行政处罚:38', '甲市场监督管理局/行政许可:19'])
    expect(d.strata.find((s) => s.type === '行政许可' && s.unit === '甲市场监督管理局')!.n).toBe(3)
    expect(d.strata.every((s) => s.picks.every((p) => p.rank === rankKey(opts.seed, s.unit, p.case)))).toBe(true)
  })

  it('sets aside empty ids and units, ambiguous duplicates, and counts an identical repeated row once', () => {
    const rows: FrameRow[] = [
      { case: 'A1', unit: '甲', line: 2 },
      { case: 'A1', unit: '甲', line: 3 },
      { case: 'B1', unit: '甲', line: 4 },
      { case: 'B1', unit: '乙', line: 5 },
      { case: '', unit: '甲', line: 6 },
      { case: 'C1', unit: '  ', line: 7 },
      { case: 'D1', unit: '乙', line: 8 },
    ]
    const d = drawSample(rows, { rate: 1, min: 0, seed: 'x' })
    expect(d.exclusions.map((e) => [e.line, e.reason])).toEqual([
      [3, '与第 2 行重复'],
      [4, expect.stringContaining('单位或类型不一致')],
      [5, expect.stringContaining('单位或类型不一致')],
      [6, '案卷编号为空'],
      [7, '执法单位为空'],
    ])
    expect(d.strata.map((s) => [s.unit, s.picks.map((p) => p.case)])).toEqual([
      ['乙', ['D1']],
      ['甲', ['A1']],
    ])
    expect(d.frameSize).toBe(7)
  })

  it('an empty type is excluded only when strata include the type', () => {
    const rows = [
      { case: 'A1', unit: '甲', type: '' },
      { case: 'A2', unit: '甲', type: '行政处罚' },
    ]
    expect(drawSample(rows, { rate: 1, min: 0, seed: 'x' }).exclusions).toEqual([])
    expect(drawSample(rows, { rate: 1, min: 0, seed: 'x', by: 'unit,type' }).exclusions.map((e) => e.reason)).toEqual(['按单位和案件类型分层，但案件类型为空'])
  })

  it('the frame hash changes when a row changes, not when rows move', () => {
    const h = drawSample(f, opts).frameSha256
    expect(h).toMatch(/^[0-9a-f]{64}$/)
    expect(drawSample([...f.slice(1), { ...f[0], unit: '丙交通运输局' }], opts).frameSha256).not.toBe(h)
  })
})

describe('settings', () => {
  it.each([
    [{ rate: 0, min: 3, seed: 's' }, '抽取比例'],
    [{ rate: 1.5, min: 3, seed: 's' }, '抽取比例'],
    [{ rate: Number.NaN, min: 3, seed: 's' }, '抽取比例'],
    [{ rate: 0.1, min: -1, seed: 's' }, '最少抽取数'],
    [{ rate: 0.1, min: 2.5, seed: 's' }, '最少抽取数'],
    [{ rate: 0.1, min: 3, seed: '  ' }, '随机种子'],
    [{ rate: 0.1, min: 3, seed: 's', by: 'type' }, '分层方式'],
  ])('%o is refused (%s)', (o, word) => {
    expect(sampleOptionProblems(o).join()).toContain(word)
    expect(() => drawSample([], o as never)).toThrow(word)
  })
  it('rate 1 and min 0 are allowed', () => expect(sampleOptionProblems({ rate: 1, min: 0, seed: 's' })).toEqual([]))
})

describe('rankKeyer', () => {
  it('gives the bytes of rankKey(...prefix, last), for any prefix and last', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }), fc.string({ unit: 'grapheme' }), (prefix, last) => {
        expect(bytesToHex(rankKeyer(...prefix)(lastPart(last)))).toBe(rankKey(...prefix, last))
      }),
    )
    const k = rankKeyer('一个很长的种子'.repeat(10), '单位', '案号')
    expect([k(lastPart('张三')), k(lastPart('李四'))].map(bytesToHex)).toEqual([rankKey('一个很长的种子'.repeat(10), '单位', '案号', '张三'), rankKey('一个很长的种子'.repeat(10), '单位', '案号', '李四')])
  })

  it('orders bytes as the hex keys order', () => {
    const a = rankKeyer('s')(lastPart('a'))
    const b = rankKeyer('s')(lastPart('b'))
    expect(Math.sign(compareBytes(a, b))).toBe(bytesToHex(a) < bytesToHex(b) ? -1 : 1)
  })
})
