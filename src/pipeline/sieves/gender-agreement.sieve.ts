// Sieve 6: a dropped subject or a pronoun goes to the most salient earlier referent that agrees with it —
// «وأضافت:» (feminine) → the woman in focus; "he said" → the man in focus; "they said" → the group;
// "it said" → the organisation; «добавила» → a woman. Salience: ./salience.ts.

import { textSpan } from '../frames/frame';
import { mostSalient } from './salience';
import type { SalienceQuery } from './salience';
import { personMentionsBefore } from './mention-speaker';
import type { Sieve } from './sieve';
import { genderOf, speakerKey } from './sieve';
import type { SieveContext } from './sieve';
import { textReferents } from './salience';
import { firstStartingAt } from '../segment/search';
import type { Draft } from '../statements/build';
import type { Gender, SpeakerRef } from '../types';
import { isPluralWord } from '../lexicon/english-lexicon';

export const genderAgreementSieve: Sieve = {
  name: 'gender-agreement',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const f = d.frame;
    if (!f || f.inherits) return null;
    const s = ctx.subjects[i];
    const pronoun = s?.pronoun;
    if (f.subject && !pronoun && s && Object.keys(s).length) return null;
    if (f.plural && !pronoun) return null;
    const exclude = { start: d.start, end: d.end };
    const gender = pronoun ? pronoun.gender : f.gender;
    // A dropped subject inside a sentence is the person just named there («أشاد بها الرئيس زيلينسكي ووصفها …»).
    const sentence = ctx.doc.sentences[f.sentence];
    if (!pronoun) {
      const near = personMentionsBefore(ctx.doc, sentence.start, f.cue.start).reverse().find((p) => {
        const g = genderOf(p.speaker, ctx);
        return !gender || !g || g === gender;
      });
      if (near) return resolution(near.speaker, 0.8);
    }
    // "Smith and two colleagues hid under desks, he said": a pronoun that reports a clause is not anyone the
    // clause names (binding principle C); nor is a quote's speaker usually someone the quote names.
    // A parenthetical cue ("Schumer, he said, “knows …”") has the words before it in its content too.
    const parenthetical = !!pronoun && /,\s*$/.test(ctx.doc.text.slice(Math.max(sentence.start, pronoun.span.start - 16), pronoun.span.start)) && /^\s*,/.test(ctx.doc.text.slice(f.cue.end, f.cue.end + 3));
    const content = parenthetical ? { start: sentence.start, end: Math.max(d.end, f.cue.end) } : exclude;
    const named = pronoun && (gender === 'm' || gender === 'f') ? peopleNamedIn(ctx, content) : undefined;
    // "… for accountant Babatunji Farinloye, 50. 'I had …,' he says.": a person introduced in the narrative
    // sentence just before the quote is who "he" is, however salient the previous speaker still is.
    if (pronoun && (gender === 'm' || gender === 'f')) {
      const intro = introducedJustBefore(ctx, d, gender, pronoun.span.start);
      if (intro && !named?.has(speakerKey(intro))) return resolution(intro, 0.7);
    }
    // "Republican senators are eager …, and they say …", "Several executives have warned … They say …": a plural
    // pronoun right after an unnamed plural subject is that group — a collective source, no one's name — not a
    // group named further back.
    if (pronoun && gender === 'pl' && ctx.doc.lang === 'en' && unnamedPluralSubjectBefore(ctx, f.sentence, pronoun.span.start)) {
      const mention = textSpan(ctx.doc.text, pronoun.span.start, pronoun.span.end);
      return { speaker: null, anonymous: true, attribution: { sieve: 'gender-agreement', confidence: 0.6, mentionKind: 'pronoun' as const, mention, evidence: { start: Math.min(f.cue.start, mention.start), end: Math.max(f.cue.end, mention.end) } } };
    }
    // "…, a private security professional present told Reuters. … Eventually the militants holed up, he said.": a
    // pronoun right after a statement of an unnamed person, with no one else of its gender named since, goes on
    // with that source — still unnamed — not someone named further back.
    if (pronoun && (gender === 'm' || gender === 'f') && ctx.doc.lang === 'en') {
      const unnamed = unnamedSpeakerJustBefore(ctx, i, gender, pronoun.span.start);
      if (unnamed) {
        const mention = textSpan(ctx.doc.text, pronoun.span.start, pronoun.span.end);
        return { speaker: null, ...(unnamed.anonymous ? { anonymous: true } : {}), attribution: { sieve: 'gender-agreement', confidence: 0.55, mentionKind: 'pronoun' as const, mention, evidence: { start: Math.min(f.cue.start, mention.start), end: Math.max(f.cue.end, mention.end) } } };
      }
    }
    // «وقال الكرملين إن … زيلينسكي. وأضاف أن …»: «أضاف/تابع» ("added", "went on") with a dropped subject says that
    // its speaker spoke just before — the previous statement's speaker when it agrees (an organisation too),
    // else an earlier speaker of that gender; never someone only named inside what was said.
    if (!pronoun && ctx.doc.lang === 'ar' && (gender === 'm' || gender === 'f') && AR_GOING_ON.test(f.cue.text)) {
      const prev = previousSpeaker(ctx, i);
      if (prev) {
        const g = genderOf(prev, ctx);
        if (prev.kind === 'org' ? true : !g || g === gender) return resolution(prev, 0.8);
      }
      const spoke = mostSalient(ctx, f.cue.start, { kind: 'person', gender, exclude, accept: (r) => !r.mention });
      if (spoke) return resolution(spoke.referent.speaker, 0.7);
      return { speaker: null, attribution: { sieve: 'gender-agreement', confidence: 0.5, mentionKind: 'implicit' as const, mention: textSpan(ctx.doc.text, f.cue.start, f.cue.end), evidence: { start: f.cue.start, end: f.cue.end } } };
    }
    // «أعلنت الحكومة الأوكرانية أن … وأوضحت أن …»: a dropped subject right after an organisation's statement whose
    // verb had the same gender (the verb agrees with the organisation's noun) goes on with that organisation, unless
    // someone of that gender was named after what it said.
    if (!pronoun && ctx.doc.lang === 'ar' && (gender === 'm' || gender === 'f')) {
      const j = draftJustBefore(ctx, i);
      const prev = j >= 0 ? ctx.resolved[j]?.speaker : null;
      if (prev?.kind === 'org' && ctx.drafts[j].frame?.gender === gender) {
        const since = personMentionsBefore(ctx.doc, ctx.drafts[j].end, f.cue.start).filter((m) => {
          const g = genderOf(m.speaker, ctx);
          return !g || g === gender;
        });
        if (!since.length) return resolution(prev, 0.7);
      }
    }
    // «"…"، قال المتحدث باسم الخارجية الإيرانية. وأضاف: "…"»: a dropped subject or pronoun right after a statement
    // of an office's spokesman of that gender goes on with the office.
    const spokes = gender === 'm' || gender === 'f' ? officeSpokespersonJustBefore(ctx, i, gender) : null;
    if (spokes) return resolution(spokes, 0.7);
    const accept = named?.size ? (r: { key: string }) => !named.has(r.key) : undefined;
    const query: SalienceQuery =
      gender === 'pl' ? { kind: 'group', exclude } : gender === 'n' ? { kind: 'org', exclude, maxSentences: 4 } : { kind: 'person', gender, exclude, accept };
    const at = pronoun ? pronoun.span.start : f.cue.start;
    const best = mostSalient(ctx, at, query);
    if (best) return resolution(best.referent.speaker, pronoun ? 0.75 : 0.8);
    // Nobody of that gender named lately: a profile talks of its one woman as "she" for paragraphs on end —
    // the last one named, further back, when she is the only one who fits.
    if (!pronoun || (gender !== 'm' && gender !== 'f')) return null;
    const far = mostSalient(ctx, at, { ...query, maxSentences: FAR_SENTENCES, accept: (r) => (!accept || accept(r)) && !!genderOf(r.speaker, ctx) });
    return far && pronounChain(ctx, far.referent.start, at, gender) ? resolution(far.referent.speaker, 0.6) : null;

    function resolution(speaker: NonNullable<ReturnType<typeof mostSalient>>['referent']['speaker'], confidence: number) {
      const mention = pronoun ? textSpan(ctx.doc.text, pronoun.span.start, pronoun.span.end) : textSpan(ctx.doc.text, f!.cue.start, f!.cue.end);
      return {
        speaker,
        attribution: { sieve: 'gender-agreement', confidence, mentionKind: pronoun ? 'pronoun' as const : 'implicit' as const, mention, evidence: { start: Math.min(f!.cue.start, mention.start), end: Math.max(f!.cue.end, mention.end) } },
      };
    }
  },
};

