/**
 * The review panel of the open project (评查组): roster, draws and assignment, cases under double review, agreement —
 * and who reviews in this session (本次评查人), chosen from the roster and kept for this window only.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { PanelComparison, PanelMember, PanelOverview, PanelSettings, ReconcileMethod } from '@shared/types/panel'
import type { Decision } from '@shared/types'
import { client } from '../api/client'
import { useAppStore } from './app'

const sessionKey = (projectId: string) => `pingcha.member.${projectId}`

export const usePanelStore = defineStore('panel', () => {
  const app = useAppStore()
  const overview = ref<PanelOverview | null>(null)
  const memberId = ref<number | null>(null)
  /** The 评查组 screen's tab, kept when the user opens a case and comes back. */
  const tab = ref('roster')
  const members = computed(() => overview.value?.members ?? [])
  const me = computed<PanelMember | null>(() => members.value.find((m) => m.id === memberId.value) ?? null)

  const pid = () => {
    if (!app.project) throw new Error('请先打开评查项目')
    return app.project.id
  }

  // The session's reviewer belongs to the project: another project starts with its own (or none).
  watch(
    () => app.project?.id,
    (id) => {
      overview.value = null
      const saved = id ? sessionStorage.getItem(sessionKey(id)) : null
      memberId.value = saved ? Number(saved) : null
      if (id) void load()
    },
    { immediate: true },
  )

  function choose(id: number | null) {
    memberId.value = id
    if (app.project) {
      if (id === null) sessionStorage.removeItem(sessionKey(app.project.id))
      else sessionStorage.setItem(sessionKey(app.project.id), String(id))
    }
  }

  async function load() {
    if (!app.project) return
    overview.value = await client.call('panel.get', { projectId: app.project.id })
    if (memberId.value !== null && !overview.value.members.some((m) => m.id === memberId.value)) choose(null)
  }

  async function saveMember(m: Omit<PanelMember, 'id'> & { id?: number }) {
    await client.call('panel.member.save', { projectId: pid(), member: m })
    await load()
  }
  async function removeMember(id: number) {
    await client.call('panel.member.remove', { projectId: pid(), memberId: id })
    await load()
  }
  async function saveSettings(s: Partial<PanelSettings>) {
    await client.call('panel.settings.set', { projectId: pid(), settings: s })
    await load()
  }

  /** The session's reviewer, required for the panel's actions. */
  function actor(): number {
    if (memberId.value === null) throw new Error('请先在上方选择本次评查人')
    return memberId.value
  }

  async function draw(seed: string, frame: string | null) {
    const rec = await client.call('panel.draw', { projectId: pid(), memberId: actor(), seed, frame })
    await load()
    return rec
  }
  async function assign(drawId: number, overrides: { case: string; memberIds: number[]; reason: string }[] = []) {
    const rec = await client.call('panel.assign', { projectId: pid(), drawId, memberId: actor(), overrides })
    await load()
    return rec
  }
  async function exportDraw(drawId: number, outDir?: string) {
    return client.call('panel.exportDraw', { projectId: pid(), drawId, ...(outDir ? { outDir } : {}) })
  }
  async function submit(caseId: number) {
    const state = await client.call('panel.submit', { projectId: pid(), caseId, memberId: actor() })
    await load()
    return state
  }
  async function compare(caseId: number): Promise<PanelComparison> {
    return client.call('panel.compare', { projectId: pid(), caseId })
  }
  async function reconcile(caseId: number, r: { method: ReconcileMethod; reason: string; dissent: string | null; items: Omit<Decision, 'reviewer' | 'at'>[] }) {
    const state = await client.call('panel.reconcile', { projectId: pid(), caseId, memberId: actor(), ...r })
    await load()
    return state
  }

  return { overview, tab, memberId, members, me, choose, load, saveMember, removeMember, saveSettings, draw, assign, exportDraw, submit, compare, reconcile }
})
