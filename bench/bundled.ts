/**
 * The in-process measurements (in-process.ts) bundled as the shipped CLI and server are (same
 * esbuild options), and run in a child process that prints one JSON line. The bundle goes to
 * the temporary folder, where the linter of the repository does not look.
 */
import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'

/** Where a script of bench/ is bundled: the temporary folder. */
export function benchBundlePath(script: string): string {
  return join(tmpdir(), 'dispatch-lens-bench', script.replace(/\.ts$/, '.cjs'))
}

/** A script of bench/ bundled with the options of the shipped bundles; returns its path. */
export async function bundleBenchScript(script: string): Promise<string> {
  const outfile = benchBundlePath(script)
  await build({
    entryPoints: [join(import.meta.dirname, script)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // As esbuild.mjs: regular expressions with `\p{…}` stay literals.
    supported: { 'regexp-unicode-property-escapes': true },
    sourcemap: true,
    logLevel: 'warning',
  })
  return outfile
}

let built: Promise<string> | undefined

function bundle(): Promise<string> {
  built ??= bundleBenchScript('in-process.ts')
  return built
}

export async function runBundled<T>(args: string[]): Promise<T> {
  const bundled = await bundle()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', bundled, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk)
    })
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk)
    })
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as T)
      else reject(new Error(`in-process ${args[0]} exited with ${code}: ${stderr.trim()}`))
    })
  })
}
