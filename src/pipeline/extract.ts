// extract(article) → statements with speakers. The stages, in order:
//   1. segment    paragraphs, page furniture, related-article blocks; tokens; sentences
//   2. quotes     every quotation-mark pair, unclosed and multi-paragraph quotes
//   3. mentions   registry names, titles, organisations; unregistered names
//   4. frames     cue + subject + content, by the language's rules
//   5. drafts     direct / partial / indirect statements from frames and stray quotes
//   6. sieves     who said it, most precise rule first, with provenance
// Every stage is a pure function of the text, the language, the date and the registry.

import { FRAME_FINDERS } from './frames';
import type { Doc } from './frames/frame';
import { findMentions } from './mentions/find-mentions';
import { detectLanguage } from './normalize/language';
import { findQuotes } from './quotes/find-quotes';
import type { Registry } from './registry';
import { defaultRegistry } from './registry';
import { paragraphLocator, splitParagraphs } from './segment/paragraphs';
import type { Paragraph } from './segment/paragraphs';
import { DATE_LINE } from './lexicon/boilerplate';
import { parseDate } from './page/dates';
import { splitSentences } from './segment/sentences';
import { tokenize } from './segment/tokens';
import { runSieves } from './sieves';
import type { SubjectReading } from './sieves/subject';
import { readSubject } from './sieves/subject';
import { buildDrafts, settleFrames } from './statements/build';
import { learnGenderFromPronouns } from './sieves/pronoun-gender';
import type { ArticleInput, ExtractResult, Gender, Statement } from './types';

/** Bumped whenever a change to the pipeline can change its output; stored with every extraction. */
export const PIPELINE_VERSION = '0.11.0';

export interface ExtractOptions {
  registry?: Registry;
}

export function extract(input: ArticleInput, opts: ExtractOptions = {}): ExtractResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const lang = input.lang ?? detectLanguage(text);
  try {
    return { lang, statements: run(text, lang, isoDate(input.publishedAt), opts.registry ?? defaultRegistry()) };
  } catch (err) {
    // The extractor never throws on input; a failure here is a bug, reported without losing the article.
    process.emitWarning(`qawl pipeline failed on a ${text.length}-character ${lang} text: ${(err as Error).message}`);
    return { lang, statements: [] };
  }
}

function run(text: string, lang: ExtractResult['lang'], date: string | undefined, registry: Registry): Statement[] {
  const paras = splitParagraphs(text);
  // A scraped page given without its date still carries it: «تاريخ النشر: 14.05.2025», "Published: …".
  date ??= pageDate(text, paras);
  // A token belongs to the paragraph it starts in; the next paragraph begins after this one's end.
  const tokens = tokenize(text, paragraphLocator(paras), (i) => (i + 1 < paras.length ? paras[i + 1].start : text.length + 1));
  const quotes = findQuotes(text, paras);
  const sentences = splitSentences(text, paras, quotes);
  const mentions = findMentions(tokens, text, registry);
  const mentionOfToken = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, i) => mentionOfToken.fill(i, m.t0, m.t1));
  const sentenceOfToken = new Int32Array(tokens.length);
  for (let s = 0, t = 0; t < tokens.length; t++) {
    while (s + 1 < sentences.length && sentences[s].end <= tokens[t].start) s++;
    sentenceOfToken[t] = s;
  }
  const doc: Doc = { text, lang, date, registry, paras, sentences, tokens, quotes, mentions, mentionOfToken, sentenceOfToken };

  const frames = settleFrames(doc, FRAME_FINDERS[lang](doc));
  const drafts = buildDrafts(doc, frames);
  const subjects: (SubjectReading | undefined)[] = drafts.map((d) => (d.frame?.subject ? readSubject(doc, d.frame.subject) : undefined));
  const learnedGender = new Map<string, Gender>();
  learnGenderFromPronouns(doc, learnedGender);
  const resolved = runSieves({ doc, drafts, subjects, resolved: new Array(drafts.length), learnedGender });

  return drafts.map((d, i): Statement => {
    const r = resolved[i];
    const q = d.quotes[0];
    // Every flag in one literal, unset ones undefined (JSON leaves them out): one object shape (see refOf).
    const flags: Statement['flags'] = {
      unclosed: (d.type === 'direct' && q?.unclosed) || undefined,
      multiParagraph: (q?.multiParagraph && d.type === 'direct') || undefined,
      headline: d.frame?.kind === 'headline' || undefined,
      anonymous: r?.anonymous || undefined,
      unregistered: (r?.speaker && !r.speaker.registered) || undefined,
      boilerplate: d.segment > 0 || undefined,
    };
    return {
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      type: d.type,
      cue: d.frame ? d.frame.cue : null,
      quotedFragments: d.type === 'partial' ? d.quotes.map((x) => ({ start: x.start, end: Math.min(x.end, d.end) })) : [],
      speaker: r?.speaker ?? null,
      attribution: r?.attribution ?? null,
      flags,
      segment: d.segment,
    };
  });
}

/** The date of the page's own date line, among the main article's first lines (furniture of segment 0). */
function pageDate(text: string, paras: readonly Paragraph[]): string | undefined {
  for (let i = 0; i < paras.length && i < 12 && paras[i].segment === 0; i++) {
    const p = paras[i];
    if (!p.furniture || p.end - p.start > 120) continue;
    const m = DATE_LINE.exec(text.slice(p.start, p.end));
    const iso = m ? parseDate(m[1]) : null;
    if (iso) return iso.slice(0, 10);
  }
  return undefined;
}

function isoDate(d: ArticleInput['publishedAt']): string | undefined {
  if (!d) return undefined;
  if (d instanceof Date) return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}/.test(d) ? d.slice(0, 10) : undefined;
}
