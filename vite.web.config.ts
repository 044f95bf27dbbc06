/**
 * Web build of the renderer (served by `pingcha serve --static out/web`, and used by the end-to-end tests).
 * The same renderer is built for Electron by the renderer section of electron.vite.config.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'

const root = dirname(fileURLToPath(import.meta.url))

/** Copies pdf.js's cMaps, standard fonts and wasm decoders into the bundle under pdfjs/, so no PDF needs the network. */
export function pdfjsAssets(): Plugin {
  const pkg = join(root, 'node_modules', 'pdfjs-dist')
  return {
    name: 'pingcha-pdfjs-assets',
    apply: 'build',
    generateBundle() {
      for (const dir of ['cmaps', 'standard_fonts', 'wasm']) {
        for (const f of readdirSync(join(pkg, dir))) {
          if (f.startsWith('LICENSE')) continue
          this.emitFile({ type: 'asset', fileName: `pdfjs/${dir}/${f}`, source: readFileSync(join(pkg, dir, f)) })
        }
      }
    },
  }
}

export const rendererAlias = { '@shared': resolve(root, 'shared') }

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  plugins: [vue(), pdfjsAssets()],
  resolve: { alias: rendererAlias },
  build: {
    outDir: resolve(root, 'out/web'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
})
