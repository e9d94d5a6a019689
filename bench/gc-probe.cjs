// Loaded into the language server by the memory bench (NODE_OPTIONS="--require …"): on
// SIGUSR2 it runs a full garbage collection and writes the memory usage to standard error, so
// that memory still held after closing every document can be told from garbage not yet
// collected. The server itself is unchanged.
const { setFlagsFromString } = require('node:v8')
const { runInNewContext } = require('node:vm')
const { isMainThread } = require('node:worker_threads')

if (isMainThread) {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc')
  process.on('SIGUSR2', () => {
    gc()
    process.stderr.write(`gc-probe ${JSON.stringify(process.memoryUsage())}\n`)
  })
}
