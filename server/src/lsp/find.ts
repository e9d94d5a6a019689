/**
 * What the analysis found at an offset: the lookups that hover, rename, references and
 * completion share. They only read `DispatchData`; nothing here decides who said what.
 */
import type { Annotation, Attribution, DispatchData, Header, Mention, Speaker } from '../analysis'
import { contains } from './convert'

export type Target =
  | { kind: 'header'; header: Header }
  | { kind: 'annotation'; annotation: Annotation; speaker: Speaker | null }
  | { kind: 'mention'; mention: Mention; speaker: Speaker }
  | { kind: 'attribution'; attribution: Attribution; speaker: Speaker | null }

export function speakerById(data: DispatchData, id: string | null): Speaker | null {
  if (id === null) return null
  return data.speakers.find((speaker) => speaker.id === id) ?? null
}

/** The span a quotation covers on screen: its marks included. */
export function attributionSpan(attribution: Attribution): { start: number; end: number } {
  if (attribution.kind === 'quote' && attribution.open !== null) {
    const end = attribution.close === null ? attribution.end : attribution.close + 1
    return { start: attribution.open, end }
  }
  return { start: attribution.start, end: attribution.end }
}

/** The speaker an annotation names: the one holding a mention inside it. */
export function speakerOfAnnotation(data: DispatchData, annotation: Annotation): Speaker | null {
  if (annotation.kind !== 'speaker') return null
  for (const speaker of data.speakers) {
    if (speaker.mentions.some((m) => m.start >= annotation.start && m.end <= annotation.end)) {
      return speaker
    }
  }
  const name = annotation.name?.text.trim().toLowerCase()
  return data.speakers.find((speaker) => speaker.name.toLowerCase() === name) ?? null
}

export function mentionAt(
  data: DispatchData,
  offset: number,
): { mention: Mention; speaker: Speaker } | null {
  for (const speaker of data.speakers) {
    for (const mention of speaker.mentions) {
      if (contains(mention, offset)) return { mention, speaker }
    }
  }
  return null
}

export function targetAt(data: DispatchData, offset: number): Target | null {
  if (data.header && contains(data.header, offset)) return { kind: 'header', header: data.header }
  const annotation = data.annotations.find((a) => contains(a, offset))
  if (annotation) {
    return { kind: 'annotation', annotation, speaker: speakerOfAnnotation(data, annotation) }
  }
  const mention = mentionAt(data, offset)
  if (mention) return { kind: 'mention', ...mention }
  // A quotation sits inside the sentence of a claim: the narrower one wins.
  const candidates = data.attributions.filter((a) => contains(attributionSpan(a), offset))
  candidates.sort((a, b) => {
    const spanA = attributionSpan(a)
    const spanB = attributionSpan(b)
    return spanA.end - spanA.start - (spanB.end - spanB.start)
  })
  const attribution = candidates[0]
  if (!attribution) return null
  return { kind: 'attribution', attribution, speaker: speakerById(data, attribution.speaker) }
}

/** The speaker at an offset, whether through a mention, an annotation or an attribution. */
export function speakerAt(data: DispatchData, offset: number): Speaker | null {
  const target = targetAt(data, offset)
  if (!target || target.kind === 'header') return null
  return target.speaker
}

export function attributionsOf(data: DispatchData, speaker: Speaker): Attribution[] {
  return data.attributions.filter((a) => a.speaker === speaker.id)
}
