/**
 * The engine host process: runs the engine service (ingest, OCR, parsing, checks, exports) away from Electron's main
 * process, so a hostile or huge file can neither freeze nor crash the window. Started by the main process with
 * `utilityProcess.fork` (built as out/main/engine-host.js); in plain Node the same file runs under `child_process.fork`.
 */
import { EngineService } from '../service'
import { ownPort, serveEngine } from './protocol'

// Every file the engine writes holds case data (projects, settings, the OCR cache's text): owner-only.
if (process.platform !== 'win32') process.umask(0o077)

serveEngine(ownPort(), (init) => new EngineService({ transport: init.transport, paths: init.paths }))

// Started by `child_process.fork`: when the asker goes away, so does the host.
process.on('disconnect', () => process.exit(0))
