// Finds quoted stretches in one linear pass over each paragraph. A quote ends at its closing mark, or —
// unclosed — at the end of its paragraph: «قال: "نعم» / "Yes, he said. An English quote whose paragraph
// has no closing mark and whose next paragraph opens with a mark goes on there (multi-paragraph quote), as
// does one whose next paragraph holds its closing mark and no mark before it («… ¶ … ونحن ملتزمون».).
// Typewriter-era copy writes double marks as two single ones: ''…'' (and ‘‘…’’), also closing "… or “….

import { OPENERS } from '../lexicon/quote-marks';
import type { Paragraph } from '../segment/paragraphs';

export interface Quote {
  /** Span including the marks (an unclosed quote ends at its paragraph's end). */
  start: number;
  end: number;
  /** Span of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  open: string;
  unclosed: boolean;
  multiParagraph: boolean;
  para: number;
  lastPara: number;
}

const NEXT_MARK = /["“”«„‹「『‘']/g;

/** Longest stretch a single mark (', ‘) may quote before it is taken for an apostrophe. */
const MAX_SINGLE_QUOTE = 400;
const LETTER = /[\p{L}\p{N}]/u;

export function findQuotes(text: string, paras: readonly Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let pending: Quote | null = null; // an unclosed quote that may continue in the next paragraph
  for (const p of paras) {
    if (p.furniture) {
      pending = null;
      continue;
    }
    let i = p.start;
    if (pending && text.startsWith(pending.open, i) && p.segment === paras[pending.para].segment) {
      // Continuation of a multi-paragraph quote: the paragraph re-opens with the same mark.
      const closeAt = findClose(text, i + pending.open.length, p.end, pending.open);
      pending.multiParagraph = true;
      pending.lastPara = p.index;
      if (closeAt >= 0) {
        pending.end = closeAt + closeWidth(text, closeAt);
        pending.innerEnd = closeAt;
        pending.unclosed = false;
        pending = null;
        i = closeAt + closeWidth(text, closeAt);
      } else {
        pending.end = p.end;
        pending.innerEnd = p.end;
        continue;
      }
    } else if (pending && p.segment === paras[pending.para].segment && p.index === pending.lastPara + 1) {
      // «قال: «… ¶ … ونحن ملتزمون بذلك».»: a closing mark with no opening mark before it in the next paragraph
      // closes the quote left open (marks that open nothing: » › 」 』, and ” after “ or „).
      const closeAt = orphanClose(text, p.start, p.end, pending.open);
      if (closeAt >= 0) {
        pending.multiParagraph = true;
        pending.lastPara = p.index;
        pending.end = closeAt + 1;
        pending.innerEnd = closeAt;
        pending.unclosed = false;
        i = closeAt + 1;
      }
    }
    pending = null;
    const memo = new Map<string, { from: number; scannedTo: number; found: number }>();
    while (i < p.end) {
      // Jump to the next quotation mark of any kind (one regex search instead of a look-up per character).
      NEXT_MARK.lastIndex = i;
      const next = NEXT_MARK.exec(text);
      if (!next || next.index >= p.end) break;
      i = next.index;
      const c = text[i];
      // ''…'': two single marks at a word's start open a double quote (also ‘’, a typewriter pair gone curly).
      const doubled = (c === "'" || c === '‘') && (text[i + 1] === c || (c === '‘' && text[i + 1] === '’')) && (i === p.start || !LETTER.test(text[i - 1])) && LETTER.test(text[i + 2] ?? '');
      const pair = doubled ? undefined : OPENERS.get(c);
      if (!doubled && !pair) {
        i++;
        continue;
      }
      if (pair?.apostrophe) {
        const before = i > p.start ? text[i - 1] : ' ';
        if (LETTER.test(before) || !LETTER.test(text[i + 1] ?? '')) {
          i++;
          continue;
        }
        const closeAt = findSingleClose(text, i + 1, Math.min(p.end, i + MAX_SINGLE_QUOTE), pair.close, memo, c);
        if (closeAt < 0) {
          i++;
          continue;
        }
        quotes.push(mk(i, closeAt + 1, c, false, p.index));
        i = closeAt + 1;
        continue;
      }
      const open = doubled ? c + c : c;
      // (‘’ is read as ‘‘: two characters, the same closing marks.)
      const closeAt = findClose(text, i + open.length, p.end, open);
      if (closeAt === i + open.length) {
        i = closeAt + closeWidth(text, closeAt); // "" holds nothing: not a quote
        continue;
      }
      if (closeAt < 0) {
        const q = mk(i, p.end, open, true, p.index);
        q.innerEnd = p.end;
        quotes.push(q);
        pending = q;
        break;
      }
      const width = closeWidth(text, closeAt);
      quotes.push(mk(i, closeAt + width, open, false, p.index, width));
      i = closeAt + width;
    }
  }
  return quotes.filter((q) => q.innerEnd > q.innerStart && !isNickname(text, q));
}

const NICKNAME = /^\p{Lu}[\p{Ll}'’.-]{0,19}$/u;
const NAME_BEFORE = /(?:^|\s)\p{Lu}[\p{L}'’.-]*$/u;

/** "Riefian “Ifan” Fajarsyah": one capitalised word in marks between two words of a name is a nickname, not a
 *  quotation. */
function isNickname(text: string, q: Quote): boolean {
  if (q.unclosed || q.innerEnd - q.innerStart > 20 || text[q.start - 1] !== ' ' || text[q.end] !== ' ') return false;
  const after = text.charCodeAt(q.end + 1);
  if (!(after >= 0x41 && after <= 0x5a) && !/\p{Lu}/u.test(text[q.end + 1] ?? '')) return false;
  return NICKNAME.test(text.slice(q.innerStart, q.innerEnd)) && NAME_BEFORE.test(text.slice(Math.max(0, q.start - 31), q.start - 1));
}

/** Closing marks that open nothing, by the mark they close. */
const ORPHAN_CLOSE: Readonly<Record<string, number>> = { '«': 0xbb, '‹': 0x203a, '「': 0x300d, '『': 0x300f, '“': 0x201d, '„': 0x201d };

/** The first mark in [from, to) when it is the closing mark `open` pairs with and opens nothing; else -1. */
function orphanClose(text: string, from: number, to: number, open: string): number {
  const want = ORPHAN_CLOSE[open];
  if (want === undefined) return -1;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === want) return j;
    // (Any other quotation mark first: the paragraph quotes on its own.)
    if (c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2039 || c === 0x203a) return -1;
  }
  return -1;
}

function mk(start: number, end: number, open: string, unclosed: boolean, para: number, closeW = 1): Quote {
  const innerEnd = unclosed ? end : end - closeW;
  return { start, end, innerStart: start + open.length, innerEnd, open, unclosed, multiParagraph: false, para, lastPara: para };
}

/** Double quotes — ", “ and the doubled single marks '' and ‘‘ — also close with '' or ’’. */
const CLOSES_DOUBLED = new Set(['"', '“', "''", '‘‘']);
/** What the doubled openers close with besides the doubled marks. */
const DOUBLED_PLAIN_CLOSES: readonly string[] = ['"', '”'];

/** Width of the closing mark at j: 2 for '' or ’’, else 1. */
function closeWidth(text: string, j: number): number {
  const c = text.charCodeAt(j);
  return (c === 0x27 || c === 0x2019) && text.charCodeAt(j + 1) === c ? 2 : 1;
}

/** Position of the closing mark for `open` in [from, to), skipping nothing: other marks nest inside. */
function findClose(text: string, from: number, to: number, open: string): number {
  const closes = OPENERS.get(open)?.close ?? DOUBLED_PLAIN_CLOSES;
  const doubled = CLOSES_DOUBLED.has(open);
  // Marks compared by char code (text[j] made a one-character string per character of every quote).
  const a = closes[0].charCodeAt(0);
  const b = closes.length > 1 ? closes[1].charCodeAt(0) : a;
  const c3 = closes.length > 2 ? closes[2].charCodeAt(0) : a;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === a || c === b || c === c3) return j;
    if (doubled && (c === 0x27 || c === 0x2019) && text.charCodeAt(j + 1) === c && j + 1 < to) return j;
  }
  return -1;
}

/** The closing single mark for an opener at `from - 1`, searching [from, to). The memo remembers, per
 *  mark, how far the paragraph is known to hold no close and where the next close is, so that a run of
 *  openers never rescans the same stretch: the whole paragraph stays one linear pass. */
function findSingleClose(
  text: string,
  from: number,
  to: number,
  closes: readonly string[],
  memo: Map<string, { from: number; scannedTo: number; found: number }>,
  open: string,
): number {
  const m = memo.get(open);
  let j = from;
  if (m && from >= m.from) {
    if (m.found >= 0 && m.found > from) return m.found < to ? m.found : -1;
    if (m.found < 0) j = Math.max(from, m.scannedTo);
  }
  for (; j < to; j++) {
    if (!closes.includes(text[j])) continue;
    const after = text[j + 1] ?? ' ';
    if (!LETTER.test(after) && j > from) {
      memo.set(open, { from, scannedTo: j, found: j });
      return j;
    }
  }
  memo.set(open, { from, scannedTo: Math.max(to, m && from >= m.from ? m.scannedTo : to), found: -1 });
  return -1;
}
