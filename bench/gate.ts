/**
 * (4) The publishing gate at scale: `dispatch-lens lint` over the generated dispatches, against
 * textlint with one trivial rule (`textlint-rule-no-todo`) and its text plugin over the same
 * files, both as whole processes (start-up included), alternating, the order flipping every
 * round. Both write their report to /dev/null. Wall time is the figure (what a pipeline
 * waits); the CPU time of each process (threads included) is shown beside it on Linux.
 *
 * Two more processes, timed the same way, are floors (parse-floor.ts): each reads every file
 * and parses it, nothing more, on one thread; one with retext-latin (what a retext linter
 * starts from), one with the parser of Dispatch Lens alone (what our CLI cannot do without).
 * Their ratios to textlint say what the goal asks of the whole CLI.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { defaultWorkerCount } from '../server/src/cli/process-files'
import { benchBundlePath, bundleBenchScript } from './bundled'
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

/** parse-floor.ts bundled with the options of the shipped CLI (esbuild.mjs). */
const FLOOR_BUNDLE = benchBundlePath('parse-floor.ts')

function commands(options: GateOptions): {
  lens: Command
  textlint: Command
  floors: Command[]
} {
  const folder = relative(options.repoRoot, options.folder)
  return {
    floors: [
      {
        name: 'floor: read + retext-latin parse, 1 thread',
        args: [FLOOR_BUNDLE, 'latin', folder],
        okCodes: [0],
      },
      {
        name: 'floor: read + Dispatch Lens parser, 1 thread',
        args: [FLOOR_BUNDLE, 'dispatch', folder],
        okCodes: [0],
      },
    ],
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

function checkFloorSeesEveryFile(options: GateOptions, floor: Command): void {
  const run = spawnSync(process.execPath, floor.args, { cwd: options.repoRoot, encoding: 'utf8' })
  const parsed = Number(run.stdout.trim())
  if (run.status !== 0 || parsed !== options.files) {
    throw new Error(`${floor.name} parsed ${parsed} files, not ${options.files}: ${run.stderr}`)
  }
}

export async function measureGate(options: GateOptions): Promise<Figure[]> {
  const { lens, textlint, floors } = commands(options)
  await bundleBenchScript('parse-floor.ts')
  checkBothSeeEveryFile(options, lens, textlint)
  for (const floor of floors) checkFloorSeesEveryFile(options, floor)
  const all = [lens, textlint, ...floors]
  const wall = new Map<Command, number[]>(all.map((command) => [command, []]))
  const cpu = new Map<Command, number[]>(all.map((command) => [command, []]))
  const ratios: number[] = []
  const floorRatios = new Map<Command, number[]>(floors.map((floor) => [floor, []]))
  for (let round = 0; round < options.warmups + options.rounds; round++) {
    // The order flips every round: each process in turn runs after the others' garbage.
    const order = round % 2 === 0 ? all : [...all].reverse()
    const times = new Map<Command, ProcessTime>()
    for (const command of order) times.set(command, await timeProcess(command, options.repoRoot))
    if (round < options.warmups) continue
    for (const command of all) {
      const time = times.get(command) as ProcessTime
      wall.get(command)?.push(time.wallMs / 1000)
      if (time.cpuMs !== null) cpu.get(command)?.push(time.cpuMs / 1000)
    }
    const textlintMs = (times.get(textlint) as ProcessTime).wallMs
    ratios.push((times.get(lens) as ProcessTime).wallMs / textlintMs)
    for (const floor of floors)
      floorRatios.get(floor)?.push((times.get(floor) as ProcessTime).wallMs / textlintMs)
  }
  const workers = defaultWorkerCount()
  const threads =
    workers === 0
      ? 'analyses on its main thread'
      : `uses ${workers} worker thread${workers === 1 ? '' : 's'}`
  const section = `Publishing gate (${options.files} dispatches, whole processes; the CLI ${threads} here)`
  const figure = (label: string, samples: number[]): Figure => ({
    section,
    label,
    unit: 's',
    samples,
    digits: 2,
  })
  const cpuFigures = all.every((command) => (cpu.get(command)?.length ?? 0) > 0)
    ? all.map((command) => figure(`${command.name}, CPU`, cpu.get(command) ?? []))
    : []
  return [
    ...all.map((command) => figure(command.name, wall.get(command) ?? [])),
    ...cpuFigures,
    {
      section,
      label: 'dispatch-lens / textlint',
      unit: '×',
      samples: ratios,
      goal: atMost(0.5),
      digits: 2,
    },
    ...floors.map(
      (floor): Figure => ({
        section,
        label: `${floor.name.replace(/, 1 thread$/, '')} / textlint`,
        unit: '×',
        samples: floorRatios.get(floor) ?? [],
        digits: 2,
      }),
    ),
  ]
}
