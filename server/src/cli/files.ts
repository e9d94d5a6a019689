/**
 * From command-line arguments to the files to read: literal paths (any extension), folders
 * (their `*.dispatch` files, recursively) and globs, in the order given, each file once.
 */
import { realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import fastGlob from 'fast-glob'
import { describeFileError } from './errors'

export const DISPATCH_EXTENSION = '.dispatch'

/** Never searched inside, neither for folders nor for globs. */
const IGNORED = ['**/node_modules/**', '**/.git/**']

export type Target = { kind: 'stdin' } | { kind: 'file'; path: string; display: string }

export interface ExpandedTargets {
  targets: Target[]
  /** One line per argument that gave no file (missing path, empty folder, glob matching none). */
  problems: string[]
}

export async function expandTargets(
  args: readonly string[],
  cwd: string,
): Promise<ExpandedTargets> {
  const targets: Target[] = []
  const problems: string[] = []
  // Keyed by real path, so that a file reached twice (two arguments, a link) is linted once.
  const seen = new Set<string>()
  const add = async (path: string) => {
    const real = await realpath(path).catch(() => path)
    if (seen.has(real)) return
    seen.add(real)
    targets.push({ kind: 'file', path, display: displayPath(path, cwd) })
  }

  for (const arg of args) {
    if (arg === '-') {
      if (!seen.has('-')) targets.push({ kind: 'stdin' })
      seen.add('-')
      continue
    }
    const path = resolve(cwd, arg)
    let isFolder: boolean
    try {
      isFolder = (await stat(path)).isDirectory()
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if ((code === 'ENOENT' || code === 'ENOTDIR') && fastGlob.isDynamicPattern(arg)) {
        const matches = await findFiles(arg, cwd)
        if (matches.length === 0) problems.push(`no file matches '${arg}'. Check the pattern.`)
        for (const match of matches) await add(match)
      } else {
        problems.push(describeFileError(error, arg))
      }
      continue
    }
    if (!isFolder) {
      await add(path)
      continue
    }
    const found = await findFiles(`**/*${DISPATCH_EXTENSION}`, path)
    if (found.length === 0) {
      problems.push(
        `found no ${DISPATCH_EXTENSION} file in the folder '${arg}'. Pass a folder or files that hold dispatches.`,
      )
    }
    for (const file of found) await add(file)
  }
  return { targets, problems }
}

/**
 * The files matching a glob, sorted. Links to folders are not followed (a link back to a parent
 * would make the walk endless); links to files are kept.
 */
async function findFiles(pattern: string, cwd: string): Promise<string[]> {
  const entries = await fastGlob.glob(pattern, {
    cwd,
    absolute: true,
    ignore: IGNORED,
    followSymbolicLinks: false,
    onlyFiles: false,
  })
  const files: string[] = []
  for (const entry of entries) {
    const isFile = await stat(entry).then(
      (stats) => stats.isFile(),
      () => false,
    )
    if (isFile) files.push(resolve(entry))
  }
  return files.sort()
}

/** Relative to the working folder, with `/` on every system (what CI annotations expect). */
export function displayPath(path: string, cwd: string): string {
  const relativePath = relative(cwd, path)
  const shown = relativePath === '' || isAbsolute(relativePath) ? path : relativePath
  return sep === '/' ? shown : shown.split(sep).join('/')
}
