/** App-wide state: engine info, settings, review projects and which screen is shown. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo, InvalidRubric } from '@shared/api'
import type { ProjectInfo, Settings } from '@shared/types'
import type { RubricSummary } from '@shared/types'
import { client, errorText } from '../api/client'

export type View = 'projects' | 'cases' | 'case' | 'panel' | 'rubrics' | 'ledger' | 'export' | 'settings'

export const useAppStore = defineStore('app', () => {
  const info = ref<AppInfo | null>(null)
  const settings = ref<Settings | null>(null)
  const projects = ref<ProjectInfo[]>([])
  const rubrics = ref<RubricSummary[]>([])
  /** Files of the rubric library that cannot be used: shown as 无效 on the rubric screen, offered nowhere else. */
  const invalidRubrics = ref<InvalidRubric[]>([])
  const project = ref<ProjectInfo | null>(null)
  const view = ref<View>('projects')
  const loadError = ref<string | null>(null)
  const ready = ref(false)

  async function init() {
    try {
      const [i, s] = await Promise.all([client.call('app.info', undefined), client.call('settings.get', undefined)])
      info.value = i
      settings.value = s
      await Promise.all([loadProjects(), loadRubrics()])
    } catch (e) {
      loadError.value = errorText(e)
    } finally {
      ready.value = true
    }
  }

  async function loadProjects() {
    projects.value = await client.call('project.list', undefined)
  }

  async function loadRubrics() {
    try {
      const lib = await client.call('rubric.list', undefined)
      rubrics.value = lib.rubrics
      invalidRubrics.value = lib.invalid
    } catch {
      // the rubric screen reports its own errors; the project form shows an empty choice
      rubrics.value = []
      invalidRubrics.value = []
    }
  }

  async function createProject(req: { name: string; rubricId: string; agencies: string[]; reviewers: string[]; samplingRatio: number | null }) {
    const p = await client.call('project.create', req)
    project.value = p
    await loadProjects()
    return p
  }

  async function openProject(dbPath: string) {
    const p = await client.call('project.open', { dbPath })
    project.value = p
    await loadProjects()
    return p
  }

  async function saveSettings(patch: Partial<Settings>) {
    settings.value = await client.call('settings.set', patch)
  }

  function go(v: View) {
    view.value = v
  }

  return { info, settings, projects, rubrics, invalidRubrics, project, view, loadError, ready, init, loadProjects, loadRubrics, createProject, openProject, saveSettings, go }
})
