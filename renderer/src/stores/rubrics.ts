/** The rubric library as the 评查标准 screen shows it: every version of every rubric, and which projects use which. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { InvalidRubric, RubricUsage, RubricVersion } from '@shared/api'
import { client } from '../api/client'
import { useAppStore } from './app'

export const useRubricStore = defineStore('rubrics', () => {
  const versions = ref<RubricVersion[]>([])
  const invalid = ref<InvalidRubric[]>([])
  const usage = ref<RubricUsage[]>([])

  async function load() {
    const [lib, use] = await Promise.all([client.call('rubric.list', undefined), client.call('rubric.usage', undefined)])
    versions.value = lib.versions
    invalid.value = lib.invalid
    usage.value = use
  }

  /** The library changed (a version saved): this screen and the project form see it. */
  async function reload() {
    await Promise.all([load(), useAppStore().loadRubrics()])
  }

  const projectsUsing = (id: string, version: string) => usage.value.find((u) => u.id === id && u.version === version)?.projects ?? []

  return { versions, invalid, usage, load, reload, projectsUsing }
})
