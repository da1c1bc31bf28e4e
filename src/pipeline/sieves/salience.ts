// Who a pronoun or a definite description points back to: the most salient compatible referent before it,
// after Lappin & Leass (1994). Each earlier mention of an entity outside quotes adds weight — more as a
// subject or a speaker, less inside a possessive or after a preposition — and the weight halves at every
// sentence boundary. "Niederreiter scored twice. The 26-year-old said …" → Niederreiter; «وأضافت» → the last woman.

import { quoteIndexAt } from '../frames/common';
import type { Doc } from '../frames/frame';
import type { Mention } from '../mentions/find-mentions';
import { firstStartingAt } from '../segment/search';
import type { Gender, SpeakerRef, Span } from '../types';
import { mentionSpeaker } from './mention-speaker';
import { isCommonWord } from '../lexicon/english-lexicon';
import { PERSON_HEAD } from '../lexicon/person-heads';
import type { SieveContext } from './sieve';
import { speakerKey } from './sieve';

export interface Referent {
  speaker: SpeakerRef;
  key: string;
  start: number;
  end: number;
  sentence: number;
  para: number;
  weight: number;
  /** Several people named together ("Tore Sohlberg and Lehla Abreder"): a "they". */
  group?: boolean;
  /** The mention behind a referent from the text (none for a statement's speaker). */
  mention?: Mention;
}

/** Salience factors (Lappin & Leass's, rescaled): recency, subject, head noun, and being a statement's speaker. */
const RECENCY = 100;
const SUBJECT = 80;
const HEAD_NOUN = 50;
const SPEAKER = 160;
const OBLIQUE = 40;
/** How far back a referent may stand, in sentences (weights are negligible beyond). */
const MAX_SENTENCES = 8;
/** Referents looked at per query, nearest first: keeps every query bounded, the whole article linear. */
const MAX_REFERENTS = 48;

const PREPOSITIONS = new Set(['of', 'for', 'with', 'to', 'from', 'by', 'at', 'in', 'on', 'about', 'against', 'between', 'than', 'like', 'unlike', 'besides', 'despite', 'except', 'including', 'into', 'over', 'under', 'after', 'before', 'toward', 'towards', 'among', 'alongside', 'via', 'behind', 'during', 'without']);
/** Words a sentence may open with before its subject: "But Smith said", "And then Smith …". */
const OPENERS = new Set(['but', 'and', 'so', 'then', 'now', 'still', 'yet', 'also', 'meanwhile', 'however', 'later', 'earlier', 'instead', 'finally', 'today', 'yesterday']);

/** Words that open an introductory phrase before the subject. */
const INTRO_WORDS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'last', 'since', 'when', 'while', 'as', 'with', 'by', 'for', 'from', 'under', 'following', 'speaking', 'asked', 'beyond', 'despite', 'amid', 'unlike', 'like', 'earlier', 'later', 'this', 'that', 'meanwhile', 'however', 'still', 'now', 'then', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A mention inside reported content ("he said Putin backed it") is talked about, not the one in focus. */
const EMBEDDED = 0.5;

const cache = new WeakMap<Doc, Referent[]>();

/** Referents the text itself names (people, titles with a holder, organisations), in text order, built once. */
/** Whether "whether" stands between the sentence's start and the mention (at most 12 words before it). */
function inWhetherClause(doc: Doc, m: Mention, sentence: number): boolean {
  const from = Math.max(firstStartingAt(doc.tokens, doc.sentences[sentence].start), m.t0 - 12);
  for (let t = m.t0 - 1; t >= from; t--) if (doc.tokens[t].key === 'whether') return true;
  return false;
}

