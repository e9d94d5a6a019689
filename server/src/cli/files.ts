/**
 * From command-line arguments to the files to read: literal paths (any extension), folders
 * (their `*.dispatch` files, recursively) and globs, in the order given, each file once.
 *
 * The file system is asked synchronously: nothing else runs yet, and awaiting a `stat` and a
 * `realpath` per file, one after the other, took 0.3 s for 2,000 files.
 */
import { type Dirent, realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
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

export function expandTargets(args: readonly string[], cwd: string): ExpandedTargets {
  const targets: Target[] = []
  const problems: string[] = []
  // Keyed by real path, so that a file reached twice (two arguments, a link) is linted once.
  const seen = new Set<string>()
  const add = (path: string, real = realPath(path)) => {
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
      isFolder = statSync(path).isDirectory()
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if ((code === 'ENOENT' || code === 'ENOTDIR') && fastGlob.isDynamicPattern(arg)) {
        const matches = findFiles(arg, cwd)
        if (matches.length === 0) problems.push(`no file matches '${arg}'. Check the pattern.`)
        for (const match of matches) add(match.path)
      } else {
        problems.push(describeFileError(error, arg))
      }
      continue
    }
    if (!isFolder) {
      add(path)
      continue
    }
    const found = findFiles(`**/*${DISPATCH_EXTENSION}`, path)
    if (found.length === 0) {
      problems.push(
        `found no ${DISPATCH_EXTENSION} file in the folder '${arg}'. Pass a folder or files that hold dispatches.`,
      )
    }
    // The walk follows no link to a folder: below the folder's real path, a file that is not a
    // link is where its path says.
    const realFolder = realPath(path)
    for (const file of found) {
      add(file.path, file.link ? undefined : join(realFolder, relative(path, file.path)))
    }
  }
  return { targets, problems }
}

function realPath(path: string): string {
  try {
    return realpathSync.native(path)
  } catch {
    return path
  }
}

interface FoundFile {
  path: string
  /** A link to a file (its real path is elsewhere). */
  link: boolean
}

/**
 * The files matching a glob, sorted. Links to folders are not followed (a link back to a parent
 * would make the walk endless); links to files are kept.
 */
function findFiles(pattern: string, cwd: string): FoundFile[] {
  const entries = fastGlob.sync(pattern, {
    cwd,
    absolute: true,
    ignore: IGNORED,
    followSymbolicLinks: false,
    onlyFiles: false,
    objectMode: true,
  })
  const files: FoundFile[] = []
  for (const entry of entries) {
    const dirent = entry.dirent as Dirent
    // The entry's type from the folder listing; anything else (a link, or a type the file
    // system did not give) is asked of the file system, links followed.
    const isFile = dirent.isFile() || (!dirent.isDirectory() && isFileOrLinkToFile(entry.path))
    if (isFile) files.push({ path: resolve(entry.path), link: !dirent.isFile() })
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function isFileOrLinkToFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** Relative to the working folder, with `/` on every system (what CI annotations expect). */
export function displayPath(path: string, cwd: string): string {
  const relativePath = relative(cwd, path)
  const shown = relativePath === '' || isAbsolute(relativePath) ? path : relativePath
  return sep === '/' ? shown : shown.split(sep).join('/')
}