/** The statement just before draft i (same segment, this or the previous paragraph) when its speaker is an
 *  unnamed person — a description the sieves left unresolved, or an anonymous source — and nobody who may be
 *  `gender` is named between it and the pronoun at `at`. */
function unnamedSpeakerJustBefore(ctx: SieveContext, i: number, gender: Gender, at: number): { anonymous: boolean } | null {
  const j = draftJustBefore(ctx, i);
  const p = j >= 0 ? ctx.drafts[j] : undefined;
  if (!p?.frame) return null;
  const r = ctx.resolved[j];
  const s = ctx.subjects[j];
  if (r?.speaker || !s || p.frame.plural) return null;
  // Only someone the article introduced without a name, "a security guard", "an official", "one witness": a
  // definite description ("the Republican nominee") points back to someone named, whom salience may still find.
  if (!s.anonymous && !s.description) return null;
  const words = p.frame.subject ? ctx.doc.text.slice(p.frame.subject.start, p.frame.subject.end).trim() : '';
  if (!INDEFINITE_ONE.test(words) || /\s[-–—]\s|[,;:]/.test(words)) return null;
  const between = personMentionsBefore(ctx.doc, p.start, at).filter((m) => {
    const g = genderOf(m.speaker, ctx);
    return !g || g === gender;
  });
  return between.length ? null : { anonymous: !!(r?.anonymous || s.anonymous) };
}
/** Arabic verbs that go on with what their speaker said: «وأضاف», «وتابعت», «واستطرد», «وأردف». */
const AR_GOING_ON = /^[وف]?(?:أضاف|اضاف|أضافت|اضافت|تابع|تابعت|استطرد|استطردت|أردف|اردف|أردفت|اردفت)$/u;

