/**
 * `npm run bench`: generates the corpus, runs every measurement, prints one table and writes
 * bench/results.md. `--quick` runs fewer rounds on less text (no 10 MB document) and writes
 * bench/out/results.md instead, as does `--only <sections>` (comma-separated: throughput,
 * scaling, editor, gate, memory): the committed results always come from a whole run.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { measureEditor } from './editor'
import { measureGate } from './gate'
import { BENCH_ROOT, generateCorpus, OUT_DIR, REPO_ROOT } from './generate'
import { measureMemory } from './memory'
import { describeMachine, loadAverage, resultsMarkdown, terminalTable } from './report'
import { measureScaling } from './scaling'
import { collectGarbage, type Figure } from './stats'
import { measureThroughput } from './throughput'

const SECTIONS = ['throughput', 'scaling', 'editor', 'gate', 'memory'] as const
type Section = (typeof SECTIONS)[number]

const SEED = 20240312

const FULL = {
  count: 2000,
  throughput: { files: 200, warmups: 2, rounds: 7, sampleMs: 500 },
  scaling: { rounds: 4, bigRounds: 2, bigBudgetMs: 40_000, maxBytes: Infinity },
  editor: { edits: 200, warmupEdits: 20, rounds: 3, pushEdits: 40, pushRounds: 3, startup: 3 },
  gate: { warmups: 0, rounds: 3 },
  memory: { files: 500, rounds: 2, settleMs: 10_000 },
}

const QUICK: typeof FULL = {
  count: 300,
  throughput: { files: 60, warmups: 1, rounds: 3, sampleMs: 200 },
  scaling: { rounds: 2, bigRounds: 1, bigBudgetMs: 10_000, maxBytes: 1024 * 1024 },
  editor: { edits: 40, warmupEdits: 5, rounds: 2, pushEdits: 10, pushRounds: 2, startup: 2 },
  gate: { warmups: 0, rounds: 2 },
  memory: { files: 100, rounds: 1, settleMs: 8000 },
}

function usage(message: string): never {
  process.stderr.write(
    `bench: ${message}\nUsage: npm run bench -- [--quick] [--only ${SECTIONS.join(',')}]\n`,
  )
  process.exit(2)
}

function parseArgs(args: string[]): { quick: boolean; only: Section[] | null } {
  let quick = false
  let only: Section[] | null = null
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]
    if (arg === '--quick') quick = true
    else if (arg === '--only') {
      const names = (args[++index] ?? '').split(',').filter((name) => name.length > 0)
      const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name))
      if (names.length === 0 || unknown.length > 0) {
        usage(`--only takes sections among ${SECTIONS.join(', ')} (got '${args[index] ?? ''}')`)
      }
      only = names as Section[]
    } else usage(`unknown argument '${arg}'`)
  }
  return { quick, only }
}

async function main(): Promise<number> {
  const { quick, only } = parseArgs(process.argv.slice(2))
  const plan = quick ? QUICK : FULL
  const wanted = (section: Section) => only === null || only.includes(section)
  const machine = describeMachine(REPO_ROOT)
  const started = performance.now()
  const corpus = generateCorpus({ count: plan.count, seed: SEED, maxBytes: plan.scaling.maxBytes })
  const figures: Figure[] = []
  const notes: string[] = []
  let failed = false
  const step = async (section: Section, run: () => Promise<void> | void) => {
    if (!wanted(section)) return
    collectGarbage()
    process.stderr.write(`bench: ${section}…\n`)
    try {
      await run()
    } catch (error) {
      failed = true
      const message = error instanceof Error ? error.message : String(error)
      notes.push(`${section}: not measured: ${message}`)
      process.stderr.write(`bench: ${section} failed: ${message}\n`)
    }
  }

  await step('throughput', async () => {
    const files = corpus.dispatches.slice(0, plan.throughput.files)
    figures.push(...(await measureThroughput({ ...plan.throughput, files })))
  })
  await step('scaling', async () => {
    const sizes = corpus.sizes
    const result = await measureScaling({
      ...plan.scaling,
      sizes,
      bigBytes: 5 << 20,
      sampleMs: quick ? 300 : 1000,
    })
    figures.push(...result.figures)
    notes.push(...result.notes)
  })
  const needsServer = wanted('editor') || wanted('memory')
  if (needsServer && !existsSync(join(REPO_ROOT, 'dist', 'server.js'))) {
    usage('dist/server.js is missing: run `npm run build` first (`npm run bench` does)')
  }
  await step('editor', async () => {
    const editor = plan.editor
    figures.push(
      ...(await measureEditor({
        path: corpus.editor.path,
        words: corpus.editor.words,
        seed: SEED,
        edits: editor.edits,
        warmupEdits: editor.warmupEdits,
        rounds: editor.rounds,
        pushEdits: editor.pushEdits,
        pushRounds: editor.pushRounds,
        startupRounds: editor.startup,
      })),
    )
  })
  await step('gate', async () => {
    const folder = join(OUT_DIR, 'dispatches')
    const options = { repoRoot: REPO_ROOT, folder, files: corpus.dispatches.length }
    figures.push(...(await measureGate({ ...options, ...plan.gate })))
  })
  await step('memory', async () => {
    const files = corpus.dispatches.slice(0, plan.memory.files)
    figures.push(...(await measureMemory({ ...plan.memory, files })))
  })

  const durationSeconds = (performance.now() - started) / 1000
  notes.push(...explanations())
  const table = terminalTable(figures)
  process.stdout.write(`\n${table}\n\n`)
  const partial = quick || only !== null
  const target = partial ? join(OUT_DIR, 'results.md') : join(BENCH_ROOT, 'results.md')
  writeFileSync(target, resultsMarkdown({ machine, figures, notes, durationSeconds }))
  process.stdout.write(
    `${durationSeconds.toFixed(0)} s, load average ${machine.loadAtStart} → ${loadAverage()}; ` +
      `written to ${partial ? 'bench/out/results.md (partial run)' : 'bench/results.md'}\n`,
  )
  return failed ? 1 : 0
}

/** What each figure is, for whoever reads results.md without the code. */
function explanations(): string[] {
  return [
    'Throughput: `analyze()` with every rule on (`anonymity: report-all`) and one processor ' +
      'for all files, against `unified().use(retextLatin)` parsing each paragraph of the same ' +
      'dispatches; the ratio is taken within each round, after 3 s of CPU on each side and ' +
      'with no forced garbage collection (a forced one makes V8 drop the optimised code of ' +
      'the analysis). The first pass is the very first analysis of the dispatches in the ' +
      'process: pattern compilation and JIT warm-up, as the first files of a lint run pay.',
    'Scaling: each document is one header followed by successive stories with their own ' +
      'people, so a longer document also has more speakers to merge and resolve. Each sample ' +
      'is a fresh process that warms up first (on the 100 KB document for 1 MB and more), ' +
      'and counts the CPU time of the analysis alone, each sample after a full garbage ' +
      'collection (so every size starts alike; the analysis re-optimises after it, which ' +
      'puts these figures above the throughput); the ratios divide each run by the median ' +
      'of the 1 KB figure.',
    'Editor: each keystroke waits for the answer before the next one, so every version is ' +
      'analysed (no coalescing); the pull figure is what VS Code sees with this server. Push ' +
      'diagnostics include the server’s debounce (150 ms after the last change, by design), so ' +
      'their goal is not checked. Hover and outline are asked on the version just analysed.',
    'Publishing gate: both tools are given the folder and write their report to /dev/null; ' +
      'before timing, both are checked (JSON output) to report on every file, which also ' +
      'warms the file cache for both. The floor rows are processes that only read every file ' +
      'and parse it, with retext-latin (what a retext linter starts from) or with the parser ' +
      'of Dispatch Lens alone (what our CLI costs at least).',
    'Memory: RSS of the server process as the OS counts it; each opened document is analysed ' +
      '(its diagnostics pulled). The server is started as the VS Code client starts it ' +
      '(`--expose-gc`): about 7 s after the last document is closed it has collected twice and ' +
      'V8 has returned the freed pages, so the figure after closing is read again after a pause ' +
      'longer than that.',
  ]
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exitCode = 1
  },
)
