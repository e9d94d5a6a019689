/**
 * A throwaway code-server (VS Code in the browser) for one test run: a fresh home, user data
 * and extensions folder, the packaged extension installed, a folder of dispatches opened. It
 * is started in a process group of its own and stopped as a group, so no server, extension
 * host or language server outlives the run.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..')
/** Where test/editor/setup.sh installs code-server (EDITOR_E2E_DIR overrides it). */
export const E2E_DIR = process.env.EDITOR_E2E_DIR ?? join(ROOT, '.editor-e2e')
export const CODE_SERVER =
  process.env.CODE_SERVER ?? join(E2E_DIR, 'code-server', 'node_modules', '.bin', 'code-server')
export const RESULTS = join(ROOT, 'test-results', 'editor')

/** Settings of the throwaway profile: nothing but the editor and the extension on screen. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'outline.collapseItems': 'alwaysCollapse',
}

/** A .vsix that test/editor/vscode.sh packaged into the E2E folder. */
export function packagedExtension(name: string): string {
  const file = join(E2E_DIR, name)
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run the editor tests with \`npm run test:editor\``)
  }
  return file
}

export interface CodeServerOptions {
  /** The packaged extensions to install (`.vsix` files). */
  extensions: string[]
  /** Files copied into the opened folder: name in the folder → path in the repo. */
  files: Record<string, string>
  /** The display language (`--locale`), e.g. `fr`. */
  locale?: string
  /** Name of this run in test-results/editor/ (its logs go to `<name>-logs/`). */
  name: string
}

export interface CodeServer {
  url: string
  folder: string
  /** Environment for processes of this run (its own home), e.g. the browser. */
  env: NodeJS.ProcessEnv
  /** Where this run's extensions are installed (the language server runs from there). */
  extensionsDir: string
  stop(): Promise<void>
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

function isolatedEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
  }
}

/** Resolves with the first stdout line matching `pattern`; rejects if the process exits first. */
function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(
      () => done(new Error(`code-server did not print ${pattern} in ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      seen += chunk.toString()
      const match = pattern.exec(seen)
      if (match) done(null, match[0])
    }
    const onExit = (code: number | null) =>
      done(new Error(`code-server exited (${code}) before starting:\n${seen}`))
    function done(error: Error | null, line = '') {
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.off('exit', onExit)
      if (error) reject(error)
      else resolve(line)
    }
    child.stdout?.on('data', onData)
    child.once('exit', onExit)
  })
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  if (!existsSync(CODE_SERVER)) {
    throw new Error(`${CODE_SERVER} is missing: run test/editor/setup.sh first`)
  }
  mkdirSync(E2E_DIR, { recursive: true })
  rmSync(logsFolder(options.name), { recursive: true, force: true })
  const run = mkdtempSync(join(E2E_DIR, `run-${options.name}-`))
  const home = join(run, 'home')
  const userData = join(run, 'user-data')
  const extensions = join(run, 'extensions')
  const folder = join(run, 'dispatches')
  mkdirSync(join(userData, 'User'), { recursive: true })
  mkdirSync(home, { recursive: true })
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2))
  for (const [name, source] of Object.entries(options.files)) {
    cpSync(join(ROOT, source), join(folder, name))
  }
  const env = isolatedEnv(home)
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions]
  for (const vsix of options.extensions) {
    const install = spawnSync(CODE_SERVER, [...common, '--install-extension', vsix], {
      env,
      encoding: 'utf8',
    })
    if (install.status !== 0 || !/successfully installed/i.test(install.stdout)) {
      rmSync(run, { recursive: true, force: true })
      throw new Error(`installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`)
    }
  }
  registerLanguagePacks(userData, extensions)
  const port = await freePort()
  const args = [
    ...common,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...(options.locale ? ['--locale', options.locale] : []),
    folder,
  ]
  const logs: Buffer[] = []
  const child = spawn(CODE_SERVER, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.on('data', (chunk: Buffer) => logs.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => logs.push(chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      const killer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL')
        } catch {}
      }, 5000)
      await exited
      clearTimeout(killer)
    }
    keepLogs(options.name, userData, Buffer.concat(logs).toString())
    rmSync(run, { recursive: true, force: true })
  }

  try {
    await waitForOutput(child, /HTTP server listening on \S+/, 60_000)
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `http://127.0.0.1:${port}`, folder, env, extensionsDir: extensions, stop }
}

interface Localization {
  languageId: string
  languageName?: string
  localizedLanguageName?: string
  translations: Array<{ id: string; path: string }>
}

/**
 * Writes `languagepacks.json` as VS Code does when a language pack is installed from its UI:
 * installing from the command line (as here) leaves it unwritten, and without it `--locale`
 * falls back to English for the workbench and for the extensions.
 */
function registerLanguagePacks(userData: string, extensionsDir: string): void {
  const packs: Record<string, unknown> = {}
  for (const folder of readdirSync(extensionsDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue
    const root = join(extensionsDir, folder.name)
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const localizations: Localization[] = manifest.contributes?.localizations ?? []
    const id = `${manifest.publisher}.${manifest.name}`
    for (const localization of localizations) {
      packs[localization.languageId] = {
        hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
        extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
        translations: Object.fromEntries(
          localization.translations.map((t) => [t.id, join(root, t.path)]),
        ),
        label: localization.localizedLanguageName ?? localization.languageName,
      }
    }
  }
  if (Object.keys(packs).length > 0) {
    writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify(packs))
  }
}

/** Where the logs of run `name` go; emptied when the run starts. */
export function logsFolder(name: string): string {
  return join(RESULTS, `${name}-logs`)
}

/** The code-server output and VS Code's logs (extension host, the extension's output channel)
 * stay in test-results/editor/ after the run: the first thing to read when a step fails. */
function keepLogs(name: string, userData: string, output: string): void {
  const target = logsFolder(name)
  mkdirSync(target, { recursive: true })
  writeFileSync(join(target, 'code-server.log'), output)
  const logs = join(userData, 'logs')
  if (existsSync(logs)) cpSync(logs, join(target, 'vscode'), { recursive: true })
}
