/** The engine host as a plain Node child process (`child_process.fork`): for tests, and wherever Electron is absent. */
import { fork, type ForkOptions } from 'node:child_process'
import { asHostProcess, type HostProcess } from './protocol'

export function forkHost(modulePath: string, opts: ForkOptions = {}): HostProcess {
  const child = fork(modulePath, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...opts })
  return asHostProcess({
    send: (m) => {
      if (!child.connected) throw new Error('评查引擎进程已退出')
      child.send(m as never)
    },
    on: (ev, fn) => child.on(ev, fn),
    once: (ev, fn) => child.once(ev, fn),
    kill: () => child.kill(),
    get pid() {
      return child.pid
    },
  })
}
