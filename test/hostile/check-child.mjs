// Runs `pingcha check <args>` in this process (from source, as bin/pingcha.js does) and reports on stderr the peak
// resident set size of the whole process, worker threads included, as measured by the kernel.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../../electron/cli.ts')
const t0 = performance.now()
const code = await main(process.argv.slice(2))
const ms = Math.round(performance.now() - t0)
process.stderr.write(`\nPINGCHA_MEASURE ${JSON.stringify({ code, ms, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`)
process.exit(code)
