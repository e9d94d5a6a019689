/**
 * The client's own words (notifications and the speakers quick pick), in the language of the
 * `dispatch.uiLanguage` setting, or of the editor when it is `auto`. Command titles are
 * translated by package.nls.*.json.
 */
import { env, workspace } from 'vscode'

const en = {
  openForSpeakers: 'Dispatch Lens: open a dispatch to see its speakers.',
  noSpeaker: 'Dispatch Lens: no speaker found in this dispatch.',
  pickSpeaker: 'Speakers of this dispatch: pick one to go to where it is first named',
  counts: (quotations: number, claims: number) => `${quotations} quotation(s) · ${claims} claim(s)`,
  linted: (files: number, problems: number) =>
    `Dispatch Lens: ${files} dispatch(es) checked, ${problems} problem(s).`,
  openForCopy: 'Dispatch Lens: open a dispatch to copy its publishable text.',
  copied: 'Dispatch Lens: publishable text (without annotations) copied to the clipboard.',
  restarting: (count: number) =>
    `Dispatch Lens: the language server stopped unexpectedly; restarting it (${count} of 4).`,
  gaveUp:
    'Dispatch Lens: the language server stopped 5 times in 3 minutes and is not restarted. Run "Dispatch Lens: Restart the Language Server" after looking at the "Dispatch Lens" output.',
}

const fr: typeof en = {
  openForSpeakers: 'Dispatch Lens : ouvrez une dépêche pour voir ses sources.',
  noSpeaker: 'Dispatch Lens : aucune source trouvée dans cette dépêche.',
  pickSpeaker: 'Sources de cette dépêche : choisissez-en une pour aller à sa première mention',
  counts: (quotations: number, claims: number) =>
    `${quotations} citation(s) · ${claims} affirmation(s)`,
  linted: (files: number, problems: number) =>
    `Dispatch Lens : ${files} dépêche(s) vérifiée(s), ${problems} problème(s).`,
  openForCopy: 'Dispatch Lens : ouvrez une dépêche pour copier son texte publiable.',
  copied: 'Dispatch Lens : texte publiable (sans annotations) copié dans le presse-papiers.',
  restarting: (count: number) =>
    `Dispatch Lens : le serveur de langage s’est arrêté ; redémarrage (${count} sur 4).`,
  gaveUp:
    'Dispatch Lens : le serveur de langage s’est arrêté 5 fois en 3 minutes et n’est plus redémarré. Lancez « Dispatch Lens : Redémarrer le serveur de langage » après avoir lu la sortie « Dispatch Lens ».',
}

export type ClientMessages = typeof en

export function clientMessages(): ClientMessages {
  const setting = workspace.getConfiguration('dispatch').get<string>('uiLanguage', 'auto')
  const language = setting === 'auto' ? env.language : setting
  return language.toLowerCase().startsWith('fr') ? fr : en
}
