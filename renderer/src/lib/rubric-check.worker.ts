/** The rubric validator on a thread of its own: the editor's page stays responsive while a long rubric is checked. */
import { checkRubricText } from '../../../shared/rubric'
import { errorPlaces } from '../../../shared/rubric/place'

self.addEventListener('message', (e: MessageEvent<{ n: number; text: string }>) => {
  const { rubric, validation } = checkRubricText(e.data.text, '')
  const places = errorPlaces(e.data.text, validation.errors)
  self.postMessage({ n: e.data.n, validation, places, rubric: rubric && { id: rubric.id, version: rubric.version, name: rubric.name } })
})
