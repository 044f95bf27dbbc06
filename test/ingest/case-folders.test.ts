/**
 * Which folders are cases. The case is the folder the user chose; its subfolders are its parts. Names arrive as
 * bytes (GBK from Chinese Windows zips) and links dangle; neither fails the listing, and inside a case each
 * unreadable entry is one per-file error.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import iconv from 'iconv-lite'
import { beforeEach, describe, expect, it } from 'vitest'
import { findCaseFolders } from '../../electron/engine/case-folders'
import { ingest } from '../../electron/engine/ingest/index'
import { decodeName, rawPath } from '../../electron/engine/ingest/walk'

const root = join(__dirname, '..', 'fixtures', 'generated', 'case-folders')

function put(rel: string, text = '询问笔录\n时间：2024年3月8日') {
  const p = join(root, rel)
  mkdirSync(join(p, '..'), { recursive: true })
  writeFileSync(p, text)
}

/** Writes a file under `base` (UTF-8) whose further folder and file names are GBK-encoded, not UTF-8. */
function putGbk(base: string, parts: string[], text: string) {
  let dir = Buffer.from(join(root, base))
  mkdirSync(dir, { recursive: true })
  for (const p of parts.slice(0, -1)) {
    dir = Buffer.concat([dir, Buffer.from('/'), iconv.encode(p, 'gbk')])
    mkdirSync(dir, { recursive: true })
  }
  writeFileSync(Buffer.concat([dir, Buffer.from('/'), iconv.encode(parts[parts.length - 1], 'gbk')]), iconv.encode(text, 'gbk'))
}

const names = (dirs: string[]) => dirs.map((d) => d.slice(root.length + 1))

beforeEach(() => {
  rmSync(root, { recursive: true, force: true })
  mkdirSync(root, { recursive: true })
})

describe('the case is the folder the user chose', () => {
  it('a case folder holding one subfolder is one case named after itself', () => {
    put('案卷/扫描件/1.jpg')
    put('案卷/扫描件/2.jpg')
    expect(names(findCaseFolders(join(root, '案卷')))).toEqual(['案卷'])
  })

  it('a case folder of parts (扫描件, 签字材料) is one case, and two such cases do not collide', async () => {
    for (const c of ['甲公司案', '乙公司案']) {
      put(`项目/${c}/扫描件/1 决定书.txt`, `行政处罚决定书\n${c}`)
      put(`项目/${c}/签字材料/2 送达回证.txt`, `送达回证\n${c}`)
    }
    expect(names(findCaseFolders(join(root, '项目', '甲公司案')))).toEqual(['项目/甲公司案'])
    const cases = findCaseFolders(join(root, '项目'))
    expect(names(cases)).toEqual(['项目/甲公司案', '项目/乙公司案'])
    // each case holds its parts' files under their part folders
    const r = await ingest(cases[1])
    expect(r.files.map((f) => f.file).sort()).toEqual(['扫描件/1 决定书.txt', '签字材料/2 送达回证.txt'])
    expect(basename(r.root)).toBe('乙公司案')
  })

  it('a project folder of cases is still split into its cases', () => {
    put('项目/1 甲公司/决定书.txt')
    put('项目/2 乙公司/决定书.txt')
    put('项目/3 丙公司/扫描件/1.jpg')
    expect(names(findCaseFolders(join(root, '项目')))).toEqual(['项目/1 甲公司', '项目/2 乙公司', '项目/3 丙公司'])
  })

  it('a folder holding one folder of several cases (项目/某局/案卷1, 案卷2) gives those cases', () => {
    put('项目/某区市场监管局/案卷 (1)/决定书.txt')
    put('项目/某区市场监管局/案卷 (2)/决定书.txt')
    expect(names(findCaseFolders(join(root, '项目')))).toEqual(['项目/某区市场监管局/案卷 (1)', '项目/某区市场监管局/案卷 (2)'])
  })

  it('a folder with files of its own is a case, subfolders included', () => {
    put('案卷/决定书.txt')
    put('案卷/附件/照片.jpg')
    put('案卷/第二册/笔录.txt')
    expect(names(findCaseFolders(join(root, '案卷')))).toEqual(['案卷'])
  })

  it('a folder of numbered volumes (第一册, 第二册) is one case', () => {
    put('案卷/第一册/1.jpg')
    put('案卷/第二册/2.jpg')
    expect(names(findCaseFolders(join(root, '案卷')))).toEqual(['案卷'])
  })
})

describe('names as bytes, dangling links', () => {
  it('a case folder named in GBK is found, shown decoded, and read through that name', async () => {
    putGbk('项目', ['丁公司案', '询问笔录.txt'], '询问笔录\n丁公司')
    put('项目/戊公司案/决定书.txt')
    const cases = findCaseFolders(join(root, '项目'))
    expect(names(cases)).toEqual(['项目/丁公司案', '项目/戊公司案'])
    expect(Buffer.isBuffer(rawPath(cases[0]))).toBe(true)
    const r = await ingest(cases[0])
    expect(r.errors).toEqual([])
    expect(r.files.map((f) => f.file)).toEqual(['询问笔录.txt'])
    expect(r.pages[0].lines.map((l) => l.text)).toEqual(['询问笔录', '丁公司'])
  })

  it('GBK bytes that happen to be valid UTF-8 (图片) are shown as the Chinese they are', () => {
    expect(decodeName(iconv.encode('图片', 'gbk'))).toEqual({ name: '图片', utf8: false })
    expect(decodeName(Buffer.from('图片'))).toEqual({ name: '图片', utf8: true })
    putGbk('案卷', ['图片', '1.txt'], '照片说明')
    expect(names(findCaseFolders(join(root, '案卷')))).toEqual(['案卷'])
  })

  it('a dangling link does not fail the batch: its case lists it as one unreadable file', async () => {
    put('项目/甲案/决定书.txt')
    mkdirSync(join(root, '项目', '乙案'), { recursive: true })
    symlinkSync(join(root, 'nowhere', '笔录.pdf'), join(root, '项目', '乙案', '笔录.pdf'))
    put('项目/乙案/告知书.txt', '行政处罚事先告知书')
    symlinkSync(join(root, 'nowhere'), join(root, '项目', '丙案'))
    const cases = findCaseFolders(join(root, '项目'))
    expect(names(cases)).toEqual(['项目/甲案', '项目/乙案'])
    const r = await ingest(cases[1])
    expect(r.pages.map((p) => p.file)).toEqual(['告知书.txt'])
    expect(r.errors).toHaveLength(1)
    expect(r.errors[0]).toMatchObject({ file: '笔录.pdf', code: 'io' })
    expect(r.errors[0].message).toMatch(/符号链接/)
  })

  it('a subfolder that cannot be opened is one per-file error', async () => {
    if (process.getuid?.() === 0) return // root opens any folder
    put('案卷/决定书.txt')
    put('案卷/锁住/笔录.txt')
    const { chmodSync } = await import('node:fs')
    chmodSync(join(root, '案卷', '锁住'), 0o000)
    try {
      const r = await ingest(join(root, '案卷'))
      expect(r.errors).toMatchObject([{ file: '锁住/', code: 'io' }])
    } finally {
      chmodSync(join(root, '案卷', '锁住'), 0o755)
    }
  })

  it('never throws on a path that is gone or not a folder', () => {
    expect(findCaseFolders(join(root, 'missing'))).toEqual([])
    put('x.xlsx')
    expect(findCaseFolders(join(root, 'x.xlsx'))).toEqual([])
  })
})
