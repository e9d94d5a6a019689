/**
 * From command-line arguments to the files to read: literal paths (any extension), folders
 * (their `*.dispatch` files, recursively) and globs, in the order given, each file once.
 */
import { stat } from 'node:fs/promises'
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
  const seen = new Set<string>()
  const add = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
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
        const matches = await fastGlob.glob(arg, {
          cwd,
          absolute: true,
          ignore: IGNORED,
        })
        if (matches.length === 0) problems.push(`no file matches '${arg}'. Check the pattern.`)
        for (const match of matches.map((file) => resolve(file)).sort()) add(match)
      } else {
        problems.push(describeFileError(error, arg))
      }
      continue
    }
    if (!isFolder) {
      add(path)
      continue
    }
    const found = await fastGlob.glob(`**/*${DISPATCH_EXTENSION}`, {
      cwd: path,
      absolute: true,
      ignore: IGNORED,
    })
    if (found.length === 0) {
      problems.push(
        `found no ${DISPATCH_EXTENSION} file in the folder '${arg}'. Pass a folder or files that hold dispatches.`,
      )
    }
    for (const file of found.map((file) => resolve(file)).sort()) add(file)
  }
  return { targets, problems }
}

/** Relative to the working folder, with `/` on every system (what CI annotations expect). */
export function displayPath(path: string, cwd: string): string {
  const relativePath = relative(cwd, path)
  const shown = relativePath === '' || isAbsolute(relativePath) ? path : relativePath
  return sep === '/' ? shown : shown.split(sep).join('/')
}
