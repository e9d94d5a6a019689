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
  children: QuotationNode[]
}

export interface QuotationNode extends Node {
  type: 'quotation'
  mark: string
  closed: boolean
}

export interface AnnotationNode extends Literal {
  type: 'annotation'
  value: string
}

export type PositionOf = (start: number, end: number) => Position
