/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

interface Window {
  /** Set by the Electron preload; absent in a plain browser. */
  pingcha?: {
    call(method: string, req: unknown): Promise<unknown>
    onEvent(listener: (e: import('@shared/api').EngineEvent) => void): () => void
  }
}
