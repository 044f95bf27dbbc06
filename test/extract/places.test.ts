import { describe, expect, it } from 'vitest'
import { placeCorrected, regionOf } from '../../shared/extract/places'
import data from '../../shared/extract/places.json'
import { extractCase, extractDocFacts } from '../../shared/extract'
import type { CaseDocument } from '../../shared/types'
import { doc } from './helpers'

describe('the list of divisions', () => {
  it('holds each city\'s county-level divisions by name, a municipality\'s under its own name', () => {
    const cities = data.cities as Record<string, string[]>
    expect(Object.keys(cities).length).toBeGreaterThan(300)
    expect(cities['重庆市']).toContain('涪陵区')
    expect(cities['宿州市']).toContain('埇桥区')
    expect(cities['漯河市']).toContain('郾城区')
    for (const names of Object.values(cities)) for (const n of names) expect(n).toMatch(/^[\u4e00-\u9fa5]{1,20}[区县旗市]$/)
  })
})

describe('a county-level division misread by the OCR, set right from the list', () => {
  it.each([
    // one character changed
    ['重庆市培陵区农业农村委员会', '重庆市涪陵区农业农村委员会'],
    ['重庆市培陵区森文化旅游发展有限公司', '重庆市涪陵区森文化旅游发展有限公司'],
    // one rare character lost, the province before the city
    ['宿州市桥区正鑫养殖家庭农场', '宿州市埇桥区正鑫养殖家庭农场'],
    ['安徽省宿州市桥区正鑫养殖家庭农场', '安徽省宿州市埇桥区正鑫养殖家庭农场'],
  ])('%s → %s', (read, right) => expect(placeCorrected(read)).toBe(right))
  it.each([
    // a division of that city, or a longer one the read begins
    '重庆市涪陵区农业农村委员会',
    '重庆市江北区市场监督管理局',
    '北京市海淀区市场监督管理局',
    // three divisions one character away (綦江区, 江北区, 江津区): nothing is sure
    '重庆市江区生态环境局',
    // words for a part of a city, a masked division, no city named, a city inside another word
    '漯河市城区某店',
    '重庆市某区某公司',
    '培陵区某公司',
    '中山市场监管局',
    '某某有限公司',
  ])('%s is left as read', (read) => expect(placeCorrected(read)).toBe(read))
})

describe('names read off a scan', () => {
  const scanned = (lines: string[]): CaseDocument => doc(lines, '行政处罚决定书', lines.map(() => 0.93))
  const lines = ['重庆市培陵区农业农村委员会', '行政处罚决定书', '当事人:重庆市培陵区某某商贸有限公司', '统一社会信用代码:91500102MA5U7XXX1X']
  it('have their division set right; the evidence still shows the page as read', () => {
    const f = extractDocFacts(scanned(lines))
    expect(f.agency?.name).toBe('重庆市涪陵区农业农村委员会')
    expect(f.parties[0]?.name).toBe('重庆市涪陵区某某商贸有限公司')
    expect(f.parties[0]?.evidence.confidence).toBeDefined()
  })
  it('…but not where the recogniser was sure of the line (a name the places list lacks: 天津市沽北区…)', () => {
    const sure = doc(lines, '行政处罚决定书', lines.map(() => 0.997))
    expect(extractDocFacts(sure).parties[0]?.name).toBe('重庆市培陵区某某商贸有限公司')
  })
  it('…nor where other pages of the case read the name surely as printed (a division the list lacks, not a misreading)', () => {
    const name = '天津市沽北区极速星空网络会所有限公司'
    const page = (type: 'Q' | 'D', conf: number): CaseDocument => ({ ...doc(type === 'D' ? ['行政处罚决定书', `当事人：${name}`, '经查，当事人超时营业。'] : ['结案报告', `当事人：${name}`, '执行情况：罚款已缴清。'], type === 'D' ? '行政处罚决定书' : '结案报告', [conf, conf, conf]), id: type })
    const facts = extractCase('x', [page('D', 0.997), page('Q', 0.98)])
    expect(facts.documents.map((d) => d.parties[0]?.name)).toEqual([name, name])
  })
  it('a typed text or a text layer is read as printed', () => {
    const f = extractDocFacts(doc(lines, '行政处罚决定书'))
    expect(f.agency?.name).toBe('重庆市培陵区农业农村委员会')
    expect(f.parties[0]?.name).toBe('重庆市培陵区某某商贸有限公司')
  })
})

describe('the region a name opens with', () => {
  it.each([
    ['北京市道路运输条例', { province: '北京市', city: '北京市' }],
    ['四川省道路运输条例', { province: '四川省' }],
    ['简阳市交通运输局', { province: '四川省', city: '成都市' }],
    ['深圳经济特区环境保护条例', { province: '广东省', city: '深圳市' }],
    ['广西壮族自治区水资源管理条例', { province: '广西壮族自治区' }],
    ['海南藏族自治州草原管理条例', { province: '青海省', city: '海南藏族自治州' }],
    ['长沙市雨花区城市管理和综合执法局', { province: '湖南省', city: '长沙市' }],
  ])('%s', (name, region) => expect(regionOf(name)).toEqual(region))
  it.each(['中华人民共和国道路运输条例', '城市市容和环境卫生管理条例', '朝阳区市场监督管理局', '海关总署'])('%s: none', (name) => expect(regionOf(name)).toBeNull())
})
