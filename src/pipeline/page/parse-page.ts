// Splits a scraped page into its article and the related articles after a "read also" line, and lifts
// the page's metadata lines out of the prose: "تاريخ النشر: 12th, April 2025 GMT" → publishedAt,
// "المصدر: …" / "Source: …" → source, "كلمات دلالية: …" / "Tags: …" → tags.
// An article's body is its headline line followed by its prose lines, verbatim: it is the text the
// extractor reads (headlines can be statements: "بيسكوف: …"), so offsets into it are stable.
import { DATE_LINE, RELATED_MARKER, SOURCE_LINE, TAGS_LINE } from '../lexicon/boilerplate';
import { parseDate } from './dates';
import { splitTags, type TagPhrases } from './tags';

export interface ParsedArticle {
  title: string | null;
  /** ISO date or date-time (UTC), when the page gives one. */
  publishedAt: string | null;
  source: string | null;
  tags: string[];
  body: string;
}

export interface ParsedPage extends ParsedArticle {
  related: ParsedArticle[];
}

export interface ParsePageOptions {
  tagPhrases?: TagPhrases;
}

/** Metadata lines longer than this are prose that happens to start with "Source:" or "Date:". */
const MAX_META_LINE = 120;

export function parsePage(page: string, opts: ParsePageOptions = {}): ParsedPage {
  const [main, ...related] = splitBlocks(page.replace(/\r\n?/g, '\n').split('\n'));
  return {
    ...parseBlock(main, opts),
    related: related.map((b) => parseBlock(b, opts)).filter((a) => a.body.length > 0),
  };
}

/** Cuts the lines at every "read also" line; text after the marker on its line opens the new block. */
function splitBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    const m = RELATED_MARKER.exec(line);
    const rest = m ? line.slice(m[0].length) : '';
    // "Related officials said…" is prose: a marker is followed by a colon or stands alone.
    if (m && (/[:：]\s*$/.test(m[0]) || rest.trim() === '')) {
      blocks.push(rest.trim() ? [rest.trim()] : []);
    } else {
      blocks[blocks.length - 1].push(line);
    }
  }
  return blocks;
}

function parseBlock(lines: string[], opts: ParsePageOptions): ParsedArticle {
  const start = lines.findIndex((l) => l.trim() !== '');
  if (start < 0) return { title: null, publishedAt: null, source: null, tags: [], body: '' };
  const title = lines[start].trim();
  let publishedAt: string | null = null;
  let source: string | null = null;
  let tags: string[] = [];
  const prose: string[] = [];
  for (const [i, line] of lines.slice(start + 1).entries()) {
    const short = line.length <= MAX_META_LINE;
    const date = short ? DATE_LINE.exec(line) : null;
    const src = short ? SOURCE_LINE.exec(line) : null;
    const tagLine = TAGS_LINE.exec(line);
    const bareDate = i === 0 && short && isBareDate(line) ? parseDate(line) : null;
    if (date) publishedAt ??= parseDate(date[1]);
    else if (bareDate) publishedAt ??= bareDate;
    else if (src) source ??= src[1].trim();
    else if (tagLine) tags = [...tags, ...splitTags(tagLine[1], opts.tagPhrases)];
    else prose.push(line);
  }
  while (prose.length && prose[prose.length - 1].trim() === '') prose.pop();
  return { title, publishedAt, source, tags, body: [title, ...prose].join('\n') };
}

/** A line that is only a date ("12 April 2025", "١٢/٤/٢٠٢٥ 10:30"): digits, month words, punctuation. */
function isBareDate(line: string): boolean {
  return line.trim().split(/\s+/).length <= 6 && /\d|[\u0660-\u0669]/.test(line) && !/[.!?؟]\s*$/.test(line.trim());
}
