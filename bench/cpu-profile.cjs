// Profiles a process started by someone else (the language server that the bench spawns, the
// CLI and its worker threads): `--cpu-prof` is refused in NODE_OPTIONS, `--require` is not, and
// it is loaded in every worker thread too. Each thread writes `<pid>.cpuprofile` (the main
// thread) or `<pid>-<threadId>.cpuprofile` (a worker) into $CPU_PROFILE_DIR: the main thread
// when the process exits, a worker when it exits or, as the CLI ends its workers with
// `terminate()` (which runs no more code in them), when the main thread asks it to just
// before. Read them with profile-summary.ts.
//
//   CPU_PROFILE_DIR=prof NODE_OPTIONS="--require ./bench/cpu-profile.cjs" \
//     node --import tsx bench/run.ts --quick --only editor
//   CPU_PROFILE_DIR=prof NODE_OPTIONS="--require ./bench/cpu-profile.cjs" \
//     node dist/cli.js lint bench/out/dispatches > /dev/null
const { mkdirSync, writeFileSync } = require('node:fs')
const { Session } = require('node:inspector')
const { join } = require('node:path')
const { BroadcastChannel, isMainThread, threadId, Worker } = require('node:worker_threads')

const dir = process.env.CPU_PROFILE_DIR
const CHANNEL = 'dispatch-lens-cpu-profile'

if (dir) {
  const session = new Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.setSamplingInterval', { interval: 500 })
  session.post('Profiler.start')
  let saved = false
  const save = () => {
    if (saved) return
    saved = true
    // An in-process inspector session answers synchronously, so this works in an exit handler.
    session.post('Profiler.stop', (error, result) => {
      if (error) return
      mkdirSync(dir, { recursive: true })
      const name = isMainThread ? `${process.pid}` : `${process.pid}-${threadId}`
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(result.profile))
    })
  }
  process.on('exit', save)

  if (isMainThread) {
    // Before a worker is terminated, ask it to write its profile and wait (2 s at most).
    const terminate = Worker.prototype.terminate
    Worker.prototype.terminate = function () {
      const id = this.threadId
      if (id < 0) return terminate.call(this) // already stopped
      return new Promise((resolve) => {
        const channel = new BroadcastChannel(CHANNEL)
        const done = () => {
          clearTimeout(timer)
          channel.close()
          resolve(terminate.call(this))
        }
        const timer = setTimeout(done, 2000)
        channel.onmessage = (event) => {
          if (event.data === `saved ${id}`) done()
        }
        channel.postMessage(`save ${id}`)
      })
    }
  } else {
    const channel = new BroadcastChannel(CHANNEL)
    channel.unref()
    channel.onmessage = (event) => {
      if (event.data !== `save ${threadId}`) return
      save()
      channel.postMessage(`saved ${threadId}`)
    }
  }
}
