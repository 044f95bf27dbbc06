#!/usr/bin/env node
// `pingcha` from a checkout (npm link, or node bin/pingcha.js): runs the TypeScript CLI through tsx.
// run() lets the whole output drain into a pipe before the process exits.
import { register } from 'tsx/esm/api'

register()
const { run } = await import('../electron/cli.ts')
await run(process.argv.slice(2))
