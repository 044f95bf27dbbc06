import { describe, expect, it } from 'vitest'
import { sameAgency } from '../fixtures/real/measure'

describe('real-corpus scorer: one agency however its place is printed', () => {
  it.each([
    ['温州市鹿城区卫生健康局', '鹿城区卫生健康局'],
    ['浙江省温州市鹿城区应急管理局', '温州市鹿城区应急管理局'],
    ['江苏省淮安市涟水县应急管理局', '涟水县应急管理局'],
    ['北京市顺义区消防救援支队', '顺义区消防救援支队'],
    ['恩施土家族苗族自治州巴东县市场监督管理局', '巴东县市场监督管理局'],
  ])('%s = %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(true)
    expect(sameAgency(b, a)).toBe(true)
  })

  it.each([
    // a city's agency is not its district's, nor a bare agency kind any agency
    ['上海市浦东新区市场监管局', '上海市市场监管局'],
    ['广东省住房和城乡建设厅', '住房和城乡建设厅'],
    ['温州市鹿城区卫生健康局', '卫生健康局'],
    // one district's agency is not another's, nor a differently named one
    ['温州市鹿城区卫生健康局', '温州市瓯海区卫生健康局'],
    ['北京市环境保护局', '北京市环保局'],
    ['揭阳市生态环境局揭东分局', '揭阳市生态环境局'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameAgency(a, b)).toBe(false)
    expect(sameAgency(b, a)).toBe(false)
  })
})