/** The speaker of the statement just before draft i, when it is in the same segment and at most one paragraph
 *  back; else null. */
function previousSpeaker(ctx: SieveContext, i: number): SpeakerRef | null {
  const j = draftJustBefore(ctx, i);
  return j >= 0 ? ctx.resolved[j]?.speaker ?? null : null;
}

/** The index of the draft just before draft i when it is in the same segment and at most one paragraph back; else -1. */
function draftJustBefore(ctx: SieveContext, i: number): number {
  const j = i - 1;
  if (j < 0) return -1;
  const d = ctx.drafts[i];
  const p = ctx.drafts[j];
  return p.segment === d.segment && d.para - p.para <= 1 ? j : -1;
}

/** A singular indefinite noun phrase: "a private security professional", "one official". */
const INDEFINITE_ONE = /^(?:a|an|one)\s/i;

/** Spokesperson heads by the gender they carry (Arabic and English). */
const SPOKES_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['المتحدث', 'm'], ['الناطق', 'm'], ['المتحدثة', 'f'], ['الناطقة', 'f'],
  ['spokesman', 'm'], ['spokeswoman', 'f'],
] as [string, Gender][]);

/** The office whose spokesperson, of this gender, made the statement just before draft i (same segment, this or
 *  the previous paragraph), or null. */
function officeSpokespersonJustBefore(ctx: SieveContext, i: number, gender: Gender): SpeakerRef | null {
  const j = draftJustBefore(ctx, i);
  const r = j >= 0 ? ctx.resolved[j] : undefined;
  if (r?.speaker?.kind !== 'org' || !r.attribution?.mention) return null;
  // (The office is the mention; the spokesperson's word stands before it, between the cue and the office.)
  const words = ctx.doc.text.slice(Math.min(r.attribution.evidence.start, r.attribution.mention.start), r.attribution.mention.end).split(/\s+/);
  const head = words.find((w) => SPOKES_GENDER.has(w.replace(/^[وف]/, '').toLowerCase()));
  return head && SPOKES_GENDER.get(head.replace(/^[وف]/, '').toLowerCase()) === gender ? r.speaker : null;
}

