// Splits text into word tokens with offsets, in one linear pass: letters, digits, and the marks that live
// inside words (apostrophes, hyphens, Arabic tatweel/diacritics). "وأضافت:" → [وأضافت]; "Jean-Pierre's" → [Jean-Pierre's].

import { foldLetters } from '../normalize/text';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** foldLetters(text): lower case, Arabic letter forms folded. */
  key: string;
  /** Index of the paragraph the token is in. */
  para: number;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640]/u;
const JOINER = /['’\-‐]/u;

export function tokenize(text: string, paraOf: (offset: number) => number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!WORD_CHAR.test(text[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (WORD_CHAR.test(text[i]) || (JOINER.test(text[i]) && i + 1 < n && WORD_CHAR.test(text[i + 1]) && i > start))) i++;
    const t = text.slice(start, i);
    tokens.push({ start, end: i, text: t, key: foldLetters(t), para: paraOf(start) });
  }
  return tokens;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
