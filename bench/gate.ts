/**
 * (4) The publishing gate at scale: `dispatch-lens lint` over the generated dispatches, against
 * textlint with one trivial rule (`textlint-rule-no-todo`) and its text plugin over the same
 * files, both as whole processes (start-up included), alternating, the order flipping every
 * round. Both write their report to /dev/null. Wall time is the figure (what a pipeline
 * waits); the CPU time of each process (threads included) is shown beside it on Linux.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
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

let clockTicks: number | undefined

/** CPU time (ms) of the children this process has waited for (Linux), or null. */
function childrenCpuMs(): number | null {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // Fields after the command name (which may hold spaces): state is field 3; cutime and
    // cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks
  } catch {
    return null
  }
}

interface ProcessTime {
  wallMs: number
  cpuMs: number | null
}

/** Wall time of one whole process, from spawn to exit, and its CPU time. */
function timeProcess(command: Command, cwd: string): Promise<ProcessTime> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuMs()
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
      const wallMs = elapsed(start)
      const cpuAfter = childrenCpuMs()
      const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
      if (code !== null && command.okCodes.includes(code)) resolve({ wallMs, cpuMs })
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
  const lensCpu: number[] = []
  const textlintCpu: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < options.warmups + options.rounds; round++) {
    let lensTime: ProcessTime
    let textlintTime: ProcessTime
    if (round % 2 === 0) {
      lensTime = await timeProcess(lens, options.repoRoot)
      textlintTime = await timeProcess(textlint, options.repoRoot)
    } else {
      textlintTime = await timeProcess(textlint, options.repoRoot)
      lensTime = await timeProcess(lens, options.repoRoot)
    }
    if (round < options.warmups) continue
    lensMs.push(lensTime.wallMs / 1000)
    textlintMs.push(textlintTime.wallMs / 1000)
    ratios.push(lensTime.wallMs / textlintTime.wallMs)
    if (lensTime.cpuMs !== null) lensCpu.push(lensTime.cpuMs / 1000)
    if (textlintTime.cpuMs !== null) textlintCpu.push(textlintTime.cpuMs / 1000)
  }
  const workers = Math.max(1, availableParallelism() - 1)
  const section = `Publishing gate (${options.files} dispatches, whole processes; the CLI uses ${workers} worker thread${workers === 1 ? '' : 's'} here)`
  const cpu: Figure[] =
    lensCpu.length > 0 && textlintCpu.length > 0
      ? [
          { section, label: `${lens.name}, CPU`, unit: 's', samples: lensCpu, digits: 2 },
          { section, label: `${textlint.name}, CPU`, unit: 's', samples: textlintCpu, digits: 2 },
        ]
      : []
  return [
    { section, label: lens.name, unit: 's', samples: lensMs, digits: 2 },
    { section, label: textlint.name, unit: 's', samples: textlintMs, digits: 2 },
    ...cpu,
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
