// A frame is one act of attribution found in the text: a cue (speech verb, "according to", a colon), who
// it names (the subject words, or none when the subject is dropped) and the stretch of text it reports.

import type { Mention } from '../mentions/find-mentions';
import type { Registry } from '../registry';
import type { Paragraph } from '../segment/paragraphs';
import type { Sentence } from '../segment/sentences';
import type { Token } from '../segment/tokens';
import type { Quote } from '../quotes/find-quotes';
import type { Gender, Lang, Span, TextSpan } from '../types';
import { firstStartingAt } from '../segment/search';

export type FrameKind = 'verb' | 'participle' | 'according' | 'colon' | 'headline' | 'bullet' | 'back-reference';

export interface Frame {
  kind: FrameKind;
  cue: TextSpan;
  /** The words naming the speaker, when the text gives them. */
  subject: Span | null;
  /** The reported content. */
  content: Span;
  /** Grammatical gender/number the cue imposes on its subject (وأضافت → f, заявили → plural). */
  gender?: Gender;
  plural?: boolean;
  /** The subject is the previous frame's (participles: مشيرا، adding; continuation bullets). */
  inherits?: boolean;
  sentence: number;
  para: number;
}

/** Everything the stages computed about one article, frozen for the sieves. */
export interface Doc {
  text: string;
  lang: Lang;
  date?: string;
  registry: Registry;
  paras: readonly Paragraph[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  quotes: readonly Quote[];
  mentions: readonly Mention[];
  /** Mention index covering each token (-1 when none). */
  mentionOfToken: Int32Array;
  /** Sentence index of each token. */
  sentenceOfToken: Int32Array;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Shrinks a span past blanks and the given punctuation on both sides. */
export function trimSpan(text: string, start: number, end: number, chars = /[\s,.،؛;:\-–—]/u): Span {
  while (start < end && chars.test(text[start])) start++;
  while (end > start && chars.test(text[end - 1])) end--;
  return { start, end };
}

/** Tokens [a, b) of the sentence containing token index i. */
export function sentenceTokens(doc: Doc, sentence: number): [number, number] {
  const s = doc.sentences[sentence];
  let a = firstStartingAt(doc.tokens, s.start);
  let b = firstStartingAt(doc.tokens, s.end);
  if (a > b) a = b;
  return [a, b];
}


/** Tokens that lie inside a span (binary search, then a walk). */
export function tokensIn(doc: Doc, span: Span): Token[] {
  const out: Token[] = [];
  for (let i = firstStartingAt(doc.tokens, span.start); i < doc.tokens.length && doc.tokens[i].end <= span.end; i++) out.push(doc.tokens[i]);
  return out;
}

/** Up to `n` characters of text before `pos`, not before `from`: enough for the punctuation tests near a cue. */
export function textBefore(text: string, from: number, pos: number, n = 40): string {
  return text.slice(Math.max(from, pos - n), pos);
}

/** Whether the sentence ends with a colon (an introducer: «وأضاف:», "He said:"). */
export function endsWithColon(text: string, s: Span): boolean {
  let e = s.end;
  while (e > s.start && /\s/.test(text[e - 1])) e--;
  return e > s.start && (text[e - 1] === ':' || text[e - 1] === '：');
}