export function textReferents(ctx: SieveContext): Referent[] {
  const { doc, drafts } = ctx;
  let out = cache.get(doc);
  if (out) return out;
  out = [];
  const { mentions, tokens, text } = doc;
  let d = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (quoteIndexAt(doc, m.start) >= 0 || doc.paras[tokens[m.t0].para].furniture || doc.paras[tokens[m.t0].para].caption) continue;
    const speaker = mentionSpeaker(doc, m);
    if (!speaker) continue;
    // A lone capitalised word ("Mostly", "Monday") is too weak to be anyone's referent — unless a verb follows
    // it inside the sentence, as a subject's does ("…, Mulder didn't hesitate").
    // So is one a description follows in apposition ("Yuni, a resident of Lampung, was watching …").
    if (speaker.kind === 'person' && m.kind === 'unregistered' && !speaker.name.includes(' ') && !m.gender && !(m.t0 > 0 && doc.sentenceOfToken[m.t0 - 1] === doc.sentenceOfToken[m.t0] && verbFollows(doc, m)) && !describedInApposition(doc, m)) continue;
    const sentence = doc.sentenceOfToken[m.t0];
    if (doc.sentences[sentence].dateline) continue;
    const possessive = /['’]s$/.test(tokens[m.t1 - 1].text) || /^['’]s\b/.test(text.slice(m.end, m.end + 3));
    const prev = m.t0 > 0 ? tokens[m.t0 - 1] : undefined;
    // ("For Espinos, who …, it is a niche": a fronted "For X," names the sentence's topic, as a subject would.)
    const topic = !!prev && prev.key === 'for' && /^\s*,/.test(text.slice(m.end, m.end + 2)) && firstStartingAt(tokens, doc.sentences[sentence].start) === m.t0 - 1;
    const afterPreposition = !!prev && doc.sentenceOfToken[m.t0 - 1] === sentence && PREPOSITIONS.has(prev.key) && !topic;
    // A possessor or a prepositional object ("Williamson's approach", "with Smith") is barely in focus.
    let weight = possessive || afterPreposition ? OBLIQUE : RECENCY;
    if (!possessive && !afterPreposition) weight += HEAD_NOUN;
    if (!possessive && !afterPreposition && (opensSentence(doc, m) || (doc.lang === 'ar' && afterOpeningVerb(doc, m)))) weight += SUBJECT;
    while (d < drafts.length && drafts[d].end <= m.start) d++;
    if (d < drafts.length && drafts[d].start <= m.start && m.end <= drafts[d].end) weight *= EMBEDDED;
    // "Reporters asked Trump whether he would meet Putin": a name inside the question asked is in less focus
    // than the one asked it (an embedded clause, as in Lappin & Leass).
    else if (doc.lang === 'en' && inWhetherClause(doc, m, sentence)) weight *= EMBEDDED;
    out.push({ speaker, key: speakerKey(speaker), start: m.start, end: m.end, sentence, para: tokens[m.t0].para, weight, mention: m });
    // "Kim and Clark Moran", "Tore Sohlberg and Lehla Abreder": the pair is a referent of its own, for "they".
    const next = mentions[i + 1];
    if (next && speaker.kind === 'person' && /^\s+(?:and|&)\s+$/.test(text.slice(m.end, next.start))) {
      const other = mentionSpeaker(doc, next);
      if (other?.kind === 'person') {
        const pair: SpeakerRef = { id: null, name: text.slice(m.start, next.end), kind: 'person', registered: false };
        out.push({ speaker: pair, key: speakerKey(pair), start: m.start, end: next.end, sentence, para: tokens[m.t0].para, weight: weight + SUBJECT, group: true });
      }
    }
  }
  cache.set(doc, out);
  return out;
}

/** Whether a mention is its sentence's first noun phrase: the sentence's first words, past a conjunction or
 *  an adverb, or past a title ("Veterans Affairs Minister Seamus O'Regan said"). */
