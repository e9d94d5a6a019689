/** A usage, I/O or configuration problem: reported as one line on stderr, exit code 2. */
export class CliError extends Error {
  override name = 'CliError'
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_TROUBLE = 2

/** A file system error in words, with what to do about it. */
export function describeFileError(error: unknown, display: string): string {
  const code = (error as { code?: unknown } | null)?.code
  switch (code) {
    case 'ENOENT':
      return `cannot find '${display}': no such file or folder. Check the path.`
    case 'EACCES':
    case 'EPERM':
      return `cannot read '${display}': permission denied. Check the file's permissions.`
    case 'EISDIR':
      return `cannot read '${display}': it is a folder. Pass a file.`
    case 'ENOTDIR':
      return `cannot find '${display}': a part of the path is not a folder. Check the path.`
    case 'ELOOP':
      return `cannot read '${display}': too many symbolic links. Check the link.`
    case 'ENOTREG':
      return `cannot read '${display}': it is not a regular file (a device, a pipe or a socket). Pass a dispatch file.`
    case 'ETOOBIG':
      return `cannot read '${display}': it is larger than 64 MB, far more than any dispatch. Split it or pass the right file.`
    default: {
      const reason = error instanceof Error ? error.message : String(error)
      return `cannot read '${display}': ${reason}.`
    }
  }
}
