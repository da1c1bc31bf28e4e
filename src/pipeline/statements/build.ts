// Turns frames and quotes into statements. Content that opens with a quote is that quote (direct: «قال:
// "نعم"»); content with a quote inside is partial («أكد أن الأمر "ممكن"» / said it was "possible"); content
// without marks is indirect. A quote no frame reported is a direct statement when it reads like speech.

import { quoteIndexAt } from '../frames/common';
import type { Doc, Frame } from '../frames/frame';
import { trimSpan } from '../frames/frame';
import { keyWordCount } from '../mentions/match-key';
import type { Quote } from '../quotes/find-quotes';
import type { Span, StatementType } from '../types';
import { firstStartingAt } from '../segment/search';

export interface Draft extends Span {
  type: StatementType;
  frame: Frame | null;
  quotes: Quote[];
  para: number;
  segment: number;
}

const TRAILING = /[\s,.،؛;:\-–—]/u;

/** Frames whose cue sits inside another frame's content cut that content short (…، مشيرا إلى أن …). */
export function settleFrames(doc: Doc, frames: Frame[]): Frame[] {
  const sorted = [...frames].sort((x, y) => x.cue.start - y.cue.start || x.content.start - y.content.start);
  const dropped = new Set<Frame>();
  const credits = new Set<Frame>();
  // Frames interact only within a sentence, and only with their near neighbours (bounded: linear overall).
  const NEIGHBOURS = 8;
  for (let bi = 0; bi < sorted.length; bi++) {
    const b = sorted[bi];
    for (let ai = Math.max(0, bi - NEIGHBOURS); ai < Math.min(sorted.length, bi + NEIGHBOURS + 1); ai++) {
      const a = sorted[ai];
      if (a === b || dropped.has(a) || a.sentence !== b.sentence) continue;
      const leftContent = b.content.end <= b.cue.start;
      // An outlet credit after a statement ("…, сообщает ТАСС"; "…, the agency said") repeats a frame's content.
      if (leftContent && b.content.start <= a.cue.start && a.cue.end <= b.content.end) {
        dropped.add(b);
        credits.add(b);
        const cut = Math.min(b.subject && b.subject.start < b.cue.start ? b.subject.start : b.cue.start, b.cue.start);
        if (a.content.start < cut && cut < a.content.end) a.content = trimSpan(doc.text, a.content.start, cut, TRAILING);
        continue;
      }
      if (credits.has(b)) {
        // The credit is gone; every other statement of the sentence still loses it from its end.
        const cut = Math.min(b.subject && b.subject.start < b.cue.start ? b.subject.start : b.cue.start, b.cue.start);
        if (a.content.start < cut && cut < a.content.end) a.content = trimSpan(doc.text, a.content.start, cut, TRAILING);
        continue;
      }
      // A credit after the sentence ("…، حسب وكالة X") is settled on its own turn, above: it never swallows a cue.
      if (a.content.start < b.cue.start && b.cue.start < a.content.end && !(a.kind === 'according' && a.content.end <= a.cue.start)) {
        const cut = b.subject && b.subject.start < b.cue.start && b.subject.start > a.content.start ? b.subject.start : b.cue.start;
        if (quoteIndexAt(doc, b.cue.start) >= 0) continue;
        if (opensNewClause(doc, b, cut)) a.content = trimConjunction(doc.text, trimSpan(doc.text, a.content.start, cut, TRAILING));
        // Otherwise b is speech reported inside a's content ("said both sides acknowledged that…"): it stays there.
        else dropped.add(b);
      }
    }
  }
  const seen = new Set<string>();
  return sorted.filter((f) => {
    if (dropped.has(f)) return false;
    const key = `${f.content.start}:${f.content.end}`;
    if (f.content.end > f.content.start && seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SUBJECT_PRONOUN_KEYS = new Set(['he', 'she', 'they', 'we', 'i', 'он', 'она', 'они', 'мы']);
const SUBJECT_DETERMINER_KEYS = new Set(['the', 'his', 'her', 'its', 'their']);

/** A cue after a comma, a conjunction, or as a participle starts its own statement; a bare verb is nested. */
function opensNewClause(doc: Doc, b: Frame, cut: number): boolean {
  if (b.kind !== 'verb') return true;
  if (b.content.end <= b.cue.start) return true;
  const before = doc.text.slice(Math.max(0, cut - 12), cut);
  if (/[,،;؛:.!?]\s*$/u.test(before)) return true;
  if (cut === b.cue.start && /(?:^|\s)(?:and|but|и|а|но|while)\s+$/iu.test(before)) return true;
  // («…، فيما قالت حماس إن …», «بينما أكد …»: an Arabic "while" opens a clause of its own.)
  if (cut === b.cue.start && /(?:^|[\s,،])(?:و?فيما|و?بينما|في حين)\s+$/u.test(before)) return true;
  // "… said the plan failed and John Berg said …", "…, but he said …": a conjunction, then a subject of its own.
  if (b.subject && cut === b.subject.start && /(?:^|\s)(?:and|but|и|а|но|while)\s+$/iu.test(before)) {
    const t = firstStartingAt(doc.tokens, b.subject.start);
    // (…or a noun phrase with its determiner: "…, while the ministry claimed …".)
    if (t >= 0 && t < doc.tokens.length && (doc.mentionOfToken[t] >= 0 || SUBJECT_PRONOUN_KEYS.has(doc.tokens[t].key) || SUBJECT_DETERMINER_KEYS.has(doc.tokens[t].key))) return true;
  }
  return /^[وف]/.test(b.cue.text) && b.cue.text.length > 3;
}

/** Drops a dangling "و" / «فيما» / "and" / "и" left at the end of a cut content. */
function trimConjunction(text: string, s: Span): Span {
  const from = Math.max(s.start, s.end - 12);
  const m = /(?:\s+|^)(?:و|و?فيما|و?بينما|في حين|and|и|а|but|но|while|whereas)\s*$/u.exec(text.slice(from, s.end));
  if (!m || (m.index === 0 && from > s.start && !/\s/.test(text[from - 1]))) return s;
  return trimSpan(text, s.start, s.end - m[0].length, TRAILING);
}

export function buildDrafts(doc: Doc, frames: readonly Frame[]): Draft[] {
  const { text } = doc;
  const drafts: Draft[] = [];
  const consumed = new Set<Quote>();
  for (const f of frames) {
    const c = ownWordsTail(doc, f.content);
    if (c.end <= c.start) continue;
    // «"… ¶ "But there is a long way to go," Rubio said»: the cue's content is the last paragraph of a quote over
    // several paragraphs; the statement is the whole quote.
    const around = quoteIndexAt(doc, c.start);
    const multi = around >= 0 ? doc.quotes[around] : undefined;
    if (multi?.multiParagraph && multi.start < c.start && c.end <= multi.end + 1 && !consumed.has(multi)) {
      consumed.add(multi);
      drafts.push({ start: multi.start, end: multi.end, type: 'direct', frame: f, quotes: [multi], para: multi.para, segment: doc.paras[f.para].segment });
      continue;
    }
    const inside = quotesFrom(doc, c.start - 1, c.end);
    const para = doc.paras[f.para];
    const first = inside[0];
    const closesUtterance = first && /[,.!?؟،…]\s*$/u.test(text.slice(first.innerStart, first.innerEnd));
    if (first && /^[\s،,:.\-–—]*$/u.test(text.slice(c.start, first.start)) && (closesUtterance || !carriesOn(text, first.end, c.end))) {
      consumed.add(first);
      drafts.push({ start: first.start, end: first.end, type: 'direct', frame: f, quotes: [first], para: first.para, segment: para.segment });
      continue;
    }
    // Content of one or two words before its cue is an opener ("However, he said"), not a statement.
    const truncated = trimSpan(text, c.end, text.length).start >= text.length; // the excerpt ends mid-statement
    // (A sentence of its own that a cue points back to, «Визит отложен. Об этом заявил …», is no opener.)
    const leftOfCue = c.end <= f.cue.start && c.start >= (doc.sentences[f.sentence]?.start ?? 0);
    if (leftOfCue && !inside.length && !truncated && keyWordCount(text.slice(c.start, Math.min(c.end, c.start + 60))) < 3) continue;
    for (const q of inside) consumed.add(q);
    const end = Math.max(c.end, ...inside.map((q) => q.end));
    const span = inside.length ? { start: c.start, end } : trimSpan(text, c.start, c.end, /[\s.،,;؛]/u);
    // (Content of nothing but punctuation, a bullet «,» after «وأضافت:», trims to nothing: no statement.)
    if (span.end <= span.start) continue;
    drafts.push({ start: span.start, end: span.end, type: inside.length ? 'partial' : dialogueDash(doc, span, f) ? 'direct' : 'indirect', frame: f, quotes: inside, para: f.para, segment: para.segment });
  }
  const covered = [...drafts].sort((a, b) => a.start - b.start);
  let ci = 0;
  let coveredTo = -1;
  for (const q of doc.quotes) {
    if (consumed.has(q)) continue;
    while (ci < covered.length && covered[ci].start <= q.start) coveredTo = Math.max(coveredTo, covered[ci++].end);
    if (q.end <= coveredTo) continue;
    if (!readsLikeSpeech(doc, q)) continue;
    drafts.push({ start: q.start, end: q.end, type: 'direct', frame: null, quotes: [q], para: q.para, segment: doc.paras[q.para].segment });
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the first of two drafts that overlap (a frame's content and a stray quote, say).
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.start < prev.end) {
      if (d.end - d.start > prev.end - prev.start && !prev.frame && d.frame) out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** «، على حد تعبيره», «، بحسب قولها», «, as he put it»: the writer's tail saying whose words they were. */
const OWN_WORDS_TAIL = /[،,]["”’»]?\s*(?:(?:على\s+حد|بحسب|حسب|وفق|وفقا\s+ل)\s*(?:تعبير|قول|وصف)(?:ه|ها|هم|هما)|as\s+(?:he|she|they)\s+put\s+it|в\s+(?:его|ее|её|их)\s+(?:словах|формулировке)|как\s+(?:он|она|они)\s+выразил(?:ся|ась|ись))\s*[.!؟?]?$/iu;

/** «، وذلك في تصريحات أدلى بها لافروف للصحفيين», «، وذلك خلال مؤتمر صحفي»: the writer's tail placing the words
 *  (the cataphora sieve reads who made them there). */
const OCCASION_TAIL = /[،,]\s*وذلك\s+(?:في|خلال|عبر|ضمن|على\s+هامش)\s+[^.!؟?،,"“”«»]{2,120}[.!؟?]?$/u;

/** ", a claim that could not be independently verified", «، وهو ما لم يتسن التحقق منه», «, что не удалось
 *  проверить»: the writer's note that the words were not checked. */
const UNVERIFIED_TAIL = /[،,]\s*(?:(?:a|an|the)\s+(?:claim|assertion|allegation|figure|account|number|report)s?\s+(?:that|which)\s+(?:could\s*not|cannot|can't|has\s+not|have\s+not|was\s+not|were\s+not)\s+(?:been\s+|be\s+)?(?:independently\s+)?(?:verified|confirmed)|(?:وهو|وهي|وهذا)\s+ما\s+لم\s+(?:يتسن|يتسنى|يتسنَّ|يمكن|تتمكن)|(?:что|чего|которое|которые)\s+(?:пока\s+)?(?:не\s+удалось|невозможно|нельзя)\s+(?:независимо\s+)?(?:проверить|подтвердить))[^.!؟?]{0,60}[.!؟?]?$/iu;

/** The content without such a tail (looked for in its last 60 characters, or 120-140 for the unverified and the
 *  occasion tails: linear). */
function ownWordsTail(doc: Doc, c: Span): Span {
  if (c.end - c.start < 20) return c;
  const from = Math.max(c.start, c.end - 60);
  const m = OWN_WORDS_TAIL.exec(doc.text.slice(from, c.end));
  if (m) return trimSpan(doc.text, c.start, from + m.index, TRAILING);
  const near = Math.max(c.start, c.end - 120);
  const u = UNVERIFIED_TAIL.exec(doc.text.slice(near, c.end));
  if (u && near + u.index > c.start) return trimSpan(doc.text, c.start, near + u.index, TRAILING);
  if (doc.lang !== 'ar') return c;
  const wide = Math.max(c.start, c.end - 140);
  const o = OCCASION_TAIL.exec(doc.text.slice(wide, c.end));
  return o && wide + o.index > c.start ? trimSpan(doc.text, c.start, wide + o.index, TRAILING) : c;
}

/** «— Мы готовы к диалогу, — сказал Песков»: Russian dialogue, the words after a dash that opens the paragraph and
 *  before «, —» and the cue, is direct speech without quote marks. */
function dialogueDash(doc: Doc, span: Span, f: Frame): boolean {
  if (doc.lang !== 'ru' || span.end > f.cue.start) return false;
  const p = doc.paras[f.para];
  return /^\s*[—–]\s*$/u.test(doc.text.slice(p.start, span.start)) && /^[,!?…]?\s*[—–]\s*$/u.test(doc.text.slice(span.end, f.cue.start));
}

/** Words after a quote that continue the reported content ("“reasons for optimism” regarding a deal") make the
 *  statement partial; a comma, the end, or a writer's aside («في إشارة إلى», "in reference to") do not. */
function carriesOn(text: string, from: number, to: number): boolean {
  const rest = text.slice(from, Math.min(Math.max(from, to), from + 200)).trim();
  if (!rest || /^[,،.;:!?؟)\]]/.test(rest)) return false;
  if (/^(?:في\s+إشارة|وذلك|in\s+(?:an?\s+)?(?:apparent\s+)?reference|referring|an\s+apparent|—|–)/u.test(rest)) return false;
  return rest.split(/\s+/).length >= 2;
}

/** Quotes that start in [from, to): binary search to the first, then walk (quotes are sorted, disjoint). */
function quotesFrom(doc: Doc, from: number, to: number): Quote[] {
  const qs = doc.quotes;
  const out: Quote[] = [];
  for (let i = firstStartingAt(qs, from); i < qs.length && qs[i].start < to && out.length < 64; i++) out.push(qs[i]);
  return out;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'is', 'be', 'as', 'who', 'that']);

function isTitleCase(inner: string): boolean {
  const words = inner.replace(/[.,!?;:]+$/u, '').split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 10 || !/^[\p{Script=Latin}\p{P}\s\d]+$/u.test(inner)) return false;
  return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/** Scare quotes, names and titles ("تاس", “Peace Plan”) are not statements; whole sentences and paragraphs are. */
function readsLikeSpeech(doc: Doc, q: Quote): boolean {
  const inner = doc.text.slice(q.innerStart, q.innerEnd);
  const words = keyWordCount(inner);
  const p = doc.paras[q.para];
  if (p.furniture) return false;
  const wholeParagraph = trimSpan(doc.text, p.start, p.end).start >= q.start - 1 && q.end >= p.end - 2;
  // Titles of works and programmes ("The Kid Who Would Be King", “Face the Nation”) are names, not speech.
  if (isTitleCase(inner)) return false;
  if (wholeParagraph && words >= 2) return true;
  if (words >= 6) return true;
  return words >= 3 && /[.!?؟,،…]\s*$/u.test(inner);
}
