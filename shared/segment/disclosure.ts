/** The published disclosure formats the reader knows (disclosure.json, checked by disclosure-data.ts). */
import { compileDisclosureData } from './disclosure-data'
import data from './disclosure.json'

export const DISCLOSURE = compileDisclosureData(data)

/** A line that only separates a flattened table's cells (a web page's table copied as text: cell / | / cell). */
const CELL_BREAK = /^[\s\u3000]*[|｜][\s\u3000]*$/
/** Separator lines from which a text is a table, not prose with a stray rule. */
const MIN_CELL_BREAKS = 4

/**
 * The text publishes a decision as a summary: a 双公示 or credit record's boxes, or a table flattened into cells
 * (number | case name | party | facts | basis …). Such a summary is not the decision's text, so what it does not
 * carry says nothing of the decision itself.
 */
export function isPublishedSummary(lines: readonly { text: string }[]): boolean {
  return lines.some((l) => DISCLOSURE.record.test(l.text)) || lines.filter((l) => CELL_BREAK.test(l.text)).length >= MIN_CELL_BREAKS
}
