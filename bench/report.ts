/** The results: one table for the terminal, and bench/results.md. */
import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'
import { type Figure, formatValue, goalStatus, spread } from './stats'

export interface Machine {
  cpu: string
  cores: number
  memoryGb: number
  node: string
  platform: string
  date: string
  commit: string
  loadAtStart: string
}

export function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')
}

export function describeMachine(repoRoot: string): Machine {
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: repoRoot,
      encoding: 'utf8',
    }).trim()
  } catch {
    // Not a git checkout: the commit stays unknown.
  }
  const processors = cpus()
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
    loadAtStart: loadAverage(),
  }
}

interface Row {
  label: string
  min: string
  median: string
  max: string
  goal: string
  status: string
}

function rowsOf(figures: Figure[]): Array<{ section: string; rows: Row[] }> {
  const sections: Array<{ section: string; rows: Row[] }> = []
  for (const figure of figures) {
    let section = sections.find((entry) => entry.section === figure.section)
    if (!section) {
      section = { section: figure.section, rows: [] }
      sections.push(section)
    }
    const { min, median, max } = spread(figure.samples)
    const unit = figure.unit === '×' ? '×' : ` ${figure.unit}`
    const format = (value: number) => `${formatValue(value, figure.digits)}${unit}`
    section.rows.push({
      label: figure.label,
      min: format(min),
      median: format(median),
      max: format(max),
      goal: figure.goal?.text ?? '',
      status: goalStatus(figure),
    })
  }
  return sections
}

export function terminalTable(figures: Figure[]): string {
  const sections = rowsOf(figures)
  const all = sections.flatMap((section) => section.rows)
  const width = (pick: (row: Row) => string, title: string) =>
    Math.max(title.length, ...all.map((row) => pick(row).length))
  const widths = {
    label: width((row) => row.label, 'measure') + 2,
    min: width((row) => row.min, 'min'),
    median: width((row) => row.median, 'median'),
    max: width((row) => row.max, 'max'),
    goal: width((row) => row.goal, 'goal'),
  }
  const line = (row: Row) =>
    [
      row.label.padEnd(widths.label),
      row.min.padStart(widths.min),
      row.median.padStart(widths.median),
      row.max.padStart(widths.max),
      row.goal.padEnd(widths.goal),
      row.status,
    ]
      .join('  ')
      .trimEnd()
  const header = line({
    label: 'measure',
    min: 'min',
    median: 'median',
    max: 'max',
    goal: 'goal',
    status: '',
  })
  const out = [header, '-'.repeat(header.length)]
  for (const section of sections) {
    out.push(section.section)
    for (const row of section.rows) out.push(line({ ...row, label: `  ${row.label}` }))
  }
  return out.join('\n')
}

export interface ResultsDocument {
  machine: Machine
  figures: Figure[]
  notes: string[]
  durationSeconds: number
}

const RIGHT_ALIGNED = [false, true, true, true, false, false]

/** A table laid out as biome formats markdown (columns padded), so `biome check` passes. */
function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => row[column].length)),
  )
  const line = (cells: string[]) =>
    `| ${cells
      .map((cell, column) =>
        RIGHT_ALIGNED[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join(' | ')} |`
  const rule = widths.map((width, column) =>
    RIGHT_ALIGNED[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  )
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)]
}

export function resultsMarkdown(results: ResultsDocument): string {
  const { machine } = results
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see `bench/README.md`); every figure is the min, median and',
    'max over the rounds of one run, and the goal (from the benchmark issue) is checked on the',
    'median.',
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.platform}`,
    `- Node ${machine.node}`,
    `- Date: ${machine.date}, commit ${machine.commit}`,
    `- Load average at start: ${machine.loadAtStart}; at the end: ${loadAverage()}`,
    `- Whole run: ${results.durationSeconds.toFixed(0)} s`,
    '',
  ]
  for (const section of rowsOf(results.figures)) {
    lines.push(`## ${section.section}`, '')
    const rows = section.rows.map((row) => [
      row.label,
      row.min,
      row.median,
      row.max,
      row.goal,
      row.status,
    ])
    lines.push(...markdownTable(['measure', 'min', 'median', 'max', 'goal', ''], rows), '')
  }
  if (results.notes.length > 0) {
    lines.push('## Notes', '')
    for (const note of results.notes) lines.push(`- ${note}`)
    lines.push('')
  }
  return lines.join('\n')
}
