import { describe, expect, it } from 'vitest'
import { escapeRegExp } from '../../shared/util/regex'

describe('escapeRegExp', () => {
  it.each(['某公司(普通合伙)', '中国邮政[安康]分公司', 'a.b*c+d?e^f$g{h}i|j\\k', '云浮市局'])('%s matches only itself', (s) => {
    const re = new RegExp(`^${escapeRegExp(s)}$`)
    expect(re.test(s)).toBe(true)
    expect(re.test(`${s}x`)).toBe(false)
  })
})
