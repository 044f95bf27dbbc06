import type { ApiMethod, ApiReq, ApiRes, JobStatus } from '../../shared/api'

/** Anything that answers contract calls: the service itself, or a client of the engine host. */
interface Caller {
  call<M extends ApiMethod>(method: M, req: ApiReq<M>): Promise<ApiRes<M>>
}

/** Polls job.status until the import job ends (or a minute or two passes). */
export async function waitJob(service: Caller, jobId: string, tries = 1200): Promise<JobStatus> {
  for (let i = 0; i < tries; i++) {
    const s = await service.call('job.status', { jobId })
    if (s.state !== 'running') return s
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('job did not finish')
}