/** Words that may open a sentence before its subject. */
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'still']);
/** A finite verb or auxiliary right after a subject noun phrase. */
const FINITE_AFTER_SUBJECT = /^(?:are|were|have|had|will|would|can|could|may|might|should|must|do|did|say|said|warn|warned|argue|argued|fear|feared|want|wanted|expect|expected|believe|believed|met|meet|made|make|took|take|gave|give|held|hold|went|came|saw|sent|spoke|left|began|led|set|put|got|found|kept|brought|thought|felt|stood|won|lost|paid|[a-z]+ed)$/;

/** Whether the sentence holding the pronoun (before it) or the one before opens with an unnamed plural noun
 *  phrase as its subject ("Republican senators are …", "Several auto-industry executives have warned …"). */
function unnamedPluralSubjectBefore(ctx: SieveContext, sentence: number, before: number): boolean {
  const { doc } = ctx;
  const opensWithIt = (si: number, limit: number): boolean => {
    const s = doc.sentences[si];
    if (!s) return false;
    let t = firstStartingAt(doc.tokens, s.start);
    if (t < doc.tokens.length && LEADING_CONJUNCTIONS.has(doc.tokens[t].key)) t++;
    const from = t;
    for (; t < doc.tokens.length && doc.tokens[t].start < Math.min(s.end, limit) && t - from <= 5; t++) {
      if (t > from && !/^\s+$/.test(doc.text.slice(doc.tokens[t - 1].end, doc.tokens[t].start))) return false;
      const tok = doc.tokens[t];
      if (t - from >= 1 && FINITE_AFTER_SUBJECT.test(tok.key)) {
        const head = doc.tokens[t - 1];
        const m = doc.mentionOfToken[t - 1];
        // The head is a plural common noun of its own, not a name ("Senate Democrats" is a named group).
        return /^\p{Ll}/u.test(head.text) && (isPluralWord(head.key) || /[^su]s$/.test(head.key)) && !/(?:ss|ous|is)$/.test(head.key) && m < 0;
      }
    }
    return false;
  };
  return opensWithIt(sentence, before) || (doc.sentences[sentence] && firstStartingAt(doc.tokens, doc.sentences[sentence].start) === firstStartingAt(doc.tokens, before) ? opensWithIt(sentence - 1, Infinity) : false);
}

/** How far back a pronoun looks, in sentences, when no one of its gender was named within salience's reach. */
const FAR_SENTENCES = 40;

const CHAIN_PRONOUNS: Readonly<Record<'m' | 'f', ReadonlySet<string>>> = {
  m: new Set(['he', 'him', 'his', 'himself']),
  f: new Set(['she', 'her', 'hers', 'herself']),
};
/** Sentences a pronoun chain may skip and still hold its referent in focus. */
const CHAIN_GAP = 6;
/** Tokens a chain is followed over at most (keeps every look-up bounded, the article linear). */
const CHAIN_TOKENS = 3000;

/** Whether pronouns of the gender run from `from` to `at` without a gap of more than CHAIN_GAP sentences:
 *  "she" after "she" keeps the woman in focus (Lappin & Leass) where no name was repeated. */
function pronounChain(ctx: SieveContext, from: number, at: number, gender: 'm' | 'f'): boolean {
  const { doc } = ctx;
  const words = CHAIN_PRONOUNS[gender];
  const t0 = firstStartingAt(doc.tokens, from);
  let last = doc.sentenceOfToken[Math.min(doc.tokens.length - 1, t0)];
  for (let t = t0; t < doc.tokens.length && doc.tokens[t].start < at; t++) {
    if (t - t0 > CHAIN_TOKENS) return false;
    const sentence = doc.sentenceOfToken[t];
    if (sentence - last > CHAIN_GAP) return false;
    if (words.has(doc.tokens[t].key)) last = sentence;
  }
  const end = doc.sentenceOfToken[Math.min(doc.tokens.length - 1, firstStartingAt(doc.tokens, at))];
  return end - last <= CHAIN_GAP;
}

