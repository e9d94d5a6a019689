import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { strip } from '../analysis'
import { decodeText } from './decode'
import { CliError, describeFileError, EXIT_OK } from './errors'
import type { CliIo } from './io'

/** `strip FILE|-`: the text without annotations, byte for byte otherwise (BOM included). */
export async function stripCommand(path: string, io: CliIo): Promise<number> {
  let bytes: Uint8Array
  if (path === '-') {
    bytes = await io.readStdin()
  } else {
    const absolute = resolve(io.cwd, path)
    try {
      if ((await stat(absolute)).isDirectory()) {
        throw new CliError(`cannot strip '${path}': it is a folder. Pass one file.`)
      }
      bytes = await io.readFile(absolute)
    } catch (error) {
      if (error instanceof CliError) throw error
      throw new CliError(describeFileError(error, path))
    }
  }
  const decoded = decodeText(bytes, { keepBom: true })
  if (!decoded.ok) {
    const name = path === '-' ? 'standard input' : `'${path}'`
    throw new CliError(`cannot read ${name} as text: ${decoded.reason}`)
  }
  io.stdout.write(strip(decoded.text))
  return EXIT_OK
}
