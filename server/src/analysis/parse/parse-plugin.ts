import type { Plugin } from 'unified'
import type { VFile } from 'vfile'
import { createPointMapper } from '../context'
import { detectLanguage, lexiconFor } from '../lexicon'
import type { AnalysisSettings } from '../types'
import { nextWordStart, wordEnd } from '../words'
import { findAnnotations, maskAnnotations } from './annotations'
import { parseHeader } from './header'
import { findParagraphs, findQuotations, findSentences } from './structure'
import type {
  AnnotationNode,
  HeaderNode,
  ParagraphNode,
  QuotationNode,
  Root,
  SentenceNode,
  WordNode,
} from './tree'

/** The end of the word starting at `index`: letters and digits, with inner `'`, `’` or `-`
 * joining runs of them (`aujourd'hui`, `porte-parole`), as
 * `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`. */
function wordFrom(text: string, index: number): number {
  let end = wordEnd(text, index)
  for (;;) {
    const code = text.charCodeAt(end)
    if (code !== 39 && code !== 0x2019 && code !== 45) break
    const after = wordEnd(text, end + 1)
    if (after === end + 1) break
    end = after
  }
  return end
}

/**
 * The parser: header, annotations, paragraphs, quotations and sentences. Sentences are split
 * here rather than by parse-latin, which splits inside quotations (`«Nous partons. Demain»,
 * a-t-il dit` is one reporting sentence) and after `Dr.`, `Gen.` or `J.-P.`; this pass is
 * linear and keeps every offset exact.
 */
export const parseDispatch: Plugin<[AnalysisSettings?], string, Root> = function (settings = {}) {
  this.parser = (document: string, file: VFile): Root => {
    const text = document
    const annotations = findAnnotations(text)
    let masked = maskAnnotations(text, annotations)
    // The header is read with annotations masked: a `[!allow …]` line may stand above it.
    const header = parseHeader(masked)
    if (header.header) {
      // Read on the masked text; its words are the text's own (`X[!foo]Y` stays as written).
      const { dateSpan, datelineSpan } = header.header
      dateSpan.text = text.slice(dateSpan.start, dateSpan.end)
      datelineSpan.text = text.slice(datelineSpan.start, datelineSpan.end)
      header.header.date = dateSpan.text
      header.header.dateline = datelineSpan.text
    }
    if (header.header) {
      masked = ' '.repeat(header.bodyStart) + masked.slice(header.bodyStart)
    } else if (header.problem) {
      // A malformed header is still a header, not prose: mask it up to its `|` when it has one;
      // with no `|`, only `date` and its date, so that the rest of the line (the lede) is read.
      const lineEnd = masked.slice(header.problem.start).search(/[\r\n]|$/) + header.problem.start
      const lineStart = masked.lastIndexOf('\n', header.problem.start) + 1
      const bar = masked.indexOf('|', lineStart)
      const dated = /^[ \t]*date[ \t]+\S+/.exec(masked.slice(lineStart, lineEnd))
      const end =
        bar !== -1 && bar < lineEnd ? bar + 1 : dated ? lineStart + dated[0].length : lineStart
      masked = masked.slice(0, lineStart) + ' '.repeat(end - lineStart) + masked.slice(end)
    }
    const paragraphs = findParagraphs(masked, 0)
    for (const annotation of annotations) {
      if (
        annotation.kind === 'allow' &&
        paragraphs.length > 0 &&
        annotation.end <= paragraphs[0].start
      ) {
        annotation.scope = 'file'
      } else if (annotation.kind === 'allow' && paragraphs.length === 0) {
        annotation.scope = 'file'
      }
    }
    const quotes = findQuotations(masked, paragraphs)
    const sentences = findSentences(masked, paragraphs, quotes)
    const language =
      settings.language && settings.language !== 'auto' ? settings.language : detectLanguage(masked)
    const toPoint = createPointMapper(file)
    file.data.dispatch = {
      language,
      header: header.header,
      paragraphs,
      sentences,
      annotations,
      speakers: [],
      attributions: [],
    }
    file.data.dispatchContext = {
      text,
      masked,
      view: masked,
      lexicon: lexiconFor(language),
      settings,
      locale: settings.locale ?? 'en',
      quotes,
      cues: [],
      headerProblem: header.problem,
      toPoint,
    }
    const position = (start: number, end: number) => ({ start: toPoint(start), end: toPoint(end) })
    const children: Root['children'] = []
    if (header.header) {
      const node: HeaderNode = {
        type: 'header',
        date: header.header.date,
        dateline: header.header.dateline,
        position: position(header.header.start, header.header.end),
      }
      children.push(node)
    }
    let s = 0
    let q = 0
    for (let p = 0; p < paragraphs.length; p++) {
      const paragraph = paragraphs[p]
      const sentenceNodes: SentenceNode[] = []
      while (s < sentences.length && sentences[s].paragraph === p) {
        const sentence = sentences[s++]
        const content: SentenceNode['children'] = []
        let open: QuotationNode | null = null
        let openEnd = -1
        // The words that start in the sentence (a word is read to its end, even past the
        // sentence's).
        let index = nextWordStart(masked, sentence.start, sentence.end)
        while (index !== -1) {
          const end = wordFrom(masked, index)
          // Quotations opening before this word become the parents of the words inside them.
          while (q < quotes.length && quotes[q].open < index && quotes[q].open < sentence.end) {
            const quote = quotes[q++]
            openEnd = quote.close === null ? quote.end : quote.close + 1
            open = {
              type: 'quotation',
              mark: quote.mark,
              closed: quote.close !== null,
              children: [],
              position: position(quote.open, openEnd),
            }
            content.push(open)
          }
          const node: WordNode = {
            type: 'word',
            value: masked.slice(index, end),
            position: position(index, end),
          }
          if (open && index < openEnd) open.children.push(node)
          else content.push(node)
          index = nextWordStart(masked, end, sentence.end)
        }
        while (q < quotes.length && quotes[q].open < sentence.end) {
          const quote = quotes[q++]
          content.push({
            type: 'quotation',
            mark: quote.mark,
            closed: quote.close !== null,
            children: [],
            position: position(quote.open, quote.close === null ? quote.end : quote.close + 1),
          })
        }
        sentenceNodes.push({
          type: 'sentence',
          children: content,
          position: position(sentence.start, sentence.end),
        })
      }
      const node: ParagraphNode = {
        type: 'paragraph',
        children: sentenceNodes,
        position: position(paragraph.start, paragraph.end),
      }
      children.push(node)
    }
    for (const annotation of annotations) {
      const node: AnnotationNode = {
        type: 'annotation',
        value: text.slice(annotation.start, annotation.end),
        position: position(annotation.start, annotation.end),
      }
      children.push(node)
    }
    children.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0))
    return { type: 'root', children, position: position(0, text.length) }
  }
}