/** Sentences within which a person named again is still in focus, not introduced anew. */
const RECENT = 8;

/** The one person named for the first time, in full, in the sentence before the statement's, when that sentence
 *  reports nothing itself and gives no other candidate of the pronoun's gender. */
function introducedJustBefore(ctx: SieveContext, d: Draft, gender: Gender, pronounAt: number): SpeakerRef | null {
  const { doc, drafts } = ctx;
  const t = firstStartingAt(doc.tokens, Math.min(d.start, pronounAt));
  if (t <= 0 || t >= doc.tokens.length) return null;
  // Only a quote, or a pronoun, that opens its sentence ("But he said …"): "…, when he said he might …" has
  // its own sentence to look in.
  const own = doc.sentences[doc.sentenceOfToken[t]];
  const quoteOpens = d.type === 'direct' && !/\p{L}/u.test(doc.text.slice(own.start, d.start));
  const pronounOpens = pronounAt < d.start && /^\s*(?:(?:but|and|yet|still|now|then)\s+)?$/iu.test(doc.text.slice(own.start, pronounAt));
  if (!quoteOpens && !pronounOpens) return null;
  const prev = doc.sentenceOfToken[t] - 1;
  if (prev < 0) return null;
  const s = doc.sentences[prev];
  for (let j = Math.max(0, firstStartingAt(drafts, s.start) - 1); j < drafts.length && drafts[j].start < s.end; j++) if (drafts[j].end > s.start) return null;
  const refs = textReferents(ctx);
  let found: SpeakerRef | null = null;
  for (const p of personMentionsBefore(doc, s.start, s.end)) {
    const g = genderOf(p.speaker, ctx);
    if (g && g !== gender) continue;
    // A lone capitalised word ("Regular exercise …") is too weak to be anyone.
    if (!p.speaker.registered && !p.speaker.name.includes(' ')) continue;
    // A possessor ("about Kim's schedule") is talked about, not introduced.
    if (/['’]s$/.test(doc.tokens[p.mention.t1 - 1].text) || /^['’]s\b/.test(doc.text.slice(p.mention.end, p.mention.end + 3))) continue;
    const key = speakerKey(p.speaker);
    // New, or named in full again after a long absence (a caption may have named them first).
    let seenJustBefore = false;
    const from = firstStartingAt(refs, s.start);
    for (let r = from - 1; r >= 0 && from - r <= 256 && prev - refs[r].sentence <= RECENT && !seenJustBefore; r--) seenJustBefore = refs[r].key === key;
    // …or anyone named in a one-sentence paragraph of narrative right before the quote's paragraph
    // ("It's a comment that Scheer found concerning." / «"We would never …," he said.»).
    const aside = s.para !== own.para && isWholeParagraph(doc, s) && d.start === doc.paras[own.para].start + leadingMarks(doc, own.para);
    if (!aside && (p.mention.t1 - p.mention.t0 < 2 || seenJustBefore)) return null;
    if (found && speakerKey(found) !== key) return null;
    found = p.speaker;
  }
  return found;
}

/** Whether a sentence is the whole of its paragraph. */
function isWholeParagraph(doc: SieveContext['doc'], s: { start: number; end: number; para: number }): boolean {
  const p = doc.paras[s.para];
  return !/\S/.test(doc.text.slice(p.start, s.start)) && !/\S/.test(doc.text.slice(s.end, p.end));
}

/** Blanks before a paragraph's first character. */
function leadingMarks(doc: SieveContext['doc'], para: number): number {
  const p = doc.paras[para];
  let i = p.start;
  while (i < p.end && /\s/.test(doc.text[i])) i++;
  return i - p.start;
}

/** Keys of the people the text names inside a span (a statement's own words). */
function peopleNamedIn(ctx: SieveContext, span: { start: number; end: number }): Set<string> {
  const out = new Set<string>();
  for (const p of personMentionsBefore(ctx.doc, span.start, span.end)) out.add(speakerKey(p.speaker));
  return out;
}
