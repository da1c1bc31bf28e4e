// Frames every language shares: headlines «بيسكوف: …» / "Peskov: …", and bullet lists under a line that
// ends «… قال:» / "… said:" (one statement per bullet, all the introducer's).

import { keyWords } from '../mentions/match-key';
import { AR_OUTLET_HEADS } from '../lexicon/names.ar';
import { RU_OUTLET_NOUNS } from '../lexicon/name-titles.ru';
import { foldLetters } from '../normalize/text';
import type { Doc, Frame } from './frame';
import { textSpan, trimSpan } from './frame';
import { firstStartingAt } from '../segment/search';

/** Index of the quote that contains `offset`, or -1 (binary search; quotes do not overlap). */
export function quoteIndexAt(doc: Doc, offset: number): number {
  const qs = doc.quotes;
  let lo = 0;
  let hi = qs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid].end <= offset) lo = mid + 1;
    else if (qs[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function mentionsBetween(doc: Doc, from: number, to: number) {
  const out = [];
  for (let i = firstStartingAt(doc.mentions, from); i < doc.mentions.length && doc.mentions[i].end <= to; i++) out.push(doc.mentions[i]);
  return out;
}

/** Index of the first sentence of paragraph `para` (binary search; sentences are in text order). */
function firstSentenceOf(doc: Doc, para: number): number {
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].para < para) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.sentences.length && doc.sentences[lo].para === para ? lo : -1;
}

/** «أبرز ما جاء في كلمة بوتين:», «Главное из заявлений Пескова:»: a line that introduces someone's words, listed
 *  below it; the words after the speech noun name the speaker (the bullets are theirs, see bulletFrames). */
const INTRO_LINES: Readonly<Record<'ar' | 'ru', RegExp>> = {
  ar: /^[وف]?(?:أبرز|ابرز|أهم|اهم)\s+ما\s+(?:جاء|ورد)\s+في\s+(?:كلمة|خطاب|تصريحات|تصريح|حديث|مقابلة|مؤتمر\s+\S+|بيان|رسالة)\s+/u,
  ru: /^(?:главное|основное|ключевое|главные\s+заявления|ключевые\s+заявления)\s+из\s+(?:заявлений|выступления|интервью|речи|пресс-конференции|обращения|послания|слов)\s+/iu,
};

export function introFrames(doc: Doc): Frame[] {
  const out: Frame[] = [];
  const re = doc.lang === 'ar' || doc.lang === 'ru' ? INTRO_LINES[doc.lang] : undefined;
  if (!re) return out;
  for (const p of doc.paras) {
    if (p.furniture || p.end - p.start > 120 || !/[:：]$/.test(doc.text.slice(p.end - 1, p.end))) continue;
    const m = re.exec(doc.text.slice(p.start, p.end));
    if (!m) continue;
    const subject = trimSpan(doc.text, p.start + m[0].length, p.end - 1);
    if (subject.end <= subject.start || !mentionsBetween(doc, subject.start, subject.end).length) continue;
    const cue = trimSpan(doc.text, p.start, p.start + m[0].length);
    out.push({ kind: 'verb', cue: textSpan(doc.text, cue.start, cue.end), subject, content: { start: p.end, end: p.end }, sentence: Math.max(0, firstSentenceOf(doc, p.index)), para: p.index });
  }
  return out;
}

