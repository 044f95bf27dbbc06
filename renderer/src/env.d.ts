/// <reference types="vite/client" />
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent<object, object, unknown>
  export default component
}

interface Window {
  /** Set by the Electron preload; absent in a plain browser. */
  pingcha?: import('./api/client').PingchaBridge
}
