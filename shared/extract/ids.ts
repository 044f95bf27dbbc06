/** Identifier check characters: 统一社会信用代码 (GB 32100-2015) and 居民身份证号码 (GB 11643-1999). */

const CC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The GB 32100 check character for the first 17 characters, or null if they use letters outside the code set. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = CC_CHARS.indexOf(first17[i])
    if (v < 0) return null
    sum += v * CC_WEIGHTS[i]
  }
  return CC_CHARS[(31 - (sum % 31)) % 31]
}

export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false
  return creditCodeCheckChar(code.slice(0, 17)) === code[17]
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

export function idCheckDigit(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK[sum % 11]
}

export function isValidIdNumber(id: string): boolean {
  const s = id.toUpperCase()
  if (!/^\d{17}[\dX]$/.test(s)) return false
  const m = Number(s.slice(10, 12))
  const d = Number(s.slice(12, 14))
  if (m < 1 || m > 12 || d < 1 || d > 31) return false
  return idCheckDigit(s.slice(0, 17)) === s[17]
}
