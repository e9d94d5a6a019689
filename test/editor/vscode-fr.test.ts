/**
 * The same session as vscode.test.ts with VS Code's display language set to French
 * (`--locale fr`): the extension follows it, hovers, messages, outline and quick fixes are
 * French. The steps are in seedSession.ts.
 */
import { seedSession } from './seedSession'

seedSession('fr', {
  locale: 'fr',
  claimMessage: (words) => `Affirmation sans source : « ${words} »`,
  // French puts a no-break space before a colon.
  hoverMinistry: [
    /^Citation · le ministère afghan de l'Intérieur — organisation$/m,
    /^Verbe introducteur\u00a0: a de son côté affirmé$/m,
    /^Support\u00a0: à l'AFP$/m,
    /^Trouvée\u00a0: par le verbe introducteur et son sujet$/m,
  ],
  hoverMujahid: [
    /^Citation · Zabihullah Mujahid — personne · un porte-parole des talibans$/m,
    /^Verbe introducteur\u00a0: a-t-il ajouté$/m,
    /^Trouvée\u00a0: par le pronom il → Zabihullah Mujahid \(ligne 7\)$/m,
  ],
  summary: '7 sources · 8 citations · 2 affirmations sans source',
  summaryAfterFix: '7 sources · 9 citations · 2 affirmations sans source',
  unattributedGroup: 'Sans source',
  quoteMessage: "Citation sans locuteur : « La frontière restera fermée jusqu'à… »",
  attributeTo: (name) => `Attribuer à ${name}`,
  showSpeakersCommand: 'Dispatch Lens: Afficher les sources de cette dépêche',
  restarting: /le serveur de langage s’est arrêté ; redémarrage \(1 sur 4\)/,
})
