/**
 * The extension as a user meets it, UI in English: the packaged .vsix in a real VS Code
 * (code-server in Chromium). Run by `npm run test:editor` (test/editor/vscode.sh), which
 * packages the extension first. The steps are in seedSession.ts.
 */
import { seedSession } from './seedSession'

seedSession('en', {
  claimMessage: (words) => `Unattributed claim: “${words}”`,
  hoverMinistry: [
    /^Quotation · le ministère afghan de l'Intérieur — organization$/m,
    /^Cue: a de son côté affirmé$/m,
    /^Medium: à l'AFP$/m,
    /^Found: by the reporting cue and its subject$/m,
  ],
  hoverMujahid: [
    /^Quotation · Zabihullah Mujahid — person · un porte-parole des talibans$/m,
    /^Cue: a-t-il ajouté$/m,
    /^Found: through the pronoun il → Zabihullah Mujahid \(line 7\)$/m,
  ],
  summary: '7 sources · 8 quotations · 2 unattributed claims',
  summaryAfterFix: '7 sources · 9 quotations · 2 unattributed claims',
  unattributedGroup: 'Unattributed',
  quoteMessage: "Quotation with no speaker: “La frontière restera fermée jusqu'à…”",
  attributeTo: (name) => `Attribute to ${name}`,
  showSpeakersCommand: 'Dispatch Lens: Show the Speakers of This Dispatch',
  restarting: /the language server stopped unexpectedly; restarting it \(1 of 4\)/,
})
