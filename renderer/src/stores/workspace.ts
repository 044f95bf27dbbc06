/** The open case: its detail, the selected finding and evidence, and reviewer decisions. */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { CaseDetail, Decision, Evidence, Finding, LedgerEntry } from '@shared/types'
import { client, errorText } from '../api/client'
import { useAppStore, remember, SESSION } from './app'
import { useCasesStore } from './cases'
import { usePanelStore } from './panel'
import { findingGroups, flatFindings, stepIndex, docOutline, rubricTitles, reviewerChoice } from '../lib/workspace'

export interface ViewTarget {
  file: string
  page: number
  evidence: Evidence | null
}

export const useWorkspaceStore = defineStore('workspace', () => {
  const caseId = ref<number | null>(null)
  const detail = ref<CaseDetail | null>(null)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const selectedId = ref<string | null>(null)
  const evidenceIndex = ref(0)
  /** What the viewer shows: a file page, with the evidence to highlight. */
  const target = ref<ViewTarget | null>(null)

  /** Item titles of the case's rubric, for items the score does not list (veto, bonus). */
  const titles = ref(new Map<string, string>())
  let titlesOf = ''
  /** The reviewer chosen for this session in a project without a roster (see reviewerChoice). */
  const chosenReviewer = ref<string | null>(null)
  const reviewer = computed(() => {
    const app = useAppStore()
    return reviewerChoice(app.project?.reviewers ?? [], app.settings?.reviewer, chosenReviewer.value)
  })
  /** 整改台账 entries of this case by finding id. */
  const ledger = ref(new Map<string, LedgerEntry>())
  const groups = computed(() => findingGroups(detail.value?.findings ?? [], detail.value?.score ?? null, titles.value))
  const ordered = computed(() => flatFindings(groups.value))
  const outline = computed(() => docOutline(detail.value?.documents ?? [], detail.value?.findings ?? []))
  const selected = computed<Finding | null>(() => ordered.value.find((f) => f.id === selectedId.value) ?? null)

  async function open(id: number) {
    remember(SESSION.case, id)
    const app = useAppStore()
    if (!app.project) return
    caseId.value = id
    loading.value = true
    error.value = null
    detail.value = null
    selectedId.value = null
    target.value = null
    try {
      // Under blind review the engine shows the session's reviewer only their own decisions.
      const memberId = usePanelStore().memberId ?? undefined
      const d = await client.call('case.get', { projectId: app.project.id, caseId: id, ...(memberId ? { memberId } : {}) })
      if (caseId.value !== id) return // another case was opened meanwhile
      detail.value = d
      void loadLedger(id)
      void loadTitles(detail.value.result?.rubric.id ?? app.project.rubricId)
      const first = detail.value.files[0]
      if (first) target.value = { file: first.path, page: 1, evidence: null }
    } catch (e) {
      error.value = errorText(e)
    } finally {
      loading.value = false
    }
  }

  async function loadLedger(id: number) {
    const app = useAppStore()
    if (!app.project) return
    try {
      const all = await client.call('ledger.list', { projectId: app.project.id })
      if (caseId.value === id) ledger.value = new Map(all.filter((e) => e.caseId === id).map((e) => [e.findingId, e]))
    } catch {
      ledger.value = new Map()
    }
  }

  async function saveLedger(e: Omit<LedgerEntry, 'id' | 'caseId'>) {
    const app = useAppStore()
    if (!app.project || caseId.value === null) return
    const prev = ledger.value.get(e.findingId)
    const id = caseId.value
    try {
      const saved = await client.call('ledger.update', { projectId: app.project.id, entry: { id: prev?.id ?? 0, caseId: id, ...e, version: prev?.version ?? 0 } })
      ledger.value = new Map(ledger.value).set(saved.findingId, saved)
    } catch (err) {
      // Refused (saved meanwhile elsewhere, for one): the fields show the stored entry again, the caller the error.
      await loadLedger(id)
      throw err
    }
  }

  async function loadTitles(rubricId: string) {
    if (rubricId === titlesOf) return
    // Only ask for a rubric the library has: a missing one would be a 404 in the console for nothing.
    if (!useAppStore().rubrics.some((r) => r.id === rubricId)) return
    try {
      titles.value = rubricTitles((await client.call('rubric.get', { id: rubricId })).rubric)
      titlesOf = rubricId
    } catch {
      // Without the rubric the panel shows item ids; nothing else depends on it.
    }
  }

  function select(f: Finding | null, evIndex = 0) {
    selectedId.value = f?.id ?? null
    evidenceIndex.value = evIndex
    const ev = f?.evidence[evIndex]
    if (ev) target.value = { file: ev.file, page: ev.page, evidence: ev }
  }

  function showPage(file: string, page: number) {
    target.value = { file, page, evidence: null }
  }

  function step(dir: 1 | -1) {
    const list = ordered.value
    const i = stepIndex(
      list.findIndex((f) => f.id === selectedId.value),
      list.length,
      dir,
    )
    if (i >= 0) select(list[i])
  }

  async function decide(decision: Omit<Decision, 'at' | 'reviewer'> & { reviewer?: string }) {
    const app = useAppStore()
    if (!app.project || caseId.value === null || !detail.value) return
    // The session's reviewer from the roster when one is chosen; without a roster, the reviewer chosen here (reviewerChoice).
    const memberId = usePanelStore().memberId ?? undefined
    const res = await client.call('finding.decide', {
      projectId: app.project.id,
      caseId: caseId.value,
      decision: { ...decision, reviewer: decision.reviewer ?? reviewer.value.current ?? '' },
      ...(memberId ? { memberId } : {}),
    })
    detail.value = { ...detail.value, score: res.score, decisions: res.decisions }
    void useCasesStore().load()
  }

  return { caseId, detail, titles, chosenReviewer, reviewer, ledger, saveLedger, loading, error, selectedId, evidenceIndex, target, groups, ordered, outline, selected, open, select, showPage, step, decide }
})
