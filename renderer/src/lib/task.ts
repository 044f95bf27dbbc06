/** A button's action: busy while it runs, its error as a message for a person (or handed to onError). */
import { ref } from 'vue'
import { errorText } from '../api/client'

export function useTask() {
  const busy = ref(false)
  const error = ref<string | null>(null)
  async function run<T>(fn: () => Promise<T>, onError?: (message: string) => void): Promise<T | undefined> {
    busy.value = true
    error.value = null
    try {
      return await fn()
    } catch (e) {
      if (onError) onError(errorText(e))
      else error.value = errorText(e)
      return undefined
    } finally {
      busy.value = false
    }
  }
  return { busy, error, run }
}
