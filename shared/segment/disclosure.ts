/** The published disclosure formats the reader knows (disclosure.json, checked by disclosure-data.ts). */
import { compileDisclosureData } from './disclosure-data'
import data from './disclosure.json'

export const DISCLOSURE = compileDisclosureData(data)
