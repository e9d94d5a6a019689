// Profiles a process started by someone else (the language server that the bench spawns):
// `--cpu-prof` is refused in NODE_OPTIONS, `--require` is not. Each process writes
// `<pid>.cpuprofile` into $CPU_PROFILE_DIR when it exits; read them with profile-summary.ts.
//
//   CPU_PROFILE_DIR=prof NODE_OPTIONS="--require ./bench/cpu-profile.cjs" \
//     node --import tsx bench/run.ts --quick --only editor
const { mkdirSync, writeFileSync } = require('node:fs')
const { Session } = require('node:inspector')
const { join } = require('node:path')
const { isMainThread } = require('node:worker_threads')

const dir = process.env.CPU_PROFILE_DIR
if (dir && isMainThread) {
  const session = new Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.setSamplingInterval', { interval: 500 })
  session.post('Profiler.start')
  process.on('exit', () => {
    // An in-process inspector session answers synchronously, so this works in an exit handler.
    session.post('Profiler.stop', (error, result) => {
      if (error) return
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile))
    })
  })
}
