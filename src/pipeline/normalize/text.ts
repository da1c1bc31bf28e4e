// Folds spelling variation so that names and statements compare equal across outlets:
// Arabic diacritics, tatweel and alef/ya/ta-marbuta forms (أكّد → اكد, ليفيت), Latin case and accents
// (Zelenskyy → zelenskyy, Gaétan → gaetan), Cyrillic ё → е, and every run of punctuation or quote marks → one space.

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** Characters that need Unicode normalisation (Latin accents, compatibility and presentation forms). */
const NEEDS_NORMALIZE = /[\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\ufb00-\ufeff\uff00-\uffef]/;
const SIMPLE_FOLDS: Readonly<Record<string, string>> = { 'إ': 'ا', 'أ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ё': 'е' };
const SIMPLE = /[إأآٱىةؤئё]/g;

/** Whether every character of s is ASCII. */
export function isAscii(s: string): boolean {
  // s.length is read once: on strings of every internal kind it is a megamorphic load, slow to repeat.
  const n = s.length;
  for (let i = 0; i < n; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Letter-level folding only; keeps punctuation and length-changing is limited to removed marks. */
export function foldLetters(s: string): string {
  return foldWord(s, 0, s.length, s);
}

/** foldLetters(word) for the word text.slice(start, end), whose characters are read from text: the tokenizer,
 *  which has the offsets, saves reading the word's length (a megamorphic load, see isAscii). */
export function foldWord(text: string, start: number, end: number, word: string): string {
  let uppers = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !foldInvariant(c)) return foldUnicode(word);
    if (c >= 0x41 && c <= 0x5a) uppers++;
  }
  return uppers === 0 ? word : asciiLower(word, end - start, uppers);
}

/** Quote marks and dashes that every step of foldUnicode leaves as they are (no decomposition, no case, no
 *  Arabic or Latin mark): a word of ASCII and these ("don’t", "Trump’s") folds by ASCII case alone. */
function foldInvariant(c: number): boolean {
  return c === 0x2019 || c === 0x2018 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014 || c === 0xab || c === 0xbb;
}

/** An ASCII word with `uppers` capitals in lower case, by hand: V8 sends toLowerCase() on a two-byte string (a
 *  slice of any text with one curly quote in it) through ICU, the costliest step of a word's processing. */
export function asciiLower(s: string, n: number, uppers: number): string {
  const c0 = s.charCodeAt(0);
  if (uppers === 1 && c0 >= 0x41 && c0 <= 0x5a) return String.fromCharCode(c0 + 32) + s.slice(1);
  // A long text (a statement, a quote) is lowered in one native call: ICU's cost per call is paid once, where a
  // string grown a character at a time costs more than it saves.
  if (n > 32) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(c >= 0x41 && c <= 0x5a ? c + 32 : c);
  }
  return out;
}

function foldUnicode(s: string): string {
  // Fast path for Arabic and Cyrillic words: no normalisation needed, only marks and letter variants.
  if (!NEEDS_NORMALIZE.test(s)) return s.toLowerCase().replace(ARABIC_MARKS, '').replace(SIMPLE, (c) => SIMPLE_FOLDS[c]);
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(/[إأآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC');
}

/** Runs of characters that are neither letters nor digits. On ASCII text the ASCII class cuts the same runs
 *  without V8's per-character look-up in the Unicode tables. */
export const NON_ALNUM_ASCII = /[^A-Za-z0-9]+/g;

/** Folded letters and digits separated by single spaces: the key for names and statement text. */
export function normalizeText(s: string): string {
  const plain = plainKeyText(s);
  if (plain !== null) return plain;
  const folded = foldLetters(s);
  if (isAscii(folded)) return folded.replace(NON_ALNUM_ASCII, ' ').trim();
  // folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), by the runs alnumAt finds: the same cut without a Unicode-class regex.
  const runs: string[] = [];
  const n = folded.length;
  for (let i = 0; i < n; ) {
    let w = alnumAt(folded, i, n);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += w;
    while (i < n && (w = alnumAt(folded, i, n)) > 0);
    runs.push(folded.slice(start, i));
  }
  return runs.join(' ');
}

/** The characters of plainKeyText's result, reused from one call to the next. */
let keyCodes = new Uint16Array(256);

/** normalizeText(s) for a text of ASCII and foldInvariant characters only (most English statements: curly
 *  quotes and dashes, no accents), in one pass by char codes; null for any other text. Such a text folds by
 *  ASCII case alone, and only its ASCII letters and digits are letters or digits: its key is their runs in lower
 *  case, joined by single spaces. (The general path lowers a two-byte string, as one with a curly quote is,
 *  through ICU, and then cuts it into runs: 2.5× the time on GGT's statements.) */
function plainKeyText(s: string): string | null {
  const n = s.length;
  if (keyCodes.length < n) keyCodes = new Uint16Array(Math.max(n, keyCodes.length * 2));
  const codes = keyCodes;
  let k = 0;
  let gap = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const lower = c >= 0x41 && c <= 0x5a ? c + 32 : c;
    if ((lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap) {
        codes[k++] = 0x20;
        gap = false;
      }
      codes[k++] = lower;
    } else if (c >= 0x80 && !foldInvariant(c)) return null;
    else if (k > 0) gap = true;
  }
  let out = '';
  for (let i = 0; i < k; i += 4096) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + 4096)) as unknown as number[]);
  return out;
}

/** Whether each BMP character is a letter or digit (\p{L} or \p{N}): 1 a letter or digit, 2 not, 0 not yet asked (see tokens.ts). */
const BMP_ALNUM = new Uint8Array(0x10000);
const ALNUM_CHAR = /^[\p{L}\p{N}]$/u;

/** Length in UTF-16 units (1, or 2 for a pair outside the BMP) of the letter or digit at s[i], or 0 when there is
 *  none: the code points a /[^\p{L}\p{N}]+/u search steps over. `n` is s.length. */
export function alnumAt(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ALNUM_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_ALNUM[c];
  if (known === 0) BMP_ALNUM[c] = known = ALNUM_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}
