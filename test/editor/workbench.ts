/**
 * The VS Code workbench in a headless Chromium, driven as a user would: keyboard, mouse,
 * command palette. Every step waits on what appears on the page, never on a timer.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { test } from 'node:test'
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'
import { type CodeServer, logsFolder, RESULTS } from './codeServer'

/** Long enough for a cold extension host on a slow CI machine; a hang still fails in time. */
export const STEP_TIMEOUT_MS = 30_000

/** Wide enough for the outline to show whole speaker names. */
const SIDE_BAR_WIDTH = 470

function chromiumPath(): string {
  if (process.env.CHROMIUM) return process.env.CHROMIUM
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, 'chromium')
    if (existsSync(candidate)) return candidate
  }
  throw new Error('chromium is not on the PATH: run test/editor/setup.sh first')
}

export class Workbench {
  private shots = 0
  /** The page's errors and warnings, kept in `<name>-logs/browser.log`. */
  private readonly console: string[] = []

  private constructor(
    readonly page: Page,
    private readonly browser: Browser,
    /** Prefix of this run's screenshots in test-results/editor/. */
    private readonly name: string,
  ) {}

  static async open(server: CodeServer, name: string): Promise<Workbench> {
    mkdirSync(RESULTS, { recursive: true })
    for (const file of readdirSync(RESULTS)) {
      if (file.startsWith(`${name}-`) && file.endsWith('.png')) rmSync(join(RESULTS, file))
    }
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      env: server.env,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-crash-reporter',
      ],
    })
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } })
    page.setDefaultTimeout(STEP_TIMEOUT_MS)
    const workbench = new Workbench(page, browser, name)
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        workbench.console.push(`${message.type()}: ${message.text()}`)
      }
    })
    page.on('pageerror', (error) => workbench.console.push(`page error: ${error.message}`))
    await page.goto(`${server.url}/?folder=${encodeURIComponent(server.folder)}`)
    await page.locator('.monaco-workbench').waitFor()
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor()
    await workbench.widenSideBar(SIDE_BAR_WIDTH)
    return workbench
  }

  /** Drags the side bar's edge, so that the outline's names are not cut in the screenshots. */
  private async widenSideBar(width: number): Promise<void> {
    const box = await this.page.locator('.part.sidebar').boundingBox()
    if (!box || box.width >= width) return
    const edge = { x: box.x + box.width - 1, y: box.y + box.height / 2 }
    await this.page.mouse.move(edge.x, edge.y)
    await this.page.mouse.down()
    await this.page.mouse.move(box.x + width, edge.y, { steps: 5 })
    await this.page.mouse.up()
    await this.page.waitForFunction(
      `document.querySelector('.part.sidebar').getBoundingClientRect().width >= ${width - 10}`,
    )
  }

  /** A screenshot in test-results/editor/, numbered in the order the steps take them. */
  async shot(label: string): Promise<string> {
    this.shots += 1
    const file = join(RESULTS, `${this.name}-${String(this.shots).padStart(2, '0')}-${label}.png`)
    await this.page.screenshot({ path: file })
    return file
  }

  async close(): Promise<void> {
    await this.browser.close()
    const logs = logsFolder(this.name)
    mkdirSync(logs, { recursive: true })
    writeFileSync(join(logs, 'browser.log'), `${this.console.join('\n')}\n`)
  }

  get editor(): Locator {
    return this.page.locator('.editor-instance .monaco-editor').first()
  }

  /** The rendered span whose text is `text` (or starts with it): the grammar and the semantic
   * tokens cut a line into spans, a quotation is one span unless it wraps. Spaces are rendered
   * as no-break spaces. */
  span(text: string, { prefix = false } = {}): Locator {
    const pattern = escapeRegExp(text).replace(/ /g, '[ \u00a0]')
    return this.editor.locator('.view-line > span > span', {
      hasText: new RegExp(`^${pattern}${prefix ? '' : '$'}`),
    })
  }

  async openFromExplorer(fileName: string, firstWords: string): Promise<void> {
    await this.page
      .locator('.explorer-folders-view .monaco-list-row', { hasText: fileName })
      .first()
      .click()
    await this.editor.locator('.view-lines', { hasText: firstWords }).waitFor()
  }

  /** Runs a command from the palette, by its title as the palette shows it. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1')
    const input = this.page.locator('.quick-input-widget input')
    await input.waitFor()
    await input.fill(`>${title}`)
    await this.page
      .locator('.quick-input-list .monaco-list-row', {
        has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
      })
      .first()
      .click()
  }

  /** Hovers `target` and returns the hover that shows `expected`. */
  async hover(target: Locator, expected: string): Promise<Locator> {
    await this.dismissHover()
    await target.hover({ position: { x: 12, y: 6 } })
    const card = this.page.locator('.monaco-hover:visible', { hasText: expected }).first()
    await card.waitFor()
    return card
  }

  /** Moves the pointer away (to the activity bar) and waits for any hover to go. */
  async dismissHover(): Promise<void> {
    await this.page.locator('.activitybar').hover()
    await this.page.keyboard.press('Escape')
    await this.page.locator('.monaco-hover:visible').first().waitFor({ state: 'detached' })
  }

  /** Waits for a squiggle of `severity` under the editor line that shows `text`. Squiggles
   * are drawn in a layer of their own, so they are matched to the line by position; the check
   * runs in the page, where lines may be re-rendered at any time. */
  async squiggleOn(text: string, severity: 'error' | 'warning' | 'info'): Promise<void> {
    await this.page.waitForFunction(`(() => {
      const squiggles = [...document.querySelectorAll('.squiggly-${severity}')]
        .map((squiggle) => squiggle.getBoundingClientRect())
        .filter((box) => box.width > 0)
      return [...document.querySelectorAll('.editor-instance .view-line')]
        .filter((line) => line.textContent.replace(/\\u00a0/g, ' ').includes(${JSON.stringify(text)}))
        .map((line) => line.getBoundingClientRect())
        .some((line) => squiggles.some((box) => box.top < line.bottom && box.bottom > line.top))
    })()`)
  }

  /** Chooses the entry of the open action menu (quick fixes) that shows `text`, with the
   * keyboard: the menu ignores the pointer until it has moved over it. */
  async chooseAction(text: string): Promise<void> {
    const menu = this.page.locator('.action-widget')
    const focused = menu.locator('.monaco-list-row.focused')
    const rows = await menu.locator('.monaco-list-row').count()
    for (let moves = 0; moves < rows; moves++) {
      if ((await shownText(focused)).includes(text)) {
        await this.page.keyboard.press('Enter')
        await menu.waitFor({ state: 'hidden' })
        return
      }
      const index = await focused.getAttribute('data-index')
      await this.page.keyboard.press('ArrowDown')
      await menu.locator(`.monaco-list-row.focused:not([data-index="${index}"])`).waitFor()
    }
    throw new Error(`no entry "${text}" in the action menu`)
  }

  statusItem(text: string | RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text })
  }
}

/** The text of an element as the page shows it (line breaks between blocks, no hidden text). */
export function shownText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, what a user reads
  return locator.innerText()
}

/** `text` as the page shows it in the editor, with no-break spaces as plain spaces. */
export function plainSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A test that leaves a screenshot of the page when it fails. The steps of a run share one
 * workbench and follow each other like a user's session, so they are tests in one `describe`.
 */
export function step(name: string, workbench: () => Workbench, run: () => Promise<void>): void {
  test(name, { timeout: 4 * STEP_TIMEOUT_MS }, async () => {
    try {
      await run()
    } catch (error) {
      const slug = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, 40)
      await workbench()
        .shot(`FAILED-${slug}`)
        .catch(() => {})
      throw error
    }
  })
}
