/** The rubric validator on a thread of its own: the editor's page stays responsive while a long rubric is checked. */
import { checkRubricText } from '../../../shared/rubric'

self.addEventListener('message', (e: MessageEvent<{ n: number; text: string }>) => {
  const { rubric, validation } = checkRubricText(e.data.text, '')
  self.postMessage({ n: e.data.n, validation, rubric: rubric && { id: rubric.id, version: rubric.version, name: rubric.name } })
})
