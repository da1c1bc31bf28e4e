// Splits text into word tokens with offsets, in one linear pass: letters, digits, and the marks that live
// inside words (apostrophes, hyphens, Arabic tatweel/diacritics). "وأضافت:" → [وأضافت]; "Jean-Pierre's" → [Jean-Pierre's].

import { asciiLower, foldWord } from '../normalize/text';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** foldLetters(text): lower case, Arabic letter forms folded. */
  key: string;
  /** Index of the paragraph the token is in. */
  para: number;
}

/** A word character: a letter, digit or mark of any script, or the Arabic tatweel. */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\u0640]$/u;

/** Per BMP character, whether it is a word character: 1 yes, 2 no, 0 not yet looked up. A regex with Unicode
 *  classes searches V8's Unicode tables for every character it reads; this table asks once per character. */
const BMP_WORD = new Uint8Array(0x10000);

/** Length in UTF-16 units (1, or 2 outside the BMP) of the word character at i, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_WORD[c];
  if (known === 0) BMP_WORD[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** An apostrophe or hyphen, which joins two runs of word characters into one word. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010;
}

export function tokenize(text: string, paraOf: (offset: number) => number, paraEndOf?: (para: number) => number): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let para = -1;
  let paraEnd = -1;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    // Capitals and non-ASCII characters are counted on the way: an ASCII word's key needs no second pass.
    let uppers = 0;
    let wide = false;
    // Runs of word characters, each after the first joined to the one before by a single apostrophe or hyphen.
    for (;;) {
      // One read per character: ASCII letters and digits by range, anything else by wordCharAt.
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c < 0x80) {
          if (c >= 0x61 && c <= 0x7a) i++;
          else if (c >= 0x41 && c <= 0x5a) {
            uppers++;
            i++;
          } else if (c >= 0x30 && c <= 0x39) i++;
          else break;
        } else {
          w = wordCharAt(text, i);
          if (w === 0) break;
          wide = true;
          i += w;
        }
      }
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && (w = wordCharAt(text, i + 1)) > 0) {
        if (text.charCodeAt(i) >= 0x80) wide = true;
        i++;
      } else break;
    }
    // Paragraphs are looked up only when a token passes the end of the current one.
    if (start >= paraEnd) {
      para = paraOf(start);
      paraEnd = paraEndOf ? paraEndOf(para) : start + 1;
    }
    const t = text.slice(start, i);
    tokens.push({ start, end: i, text: t, key: wide ? foldWord(text, start, i, t) : uppers === 0 ? t : asciiLower(t, i - start, uppers), para });
  }
  return tokens;
}
