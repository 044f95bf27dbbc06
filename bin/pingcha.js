#!/usr/bin/env node
// `pingcha` from a checkout (npm link, or node bin/pingcha.js): runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../electron/cli.ts')
const code = await main(process.argv.slice(2))
if (process.argv[2] !== 'serve') process.exit(code)
