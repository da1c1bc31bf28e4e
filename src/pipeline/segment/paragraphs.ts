// Cuts a page into paragraphs (lines) and articles: everything after a "read also" line (إقرأ أيضاً: /
// Read also: / Читайте также:) is another article, and date, source and tag lines are page furniture, not prose.

import { CAPTION_LINE, CREDIT_END, DATE_LINE, INLINE_TEASER, PAGE_FURNITURE, RELATED_MARKER, SOURCE_LINE, TAGS_LINE } from '../lexicon/boilerplate';
import type { Span } from '../types';

export interface Paragraph extends Span {
  index: number;
  /** 0 = the page's article, 1.. = related articles that follow a "read also" line. */
  segment: number;
  /** A line of page furniture (date, source, tags, the read-also marker): never holds a statement. */
  furniture: boolean;
  /** A picture's caption long enough to hold prose: its statements count, its names are no referents. */
  caption?: boolean;
  /** First non-empty paragraph of its segment (a headline when short and without final period). */
  first: boolean;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let segment = 0;
  let seenInSegment = false;
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) {
      const line = text.slice(s, Math.min(e, s + 200));
      const teaser = INLINE_TEASER.test(line);
      const related = !teaser && RELATED_MARKER.test(line);
      if (related) {
        segment++;
        seenInSegment = false;
        // «إقرأ أيضاً: بيسكوف: …»: the related article's headline on the marker's own line is its first paragraph.
        const marker = RELATED_MARKER.exec(line)![0];
        let r = s + marker.length;
        while (r < e && /\s/.test(text[r])) r++;
        if (r < e && /[:：]\s*$/.test(marker)) {
          out.push({ start: s, end: s + marker.trimEnd().length, index: out.length, segment, furniture: true, first: false });
          out.push({ start: r, end: e, index: out.length, segment, furniture: false, first: true });
          seenInSegment = true;
          if (end >= n) break;
          start = end + 1;
          continue;
        }
      }
      const furniture = related || teaser || DATE_LINE.test(line) || SOURCE_LINE.test(line) || TAGS_LINE.test(line) || PAGE_FURNITURE.test(line) || mayBeCaption(line) && CAPTION_LINE.test(line) || (e - s <= 200 && endsWithLetterOrParen(text.charCodeAt(e - 1)) && endsWithCredit(line));
      // A longer caption ("Benjamin Layne, a retired porter, looks at … ( THE CANADIAN PRESS FILE PHOTO )") may
      // report speech, but the people it shows are not the ones the prose around it is talking about.
      const caption = !furniture && e - s <= 600 && endsWithLetterOrParen(text.charCodeAt(e - 1)) && endsWithCredit(text.slice(Math.max(s, e - 200), e));
      out.push(caption ? { start: s, end: e, index: out.length, segment, furniture, first: !seenInSegment, caption } : { start: s, end: e, index: out.length, segment, furniture, first: !furniture && !seenInSegment });
      if (!furniture) seenInSegment = true;
    }
    if (end >= n) break;
    start = end + 1;
  }
  return out;
}

/** /[)A-Za-z]\s*$/ on a whole trimmed line, whose last character is never a blank: that character is one of
 *  these (a regex run over the line to find it cost more than the rest of the line's tests). */
function endsWithLetterOrParen(c: number): boolean {
  return c === 0x29 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** CREDIT_END.test(s) for a string without trailing blanks. Every credit the pattern finds ends with ")" (a
 *  credit in brackets) or holds a "/" (a photographer / an agency), so a line with neither is turned away by two
 *  native searches instead of the pattern, which V8 tries from every position of the line. */
function endsWithCredit(s: string): boolean {
  return (s.charCodeAt(s.length - 1) === 0x29 || s.includes('/')) && CREDIT_END.test(s);
}

/** An agency's name in any case. Without the u flag, /i folds no other character onto these ASCII letters, as
 *  toLowerCase() does none (only U+0130 and U+212A lower to ASCII: "i̇" and "k", in none of the words). */
const AGENCY_WORD = /press|reuters|getty|afp/i;

/** A cheap test before the caption pattern: a credit names its agency near the line's start. (One regex on the
 *  head rather than toLowerCase(), which V8 sends through ICU for any two-byte string, and four searches.) */
function mayBeCaption(line: string): boolean {
  return AGENCY_WORD.test(line.length > 120 ? line.slice(0, 120) : line);
}

/** A function offset → paragraph index (of the paragraph at or before the offset). */
export function paragraphLocator(paras: readonly Paragraph[]): (offset: number) => number {
  return (offset: number) => {
    let lo = 0;
    let hi = paras.length - 1;
    let ans = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (paras[mid].start <= offset) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };
}
