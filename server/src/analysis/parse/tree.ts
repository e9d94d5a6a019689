import type { Literal, Node, Parent, Position } from 'unist'

/** The dispatch syntax tree: header, paragraphs, sentences, quotations and annotations. */
export interface Root extends Parent {
  type: 'root'
  children: Array<HeaderNode | ParagraphNode | AnnotationNode>
}

export interface HeaderNode extends Node {
  type: 'header'
  date: string
  dateline: string
}

export interface ParagraphNode extends Parent {
  type: 'paragraph'
  children: SentenceNode[]
}

export interface SentenceNode extends Parent {
  type: 'sentence'
  children: Array<WordNode | QuotationNode>
}

/** A quotation, with the words it holds in this sentence. */
export interface QuotationNode extends Parent {
  type: 'quotation'
  mark: string
  closed: boolean
  children: WordNode[]
}

/** A word: letters and digits, with inner apostrophes and hyphens (`aujourd'hui`, `a-t-il`). */
export interface WordNode extends Literal {
  type: 'word'
  value: string
}

export interface AnnotationNode extends Literal {
  type: 'annotation'
  value: string
}

export type PositionOf = (start: number, end: number) => Position
