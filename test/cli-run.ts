/** Runs the CLI's `main` in-process with its standard output and error captured, as a script calling it would see them. */
import { vi } from 'vitest'
import { main } from '../electron/cli'

export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true))
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true))
  try {
    const code = await main(argv)
    return { code, stdout, stderr }
  } finally {
    o.mockRestore()
    e.mockRestore()
  }
}
