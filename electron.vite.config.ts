import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { pdfjsAssets } from './vite.web.config'

const sharedAlias = { '@shared': resolve(__dirname, 'shared') }

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The engine host runs in a utility process of its own (main/index.ts forks engine-host.js beside it);
        // the OCR worker is its own entry: ocr/pool.ts looks for ocr-worker.js beside the bundle.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'engine-host': resolve(__dirname, 'electron/engine/host/main.ts'),
          'ocr-worker': resolve(__dirname, 'electron/engine/ocr/worker.ts'),
        },
        // Native and data-heavy packages stay in node_modules, loaded at run time.
        external: ['sqlite3', 'onnxruntime-node', '@napi-rs/canvas', 'pdfjs-dist', 'chinese-days'],
      },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // --- renderer ---
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    resolve: { alias: sharedAlias },
    plugins: [vue(), pdfjsAssets()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
    // as in the web build: module workers (the rubric editor's validator)
    worker: { format: 'es' },
  },
})
