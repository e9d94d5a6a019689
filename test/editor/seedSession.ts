/**
 * One session with the seed in a real VS Code, as a user would have it: open, look at the
 * colours and the Problems panel, hover, read the outline, list the speakers, type a
 * paragraph and fix it. The same steps run with the UI in English and in French; `UiTexts`
 * holds what changes. Expected values come from the seed's hand-made gold
 * (test/corpus/fr/kandahar.gold.json): 7 speakers, 8 quotations, 2 unattributed claims.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { after, before, describe } from 'node:test'
import { type CodeServer, packagedExtension, startCodeServer } from './codeServer'
import { plainSpaces, shownText, step, Workbench } from './workbench'

/** What the extension shows in the UI language of the run. */
export interface UiTexts {
  /** `--locale` of code-server, e.g. `fr`; English when absent. */
  locale?: string
  /** The start of an unattributed-claim message about `words`. */
  claimMessage: (words: string) => string
  /** Lines of the hover on «repoussé» (the ministry). */
  hoverMinistry: RegExp[]
  /** Lines of the hover on the quotation of «a-t-il ajouté» (Mujahid, through the pronoun). */
  hoverMujahid: RegExp[]
  /** The status bar summary of the seed, then after the typed quotation is attributed. */
  summary: string
  summaryAfterFix: string
  /** The outline group of findings with no speaker. */
  unattributedGroup: string
  /** The unattributed-quote message of the typed quotation. */
  quoteMessage: string
  /** The quick fix that attributes a quotation to `name`. */
  attributeTo: (name: string) => string
  /** The "show speakers" command as the palette lists it (package.nls.*.json). */
  showSpeakersCommand: string
  /** The notification shown when the client restarts a crashed server. */
  restarting: RegExp
}

/** What the editor opens: the seed and two clean dispatches (one French, one English), so
 * that the Problems panel, which also lists closed files, shows the seed's findings alone.
 * (Clean as the analysis reads them: `dispatch-lens lint` reports nothing on either.) */
const WORKSPACE: Record<string, string> = {
  'kandahar.dispatch': 'test/corpus/fr/kandahar.dispatch',
  'urgences-hopital.dispatch': 'test/corpus/fr/07-urgences-hopital.dispatch',
  'climate-talks.dispatch': 'test/corpus/en/08-climate-talks.dispatch',
}

/** The page's window, for code run in the page (this project's TypeScript has no DOM types). */
type PageWindow = { getComputedStyle(element: unknown): { color: string } }

/** The quotation typed as a new paragraph: nobody is said to have said it. */
const TYPED_QUOTATION = "«La frontière restera fermée jusqu'à nouvel ordre.»"

