/**
 * (4) The publishing gate at scale: `dispatch-lens lint` over the generated dispatches, against
 * textlint with one trivial rule (`textlint-rule-no-todo`) and its text plugin over the same
 * files, both as whole processes (start-up included), alternating, the order flipping every
 * round. Both write their report to /dev/null.
 */
import { spawn, spawnSync } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { join, relative } from 'node:path'
import { atMost, elapsed, type Figure } from './stats'

export interface GateOptions {
  repoRoot: string
  /** The folder of the generated dispatches (both tools are given the folder). */
  folder: string
  files: number
  warmups: number
  rounds: number
}

interface Command {
  name: string
  args: string[]
  /** Exit codes of a run that went through (findings are not failures here). */
  okCodes: number[]
}

function commands(options: GateOptions): { lens: Command; textlint: Command } {
  const folder = relative(options.repoRoot, options.folder)
  return {
    lens: { name: 'dispatch-lens lint', args: ['dist/cli.js', 'lint', folder], okCodes: [0, 1] },
    textlint: {
      name: 'textlint (no-todo, text plugin)',
      args: [
        join('node_modules', 'textlint', 'bin', 'textlint.js'),
        '--config',
        join('bench', '.textlintrc.json'),
        folder,
      ],
      okCodes: [0, 1],
    },
  }
}

/** Wall time of one whole process, from spawn to exit. */
function timeProcess(command: Command, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(process.execPath, command.args, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk)
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = elapsed(start)
      if (code !== null && command.okCodes.includes(code)) resolve(ms)
      else reject(new Error(`${command.name} exited with ${code}: ${stderr.trim().slice(0, 500)}`))
    })
  })
}

/** Before timing: both tools must report on every file, or the comparison means nothing. */
function checkBothSeeEveryFile(options: GateOptions, lens: Command, textlint: Command): void {
  const count = (command: Command): number => {
    const run = spawnSync(process.execPath, [...command.args, '--format', 'json'], {
      cwd: options.repoRoot,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    })
    if (run.status === null || !command.okCodes.includes(run.status)) {
      throw new Error(`${command.name} exited with ${run.status}: ${run.stderr.slice(0, 500)}`)
    }
    return (JSON.parse(run.stdout) as unknown[]).length
  }
  for (const command of [lens, textlint]) {
    const seen = count(command)
    if (seen !== options.files) {
      throw new Error(`${command.name} reported on ${seen} files, not ${options.files}`)
    }
  }
}

export async function measureGate(options: GateOptions): Promise<Figure[]> {
  const { lens, textlint } = commands(options)
  checkBothSeeEveryFile(options, lens, textlint)
  const lensMs: number[] = []
  const textlintMs: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < options.warmups + options.rounds; round++) {
    let lensTime: number
    let textlintTime: number
    if (round % 2 === 0) {
      lensTime = await timeProcess(lens, options.repoRoot)
      textlintTime = await timeProcess(textlint, options.repoRoot)
    } else {
      textlintTime = await timeProcess(textlint, options.repoRoot)
      lensTime = await timeProcess(lens, options.repoRoot)
    }
    if (round < options.warmups) continue
    lensMs.push(lensTime / 1000)
    textlintMs.push(textlintTime / 1000)
    ratios.push(lensTime / textlintTime)
  }
  const workers = Math.max(1, availableParallelism() - 1)
  const section = `Publishing gate (${options.files} dispatches, whole processes; the CLI uses ${workers} worker thread${workers === 1 ? '' : 's'} here)`
  return [
    { section, label: lens.name, unit: 's', samples: lensMs, digits: 2 },
    { section, label: textlint.name, unit: 's', samples: textlintMs, digits: 2 },
    {
      section,
      label: 'dispatch-lens / textlint',
      unit: '×',
      samples: ratios,
      goal: atMost(0.5),
      digits: 2,
    },
  ]
}
