import { describe, expect, it } from 'vitest'
import { writtenTitles } from '../../shared/check/titles'
import type { Citation, DocFacts } from '../../shared/types'

const cite = (lawAsWritten: string, article: number, file: string, line: number): Citation => ({
  text: `第${article}条`, law: lawAsWritten || '', lawAsWritten, article, role: 'other', evidence: { file, page: 1, line, text: '' },
})

describe('the title a bare article refers to', () => {
  it('is the one written before it in the document, over the images of a scanned sequence (each its page 1)', () => {
    // (p03.jpg line 9 cites 大气污染防治法 and then a bare 第一百一十八条; p04.jpg, the next image, cites 行政强制法 on its own
    // line 9, further left)
    const a = cite('中华人民共和国大气污染防治法', 81, 'p03.jpg', 9)
    const bare = cite('', 118, 'p03.jpg', 9)
    bare.evidence.span = [40, 50]
    a.evidence.span = [10, 30]
    const b = cite('中华人民共和国行政强制法', 9, 'p04.jpg', 9)
    b.evidence.span = [20, 30]
    const doc = { citations: [a, bare, b] } as unknown as DocFacts
    expect(writtenTitles(doc).get(bare)).toBe('中华人民共和国大气污染防治法')
  })
})