export function seedSession(name: string, ui: UiTexts): void {
  describe(`VS Code (code-server), UI ${ui.locale ?? 'en'}, with the packaged extension`, () => {
    let server: CodeServer
    let workbench: Workbench
    const wb = () => workbench
    before(async () => {
      // The French display language needs a language pack (see vscode.sh).
      const extensions = [packagedExtension('dispatch-lens.vsix')]
      if (ui.locale === 'fr') extensions.push(packagedExtension('language-pack-fr.vsix'))
      server = await startCodeServer({ extensions, files: WORKSPACE, locale: ui.locale, name })
      workbench = await Workbench.open(server, name)
    })
    after(async () => {
      await workbench?.close()
      await server?.stop()
    })

    step('the seed opens as Dispatch, its quotations coloured as strings', wb, async () => {
      const { page } = workbench
      await workbench.openFromExplorer('kandahar.dispatch', 'date 2021-07 Kandahar')
      await page.locator('#status\\.editor\\.mode', { hasText: /^\s*Dispatch\s*$/ }).waitFor()
      // The extension has started its server once the squiggles of the seed's warnings show.
      await workbench.editor.locator('.squiggly-warning').first().waitFor()
      await workbench.shot('seed-open')

      // The grammar's colour of a quotation, as VS Code's own token inspector reports it: the
      // TextMate scope is a string and the theme's `string` rule (#CE9178 in Dark Modern) colours
      // it; the server's semantic token then paints it in its speaker's colour.
      const quotation = workbench.span('«hissé leur drapeau et retiré le drapeau afghan»')
      await quotation.click({ position: { x: 20, y: 6 } })
      await workbench.runCommand('Developer: Inspect Editor Tokens and Scopes')
      const inspector = page.locator('.token-inspect-widget')
      await inspector.waitFor()
      const row = (key: string) =>
        inspector.locator('tr', { has: page.locator('td.tiw-metadata-key', { hasText: key }) })
      assert.equal(await shownText(row('language').locator('td').nth(1)), 'dispatch')
      assert.equal(await shownText(row('standard token type').locator('td').nth(1)), 'String')
      const scopes = await shownText(row('textmate scopes').locator('td').nth(1))
      assert.match(scopes, /^string\.quoted\.other\.guillemets\.dispatch\b/)
      const grammarRule = row('textmate scopes').locator('xpath=following-sibling::tr[1]')
      assert.match(
        (await shownText(grammarRule)).replace(/\s+/g, ' '),
        /string \{ "foreground": "#CE9178" \}/,
      )
      assert.equal(await shownText(row('semantic token type').locator('td').nth(1)), 'quotation')
      const painted = (await shownText(row('foreground').first().locator('td').nth(1))).trim()
      const rendered = await quotation.evaluate(
        (span) => (globalThis as unknown as PageWindow).getComputedStyle(span).color,
      )
      assert.equal(rendered, hexToRgb(painted), 'the quotation is painted in the colour shown')
      await workbench.shot('token-colours')
      await page.keyboard.press('Escape')
      await inspector.waitFor({ state: 'hidden' })
    })

    step('the Problems panel lists exactly the two unattributed claims', wb, async () => {
      const { page } = workbench
      await page.keyboard.press('Control+Shift+M')
      const markers = page.locator('.markers-panel .monaco-list-row[aria-level="2"]')
      await page
        .locator('.markers-panel [role="tree"][aria-label="Showing 2 problems"]')
        .first()
        .waitFor()
      assert.equal(await markers.count(), 2)
      const expected = [
        { words: 'a longtemps été accusé', line: 'Ln 17, Col 13' },
        { words: 'réputée abriter', line: 'Ln 19, Col 133' },
      ]
      for (const [index, { words, line }] of expected.entries()) {
        const marker = markers.nth(index)
        assert.equal(await marker.locator('.marker-icon.warning').count(), 1, 'a warning')
        const message = await shownText(marker.locator('.marker-message'))
        assert.ok(message.startsWith(ui.claimMessage(words)), message)
        assert.equal(await shownText(marker.locator('.marker-source')), 'dispatch-lens')
        const link = marker.locator('a.monaco-link')
        assert.equal(await shownText(link), 'unattributed-claim')
        assert.match(
          (await link.getAttribute('href')) ?? '',
          /\/docs\/rules\/unattributed-claim\.md$/,
        )
        assert.ok((await shownText(marker)).includes(line), line)
      }
      await workbench.shot('problems')
    })

    step('hovers name the speaker, the cue, the medium and how it was found', wb, async () => {
      const repousse = await workbench.hover(workbench.span('«repoussé»'), 'Intérieur')
      const ministry = await shownText(repousse)
      for (const line of ui.hoverMinistry) assert.match(ministry, line)
      await workbench.shot('hover-repousse')

      const quotation = workbench.span('«assurent tous les commerçants', { prefix: true })
      const added = await workbench.hover(quotation, 'Mujahid')
      const mujahid = await shownText(added)
      for (const line of ui.hoverMujahid) assert.match(mujahid, line)
      // Markdown is rendered: the speaker in bold, the pronoun in italics.
      assert.equal(await added.locator('strong', { hasText: 'Zabihullah Mujahid' }).count(), 1)
      assert.equal(await added.locator('em', { hasText: /^il$/ }).count(), 1)
      await workbench.shot('hover-pronoun')
      await workbench.dismissHover()
    })

    step('the inlay hint and the status bar summary are visible', wb, async () => {
      const { page } = workbench
      // Injected after the quotation whose speaker is found through the pronoun.
      const hint = page.locator('span[class*="dyn-rule"]', {
        hasText: /^—[ \u00a0]Z\.[ \u00a0]Mujahid$/,
      })
      const line = workbench.editor.locator('.view-line', { has: hint })
      await line.waitFor()
      assert.match(plainSpaces(await shownText(line)), /garantie»\s*— Z\. Mujahid, a-t-il/)
      // Sources, quotations and unattributed claims of the gold: 7, 8 and 2.
      await workbench.statusItem(ui.summary).waitFor()
      await workbench.shot('inlay-hint-and-status')
    })

    step('the Outline lists the seven speakers and expands to their quotations', wb, async () => {
      const { page } = workbench
      await workbench.runCommand('View: Hide Panel')
      // Room for the outline: the folder's file list folds away.
      await page.locator('.explorer-viewlet .pane-header', { hasText: 'dispatches' }).click()
      await workbench.runCommand('Explorer: Focus on Outline View')
      const outline = page.locator('.outline-tree')
      const topLevel = outline.locator('.monaco-list-row[aria-level="1"]')
      await topLevel.filter({ hasText: 'Tariq Arian' }).waitFor()
      const names = await topLevel.locator('.label-name').allTextContents()
      assert.equal(names[0], 'Kandahar', 'the dateline comes first')
      const speakers = names.filter((name) => name !== 'Kandahar' && name !== ui.unattributedGroup)
      assert.deepEqual([...speakers].sort(), [
        'Tariq Arian',
        'Zabihullah Mujahid',
        "le ministère afghan de l'Intérieur",
        'les autorités afghanes',
        'les talibans',
        'plusieurs habitants de la zone',
        'un responsable des forces pakistanaises de sécurité',
      ])
      const mujahid = topLevel.filter({ hasText: 'Zabihullah Mujahid' })
      assert.equal(await mujahid.getAttribute('aria-expanded'), 'false')
      await mujahid.locator('.monaco-tl-twistie').click()
      await page
        .locator('.outline-tree .monaco-list-row[aria-level="2"]', { hasText: 'assurent' })
        .waitFor()
      const children = outline.locator('.monaco-list-row[aria-level="2"] .label-name')
      const quotations = await children.allTextContents()
      assert.equal(quotations.length, 2, quotations.join(' | '))
      assert.match(quotations[0] ?? '', /^«combattants se sont emparés/)
      assert.match(quotations[1] ?? '', /^«assurent tous les commerçants/)
      await workbench.shot('outline')
    })

    step('"Show the Speakers" lists them and goes to the one picked', wb, async () => {
      const { page } = workbench
      await workbench.editor.locator('.view-lines').click({ position: { x: 5, y: 5 } })
      await workbench.runCommand(ui.showSpeakersCommand)
      const items = page.locator('.quick-input-list .monaco-list-row')
      await items.filter({ hasText: 'Tariq Arian' }).waitFor()
      assert.equal(await items.count(), 7)
      await workbench.shot('show-speakers')
      await items.filter({ hasText: 'Tariq Arian' }).click()
      // Where he is first named, selected: line 13, «le porte-parole du ministère» (28
      // characters), the description in apposition before his name.
      await page
        .locator('#status\\.editor\\.selection', { hasText: /Ln 13, Col \d+ \(28 selected\)/ })
        .waitFor()
    })

    step(
      'a typed unattributed quotation is flagged unsaved, and its quick fix attributes it',
      wb,
      async () => {
        const { page } = workbench
        await workbench.editor.locator('.view-lines').click({ position: { x: 5, y: 5 } })
        await page.keyboard.press('Control+End')
        await page.keyboard.press('Enter')
        await page.keyboard.press('Enter')
        // Inserted as one input (as an IME or a paste does): typed key by key, the « » auto-closing
        // pair sometimes swallowed the final » under load.
        await page.keyboard.insertText(TYPED_QUOTATION)
        await page.keyboard.press('Escape')
        const typedLine = workbench.editor.locator('.view-line', { hasText: 'nouvel ordre' })
        assert.equal(plainSpaces(await shownText(typedLine)), TYPED_QUOTATION)
        // Not saved: the tab is dirty, the warning comes from the text being typed.
        await page.locator('.tab.dirty', { hasText: 'kandahar.dispatch' }).waitFor()
        await workbench.squiggleOn(TYPED_QUOTATION, 'warning')
        await workbench.shot('typed-warning')
        await page.keyboard.press('Control+Shift+M')
        // The message quotes the first words of the quotation, once the typing is done.
        const quoteMarker = page.locator('.markers-panel .monaco-list-row[aria-level="2"]', {
          hasText: ui.quoteMessage,
        })
        await quoteMarker.waitFor()
        assert.match(await shownText(quoteMarker), /unattributed-quote/)
        await page
          .locator('.markers-panel [role="tree"][aria-label="Showing 3 problems"]')
          .waitFor()
        await workbench.shot('typed-problems')

        // Back to the editor, the cursor where it was: inside the quotation, before its ».
        await workbench.runCommand('View: Hide Panel')
        await page.keyboard.press('Control+1')
        await page.keyboard.press('ArrowLeft')
        await page.locator('#status\\.editor\\.selection', { hasText: 'Ln 25, Col 51' }).waitFor()
        await page.keyboard.press('Control+.')
        const menu = page.locator('.action-widget')
        const fix = menu.locator('.monaco-list-row', { hasText: ui.attributeTo('Tariq Arian') })
        await fix.waitFor()
        // The speakers offered: nearest before the quotation first, six at most.
        const offered = await menu
          .locator('.monaco-list-row', { hasText: ui.attributeTo('') })
          .count()
        assert.equal(offered, 6)
        await workbench.shot('quick-fix')
        await workbench.chooseAction(ui.attributeTo('Tariq Arian'))
        await workbench.editor
          .locator('.view-line', { hasText: `${TYPED_QUOTATION} [@Tariq Arian]` })
          .waitFor()
        // The summary follows the edit: one more quotation, still seven sources.
        await workbench.statusItem(ui.summaryAfterFix).waitFor()
        await page.keyboard.press('Control+Shift+M')
        await page
          .locator('.markers-panel [role="tree"][aria-label="Showing 2 problems"]')
          .waitFor()
        assert.equal(await quoteMarker.count(), 0)
        await workbench.shot('quick-fix-applied')
      },
    )

    step('a crashed language server is restarted, and the user is told', wb, async () => {
      const { page } = workbench
      // Kill this run's server process (it runs from this run's extensions folder).
      const killed = spawnSync('pkill', ['-f', `${server.extensionsDir}/.*dist/server\\.js`])
      assert.equal(killed.status, 0, 'no language server process of this run was found')
      await page.locator('.notification-toast', { hasText: ui.restarting }).first().waitFor()
      // Back: the new server analyses the edited dispatch again, its two warnings return.
      await page
        .locator('.markers-panel [role="tree"][aria-label="Showing 2 problems"]')
        .waitFor({ timeout: 60_000 })
      await workbench.statusItem(ui.summaryAfterFix).waitFor()
      await workbench.shot('server-restarted')
    })
  })
}

function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.replace('#', '').slice(0, 6), 16)
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`
}
