/** App-wide state: engine info, settings, review projects and which screen is shown. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppInfo, InvalidRubric } from '@shared/api'
import type { ProjectInfo, Settings } from '@shared/types'
import type { RubricSummary } from '@shared/types'
import { client, errorText } from '../api/client'

export type View = 'projects' | 'cases' | 'case' | 'panel' | 'rubrics' | 'ledger' | 'export' | 'settings'
const VIEWS: View[] = ['projects', 'cases', 'case', 'panel', 'rubrics', 'ledger', 'export', 'settings']

/** What a reload brings back, kept for this tab only. */
export const SESSION = { project: 'pingcha.project', view: 'pingcha.view', case: 'pingcha.case' } as const

export function remember(key: string, value: string | number) {
  try {
    sessionStorage.setItem(key, String(value))
  } catch {
    // storage refused (private mode, quota): a reload then starts from the project list, as before
  }
}

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
      await restore()
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
    remember(SESSION.project, p.dbPath)
    await loadProjects()
    return p
  }

  async function openProject(dbPath: string) {
    const p = await client.call('project.open', { dbPath })
    project.value = p
    remember(SESSION.project, p.dbPath)
    await loadProjects()
    return p
  }

  /**
   * After a reload, the tab's project, screen and case as they were (sessionStorage: this tab only, gone with it).
   * A project that cannot be opened any more is forgotten quietly: the project list is the way back.
   */
  async function restore() {
    const dbPath = sessionStorage.getItem(SESSION.project)
    if (!dbPath) return
    try {
      await openProject(dbPath)
    } catch {
      sessionStorage.removeItem(SESSION.project)
      return
    }
    const v = sessionStorage.getItem(SESSION.view) as View | null
    const caseId = Number(sessionStorage.getItem(SESSION.case))
    if (v === 'case' && Number.isInteger(caseId) && caseId > 0) {
      const { useWorkspaceStore } = await import('./workspace')
      await useWorkspaceStore().open(caseId)
    }
    if (v && VIEWS.includes(v)) view.value = v
  }

  async function saveSettings(patch: Partial<Settings>) {
    settings.value = await client.call('settings.set', patch)
  }

  function go(v: View) {
    view.value = v
    remember(SESSION.view, v)
  }

  return { info, settings, projects, rubrics, invalidRubrics, project, view, loadError, ready, init, loadProjects, loadRubrics, createProject, openProject, saveSettings, go }
})
