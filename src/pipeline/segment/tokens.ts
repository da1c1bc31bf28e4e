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

/** A word: letters, digits and marks, with apostrophes and hyphens inside it (one regex scan, linear). */
const WORD = /[\p{L}\p{N}\p{M}\u0640]+(?:['’\-‐][\p{L}\p{N}\p{M}\u0640]+)*/gu;

export function tokenize(text: string, paraOf: (offset: number) => number, paraEndOf?: (para: number) => number): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let para = -1;
  let paraEnd = -1;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    // Paragraphs are looked up only when a token passes the end of the current one.
    if (m.index >= paraEnd) {
      para = paraOf(m.index);
      paraEnd = paraEndOf ? paraEndOf(para) : m.index + 1;
    }
    tokens.push({ start: m.index, end: m.index + t.length, text: t, key: foldLetters(t), para });
  }
  return tokens;
}