/** «بيسكوف: الكرملين ليس لديه…» in a segment's first line: the words before the colon name the speaker. */
export function headlineFrames(doc: Doc): Frame[] {
  const out: Frame[] = [];
  const seen = new Map<number, number>();
  for (const p of doc.paras) {
    if (p.furniture) continue;
    const n = (seen.get(p.segment) ?? 0) + 1;
    seen.set(p.segment, n);
    // A headline is one of a segment's first lines, short, with no closing period (a kicker may stand above it).
    if (n > 3 || p.end - p.start > 160 || /[.!?]$/.test(doc.text.slice(p.start, p.end))) continue;
    const line = doc.text.slice(p.start, Math.min(p.end, p.start + 80));
    const colon = line.search(/[:：]/);
    if (colon <= 0) continue;
    const head = line.slice(0, colon);
    if (keyWords(head).length > 6 || /["“”«»]/.test(head)) continue;
    const inHead = mentionsBetween(doc, p.start, p.start + colon);
    const hasMention = inHead.some((m) => m.kind !== 'unregistered' || m.start === p.start);
    if (!hasMention) continue;
    const content = trimSpan(doc.text, p.start + colon + 1, p.end);
    if (keyWords(doc.text.slice(content.start, content.end)).length < 3) continue;
    const sentence = firstSentenceOf(doc, p.index);
    out.push({
      kind: 'headline',
      cue: textSpan(doc.text, p.start + colon, p.start + colon + 1),
      subject: trimSpan(doc.text, p.start, p.start + colon),
      content,
      sentence: Math.max(0, sentence),
      para: p.index,
    });
  }
  return out;
}

/** Paragraphs after an introducer that ends with a colon and reports nothing itself become its bullets. */
export function bulletFrames(doc: Doc, frames: readonly Frame[]): Frame[] {
  const out: Frame[] = [];
  const framedParas = new Set(frames.map((f) => f.para));
  for (const f of frames) {
    if (f.content.end > f.content.start) continue;
    const intro = doc.paras[f.para];
    for (let i = f.para + 1; i < doc.paras.length; i++) {
      const p = doc.paras[i];
      if (p.furniture || p.segment !== intro.segment || framedParas.has(i) || p.end - p.start > 600) break;
      const content = trimSpan(doc.text, p.start, p.end, /[\s\-–—•*·.]/u);
      if (content.end <= content.start) continue;
      const sentence = firstSentenceOf(doc, i);
      out.push({ kind: 'bullet', cue: f.cue, subject: f.subject, content, gender: f.gender, plural: f.plural, inherits: !f.subject, sentence: Math.max(0, sentence), para: i });
    }
  }
  return out;
}

/** The signature line of an embedded post: "… — BC Hydro (@bchydro) December 22, 2018" at a paragraph's end. */
const POST_SIGNATURE = /\s[—–-]\s*(\p{Lu}[^\n()—–]{0,60}?)\s*\(@\w{1,30}\)\s*(?:\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\s+\d{4})\s*$/u;
/** Links a post carries at its end ("pic.twitter.com/…", "https://t.co/…"). */
const TRAILING_LINKS = /(?:\s*(?:pic\.twitter\.com\/\S+|https?:\/\/\S+))+\s*$/u;

/** An embedded post (a tweet as the page shows it): its words are its author's, named in the signature. */
export function postFrames(doc: Doc): Frame[] {
  const out: Frame[] = [];
  for (const p of doc.paras) {
    if (p.furniture || p.end - p.start > 600) continue;
    const tail = doc.text.slice(Math.max(p.start, p.end - 140), p.end);
    const sig = POST_SIGNATURE.exec(tail);
    if (!sig) continue;
    const sigStart = p.end - tail.length + sig.index;
    const nameStart = sigStart + sig[0].indexOf(sig[1]);
    let body = doc.text.slice(p.start, sigStart);
    const links = TRAILING_LINKS.exec(body);
    if (links) body = body.slice(0, links.index);
    // A hashtag glued to the link ("#BCStormpic.twitter.com/…") goes with it.
    body = body.replace(/\s*#\w*$/u, '');
    const content = trimSpan(doc.text, p.start, p.start + body.length);
    if (keyWords(doc.text.slice(content.start, content.end)).length < 3) continue;
    const sentence = firstSentenceOf(doc, p.index);
    out.push({
      kind: 'colon',
      cue: textSpan(doc.text, sigStart + 1, sigStart + 2),
      subject: { start: nameStart, end: nameStart + sig[1].length },
      content,
      sentence: Math.max(0, sentence),
      para: p.index,
    });
  }
  return out;
}

/** Outlet nouns as keys: Arabic folded, Russian as the key words' stems (every case form of «газета» is «газет»). */
const OUTLET_KEYS: ReadonlySet<string> = new Set([...AR_OUTLET_HEADS.map(foldLetters), ...RU_OUTLET_NOUNS.flatMap((w) => keyWords(w))]);

/** Whether a word names a kind of outlet — «صحيفة», «وكالة», «газета», «газеты», «телеканала» — so that a short
 *  name in quote marks after it is that outlet's name. A conjunction glued to an Arabic word is dropped. */
export function isOutletNoun(word: string): boolean {
  const keys = keyWords(word);
  if (keys.length !== 1 && !(keys.length === 2 && /-/.test(word))) return false;
  const k = keys.join('');
  return OUTLET_KEYS.has(k) || OUTLET_KEYS.has(keys[0]) || (/^[وف]/u.test(k) && OUTLET_KEYS.has(k.slice(1)));
}
