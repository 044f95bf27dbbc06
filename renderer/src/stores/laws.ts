/** The 法规库 screen: the law data's currency, the user-imported laws, and a law a case cites that the data lacks. */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LawDataCurrency, LawImportPreview, UserLawSummary } from '@shared/law/user-layer'
import { client } from '../api/client'

export interface LawImportRequest {
  paths: string[]
  title?: string
  category?: '法律' | '行政法规' | '部门规章' | '地方性法规' | '地方政府规章' | '规范性文件'
  effective?: string
}

export const useLawsStore = defineStore('laws', () => {
  const status = ref<LawDataCurrency | null>(null)
  const laws = ref<UserLawSummary[]>([])
  /** The title of a law a finding says the data lacks (法规库未收录), offered for import. */
  const wanted = ref<string | null>(null)

  async function load() {
    const [s, l] = await Promise.all([client.call('laws.status', undefined), client.call('laws.list', undefined)])
    status.value = s
    laws.value = l
  }

  async function preview(req: LawImportRequest): Promise<LawImportPreview[]> {
    return client.call('laws.preview', req)
  }

  async function importLaws(req: LawImportRequest): Promise<number> {
    const r = await client.call('laws.import', req)
    status.value = r.status
    laws.value = await client.call('laws.list', undefined)
    return r.imported
  }

  async function remove(id: string) {
    const r = await client.call('laws.remove', { id })
    status.value = r.status
    laws.value = await client.call('laws.list', undefined)
  }

  async function exportTo(path: string): Promise<{ file: string; count: number }> {
    return client.call('laws.export', { path })
  }

  return { status, laws, wanted, load, preview, importLaws, remove, exportTo }
})