export function opensSentence(doc: Doc, m: Mention): boolean {
  const s = doc.sentences[doc.sentenceOfToken[m.t0]];
  let t = firstStartingAt(doc.tokens, s.start);
  while (t < m.t0 && OPENERS.has(doc.tokens[t].key)) t++;
  if (t === m.t0) return true;
  // "On Tuesday, Donald Tusk …", "In a statement, IRCC …": past a short introductory phrase and its comma.
  const intro = doc.text.slice(doc.tokens[t].start, m.start);
  if (intro.length <= 60 && /,\s*$/.test(intro) && INTRO_WORDS.has(doc.tokens[t].key) && !/[,;:"“”]/.test(intro.replace(/,\s*$/, ''))) return true;
  // Capitalised words right before the name are its title or its organisation.
  for (let k = t; k < m.t0; k++) if (!/^\p{Lu}/u.test(doc.tokens[k].text)) return false;
  return m.t0 - t <= 4;
}

/** Words that open an Arabic sentence without being its verb: the noun after them is no subject. */
const AR_NON_VERBS = new Set(['في', 'من', 'الى', 'الي', 'على', 'علي', 'عن', 'مع', 'بعد', 'قبل', 'وفي', 'ومن', 'وعلى', 'وبعد', 'وقبل', 'ومع', 'بين', 'منذ', 'خلال', 'حسب', 'بحسب', 'وبحسب', 'وفقا', 'لكن', 'ولكن', 'اما', 'واما', 'ان', 'وان']);

/** An Arabic sentence is verb-first: the mention right after its opening word («وقال بيسكوف», «أعلنت الخارجية»)
 *  is the verb's subject, as a sentence-initial name is in English. */
function afterOpeningVerb(doc: Doc, m: Mention): boolean {
  const t = firstStartingAt(doc.tokens, doc.sentences[doc.sentenceOfToken[m.t0]].start);
  return m.t0 === t + 1 && !AR_NON_VERBS.has(doc.tokens[t].key);
}

export interface SalienceQuery {
  /** 'any': a person or an organisation (who issued "the statement"); 'group': an organisation or people named together. */
  kind: 'person' | 'org' | 'group' | 'any';
  gender?: Gender;
  /** Mentions inside this span do not count: the content of the statement being attributed. */
  exclude?: Span;
  /** Only referents at most this many sentences back. */
  maxSentences?: number;
  accept?: (r: Referent) => boolean;
}

/** The most salient referent before `at` that fits the query, with its score; null when none. */
export function mostSalient(ctx: SieveContext, at: number, q: SalienceQuery): { referent: Referent; score: number } | null {
  const { doc } = ctx;
  const atToken = Math.min(doc.tokens.length - 1, firstStartingAt(doc.tokens, at));
  if (atToken < 0) return null;
  const sentence = doc.sentenceOfToken[atToken];
  const segment = doc.paras[doc.tokens[atToken].para]?.segment ?? 0;
  const maxBack = q.maxSentences ?? MAX_SENTENCES;
  const scores = new Map<string, { referent: Referent; score: number; sentences: number[] }>();
  const consider = (r: Referent) => {
    if (r.start >= at || sentence - r.sentence > maxBack) return;
    if (doc.paras[r.para].segment !== segment) return;
    if (q.exclude && r.start >= q.exclude.start && r.end <= q.exclude.end) return;
    // A speaker named by one word and no gender ("Facebook said") may be the organisation "the company" means.
    // (Only an organisation query asks; a referent's gender is read by its key, computed when it was made.)
    const unknown = q.kind === 'org' && !r.speaker.registered && r.speaker.kind === 'person' && !r.speaker.name.includes(' ') && !refGender(r, ctx);
    const kindOk = q.kind === 'group' ? r.group || r.speaker.kind === 'org' : !r.group && (q.kind === 'any' || r.speaker.kind === q.kind || (q.kind === 'org' && unknown));
    if (!kindOk) return;
    if (q.accept && !q.accept(r)) return;
    let w = r.weight * Math.pow(0.5, sentence - r.sentence);
    if (q.kind === 'org' && unknown) w *= 0.7;
    if (q.gender && q.kind === 'person') {
      const g = refGender(r, ctx);
      if (g && g !== q.gender) return;
      // Nothing tells the gender of this name: possible, but less likely than one that agrees.
      if (!g) w *= 0.6;
    }
    // Within one sentence an entity counts once, by its strongest mention: repeating a name in a sentence
    // does not make it more salient than the subject of the next one.
    const cur = scores.get(r.key);
    if (!cur) {
      scores.set(r.key, { referent: r, score: w, sentences: [r.sentence, w] });
      return;
    }
    // The entity's strongest weight so far in this sentence, from its flat [sentence, weight, …] list.
    let slot = -1;
    for (let k = 0; k < cur.sentences.length; k += 2) if (cur.sentences[k] === r.sentence) slot = k + 1;
    const prevInSentence = slot >= 0 ? cur.sentences[slot] : 0;
    if (w <= prevInSentence) return;
    if (slot >= 0) cur.sentences[slot] = w;
    else cur.sentences.push(r.sentence, w);
    cur.score += w - prevInSentence;
    if (r.start > cur.referent.start) cur.referent = r;
  };
  const refs = textReferents(ctx);
  // A wide query (a descriptor looked for across the article) may look further back, still a bounded number.
  const maxRefs = maxBack > MAX_SENTENCES ? MAX_REFERENTS * 8 : MAX_REFERENTS;
  for (let i = firstStartingAt(refs, at) - 1, n = 0; i >= 0 && n < maxRefs; i--, n++) {
    if (sentence - refs[i].sentence > maxBack) break;
    consider(refs[i]);
  }
  for (const r of speakerReferents(ctx, at, sentence - maxBack)) consider(r);
  let best: { referent: Referent; score: number } | null = null;
  for (const v of scores.values()) if (!best || v.score > best.score) best = { referent: v.referent, score: v.score };
  return best;
}

/** genderOf(r.speaker, ctx), with the speaker's key the referent already holds (no key string built per look-up). */
function refGender(r: Referent, ctx: SieveContext): Gender | undefined {
  return r.speaker.gender ?? ctx.learnedGender.get(r.key);
}

/** Speakers of the statements already attributed before `at`: each is a referent at its cue, weighted as a speaker. */
function speakerReferents(ctx: SieveContext, at: number, fromSentence: number): Referent[] {
  const out: Referent[] = [];
  const { drafts, resolved, doc } = ctx;
  // (Bounded in drafts looked at, not only in speakers found: in one sentence of thousands of unresolved clauses the
  // walk back would otherwise cross them all for every statement.)
  for (let j = firstStartingAt(drafts, at) - 1, seen = 0; j >= 0 && out.length < 16 && seen < 64; j--, seen++) {
    const d = drafts[j];
    const anchor = d.frame ? d.frame.cue.start : d.start;
    const sentence = d.frame ? d.frame.sentence : doc.sentenceOfToken[Math.min(doc.tokens.length - 1, firstStartingAt(doc.tokens, d.start))];
    if (sentence < fromSentence) break;
    const r = resolved[j];
    if (!r?.speaker || anchor >= at) continue;
    const group = r.speaker.kind === 'person' && /\s(?:and|&)\s/.test(r.speaker.name);
    // A speaker the text named by a title or a description has no name mention of its own there: the resolved
    // subject counts as one («спецпосланник главы Белого дома заявил … По его словам» → the envoy).
    const subjectless = r.attribution.mentionKind === 'title' || r.attribution.mentionKind === 'description';
    out.push({ speaker: r.speaker, key: speakerKey(r.speaker), start: anchor, end: anchor, sentence, para: d.para, weight: SPEAKER + (subjectless ? SUBJECT + HEAD_NOUN : 0), group });
  }
  return out;
}

/** "Yuni, a resident of …": an English name followed by an indefinite noun phrase of a person in apposition. */
function describedInApposition(doc: Doc, m: Mention): boolean {
  if (doc.lang !== 'en' || isCommonWord(doc.tokens[m.t0].key)) return false;
  const after = /^,\s+(?:a|an)\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)/u.exec(doc.text.slice(m.end, m.end + 80));
  return !!after && PERSON_HEAD.test(after[1]);
}

/** Finite verbs and auxiliaries that show the word before them is a subject. */
const SUBJECT_VERBS = new Set(['said', 'says', 'told', 'added', 'did', "didn't", 'didn’t', 'does', "doesn't", 'doesn’t', 'was', 'is', 'has', 'had', 'would', 'will', 'could', "wasn't", 'wasn’t', "won't", 'won’t', "hasn't", 'hasn’t', "can't", 'can’t', 'can', 'should', 'may', 'might']);

/** Whether the mention is followed, after a space, by a verb of its own. */
function verbFollows(doc: Doc, m: Mention): boolean {
  const next = doc.tokens[m.t1];
  if (!next || doc.sentenceOfToken[m.t1] !== doc.sentenceOfToken[m.t0] || !/^\s+$/.test(doc.text.slice(doc.tokens[m.t1 - 1].end, next.start))) return false;
  // Not a possessor ("Thursday’s emailed threats") nor a date ("Monday was").
  if (/['’]s$/.test(doc.tokens[m.t1 - 1].text) || (doc.lang === 'en' && isCommonWord(doc.tokens[m.t0].key))) return false;
  return SUBJECT_VERBS.has(next.key) || (next.key.length > 4 && next.key.endsWith('ed'));
}
