// Cuts paragraphs into sentences at . ! ? ؟ … followed by a space, never inside a quotation and never
// after an abbreviation ("U.S.", "Mr.", "St."). «قال: "نعم. لا." ثم خرج.» is one sentence up to «خرج.».

import { EN_VERBS } from '../lexicon/speech-verbs.en';
import type { Quote } from '../quotes/find-quotes';
import type { Span } from '../types';
import type { Paragraph } from './paragraphs';
import { asciiLower } from '../normalize/text';

export interface Sentence extends Span {
  index: number;
  para: number;
  /** A wire dateline ("OTTAWA —"): its place and agency are nobody the prose refers to. */
  dateline?: boolean;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'prof', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'mt', 'ft', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'т.д', 'т.е', 'г', 'гг', 'ул']);

/** A place in capitals, maybe a state or a date, maybe the agency in brackets, then a dash: "OTTAWA —",
 *  "SAN JOSE, Calif. (AP) —", "LONDON, Jan 12 (Reuters) -". */
const DATELINE = /^[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?)?\s*(?:\([^)\n]{1,30}\))?\s*[-—–]{1,2}\s+/;

const EN_SPEECH_FORMS = new Set(EN_VERBS.flatMap((v) => v.forms));

export function splitSentences(text: string, paras: readonly Paragraph[], quotes: readonly Quote[]): Sentence[] {
  const out: Sentence[] = [];
  let q = 0;
  for (const p of paras) {
    if (p.furniture) continue;
    let s = p.start;
    let i = p.start;
    // "WASHINGTON (Reuters) - The Pentagon said …": a wire dateline is a sentence of its own, no subject of the next.
    const dateline = DATELINE.exec(text.slice(p.start, Math.min(p.end, p.start + 100)));
    if (dateline && p.start + dateline[0].length < p.end) {
      out.push({ start: s, end: s + dateline[0].trimEnd().length, index: out.length, para: p.index, dateline: true });
      s = i = p.start + dateline[0].length;
    }
    while (i < p.end) {
      while (q < quotes.length && quotes[q].end <= i) q++;
      // Only a sentence mark or the last character of the current quote can end a sentence: skip to the next one.
      const quoteLast = q < quotes.length ? quotes[q].end - 1 : p.end;
      while (i < p.end && i !== quoteLast && !isSentenceMark(text.charCodeAt(i))) i++;
      if (i >= p.end) break;
      const inQuote = q < quotes.length && quotes[q].start < i && i < quotes[q].end;
      const c = text[i];
      // «"… running." The company noted …»: a quoted sentence that closes a sentence — also before the next
      // quote («"… happy." "If Alfonso …," says Darrin»: the cue that follows is the second quote's).
      if (q < quotes.length && i === quotes[q].end - 1 && !quotes[q].unclosed && /[.!?؟]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '') && (/\p{Lu}/u.test(text[i + 2] ?? '') || (/["“«„]/.test(text[i + 2] ?? '') && /\p{Lu}/u.test(text[i + 3] ?? ''))) && i + 2 < p.end && !cueFollows(text, i + 1, p.end)) {
        out.push({ start: s, end: i + 1, index: out.length, para: p.index });
        i += 1;
        while (i < p.end && /\s/.test(text[i])) i++;
        s = i;
        continue;
      }
      if (!inQuote && (c === '.' || c === '!' || c === '?' || c === '؟' || c === '…') && i + 1 < p.end && /\s/.test(text[i + 1])) {
        // A lower-case word after the mark goes on with the sentence ("lost 16 lbs. between May and June"), also
        // in quotation marks ("lost 16 lbs. “and two belt loops”").
        // "… in Washington, D.C. “I love …” she says": a dotted acronym before an opening quote ends the sentence.
        const quoteNext = c === '.' && q < quotes.length && /^\s+$/.test(text.slice(i + 1, quotes[q].start)) && quotes[q].start - i <= 3 && /\p{Lu}/u.test(text[quotes[q].innerStart] ?? '');
        if ((c !== '.' || !isAbbreviation(text, s, i) || (quoteNext && endsDottedAcronym(text, s, i))) && !/^\s+["“‘«]?\p{Ll}/u.test(text.slice(i + 1, i + 5))) {
          out.push({ start: s, end: i + 1, index: out.length, para: p.index });
          i++;
          while (i < p.end && /\s/.test(text[i])) i++;
          s = i;
          continue;
        }
      }
      i++;
    }
    if (p.end > s) out.push({ start: s, end: p.end, index: out.length, para: p.index });
  }
  return out;
}

/** «"Are there prizes?" Lincicome asked»: a name and a speech verb right after the quote are its attribution. */
function cueFollows(text: string, from: number, to: number): boolean {
  const window = text.slice(from, Math.min(to, from + 140));
  // …also with an apposition between the name and the verb: «"…?" Michael Evers, a strategist at X, said».
  const m = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(\p{Ll}+)/u.exec(window) ?? /^\s+((?:\p{Lu}[\p{L}'’.-]*\s*){1,4}),[^,"“”.;:?!]{2,80},\s+(\p{Ll}+)/u.exec(window);
  if (!m || !EN_SPEECH_FORMS.has(m[2]) || /^(?:he|she|they|it|we|i|you)\s+$/i.test(m[1])) return false;
  // "…?" Lincicome asked before leaving — but "…." Peskov added that … opens a sentence of its own.
  return /^(?:\s*(?:[.,;:!?]|$)|\s+(?:before|after|as|when|while|on|in|at|during|from|with|outside|inside|later|earlier|recently|today|yesterday|on)\b)/u.test(window.slice(m[0].length));
}

/** . ! ? ؟ … */
function isSentenceMark(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x2026;
}

function isAbbreviation(text: string, from: number, dot: number): boolean {
  let j = dot;
  // ASCII letters and dots by code (a one-character string and a Unicode regex per character otherwise).
  let uppers = 0;
  let ascii = true;
  for (; j > from; j--) {
    const c = text.charCodeAt(j - 1);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) uppers++;
      else if (!((c >= 0x61 && c <= 0x7a) || c === 0x2e)) break;
    } else if (/[\p{L}.]/u.test(text[j - 1])) ascii = false;
    else break;
  }
  if (j === dot) return false;
  const raw = text.slice(j, dot);
  const word = !ascii ? raw.toLowerCase() : uppers === 0 ? raw : asciiLower(raw, dot - j, uppers);
  if (word.length === 1 && /\p{Lu}/u.test(text[j])) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** Whether the period at `dot` ends letters joined by periods ("D.C.", "U.S."), not a title ("Dr."). */
function endsDottedAcronym(text: string, from: number, dot: number): boolean {
  let j = dot;
  while (j > from && /[\p{L}.]/u.test(text[j - 1])) j--;
  return /^(\p{L}\.)+\p{L}$/u.test(text.slice(j, dot));
}
