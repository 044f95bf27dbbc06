/** The case list of the open project and the import job. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { JobStatus } from '@shared/api'
import type { CaseRow, IngestError, Progress } from '@shared/types'
import { client, errorText } from '../api/client'
import { useAppStore } from './app'

export interface ImportJob {
  jobId: string
  folders: string[]
  state: JobStatus['state']
  progress: Progress | null
  /** Per case of the import (its index), the latest progress line. */
  perCase: Map<number, Progress>
  errors: IngestError[]
  caseIds: number[]
  message: string | null
  startedAt: number
}

export const useCasesStore = defineStore('cases', () => {
  const rows = ref<CaseRow[]>([])
  const loading = ref(false)
  const error = ref<string | null>(null)
  const job = ref<ImportJob | null>(null)
  let unsubscribe: (() => void) | null = null

  async function load() {
    const app = useAppStore()
    if (!app.project) {
      rows.value = []
      return
    }
    loading.value = true
    error.value = null
    try {
      rows.value = await client.call('case.list', { projectId: app.project.id })
    } catch (e) {
      error.value = errorText(e)
    } finally {
      loading.value = false
    }
  }

  function listen() {
    if (unsubscribe) return
    unsubscribe = client.onEvent((ev) => {
      const j = job.value
      if (!j) return
      if (ev.type === 'progress' && ev.progress.jobId === j.jobId) {
        noteProgress(j, ev.progress)
      } else if (ev.type === 'job' && ev.status.jobId === j.jobId) {
        applyStatus(j, ev.status)
        void load()
      }
    })
  }

  /** The latest progress, overall and per case of the import. */
  function noteProgress(j: ImportJob, p: Progress) {
    j.progress = p
    j.perCase.set(p.caseIndex ?? 0, p)
  }

  function applyStatus(j: ImportJob, s: JobStatus) {
    j.state = s.state
    j.errors = s.errors
    j.caseIds = s.caseIds
    j.message = s.message ?? null
    // status polls fill in progress when events were missed (e.g. the stream connected late)
    if (s.progress) noteProgress(j, s.progress)
  }

  async function startImport(folders: string[]) {
    const app = useAppStore()
    if (!app.project) throw new Error('请先打开一个评查项目')
    listen()
    const { jobId } = await client.call('case.import', { projectId: app.project.id, folders })
    job.value = { jobId, folders, state: 'running', progress: null, perCase: new Map(), errors: [], caseIds: [], message: null, startedAt: Date.now() }
    // Events may have been sent before we knew the job id: catch up once.
    void poll(jobId)
  }

  /** A safety net next to the events: refresh the status every second while the job runs. */
  async function poll(jobId: string) {
    while (job.value?.jobId === jobId && job.value.state === 'running') {
      await new Promise((r) => setTimeout(r, 1000))
      try {
        const s = await client.call('job.status', { jobId })
        if (job.value?.jobId === jobId) {
          const was = job.value.state
          applyStatus(job.value, s)
          if (s.state !== was || s.caseIds.length !== rows.value.length) void load()
        }
      } catch {
        return
      }
    }
  }

  async function cancel() {
    if (!job.value) return
    await client.call('job.cancel', { jobId: job.value.jobId })
  }

  function clearJob() {
    job.value = null
  }

  return { rows, loading, error, job, load, startImport, cancel, clearJob }
})
