// Sieve 7: a definite description points back to the referent in focus — "the 26-year-old said" → the
// person just named, «تابع الرئيس المنتخب» → the president-elect in focus; "the agency told" → the
// organisation in focus; "the statement said" → whoever issued it, the speaker just before.

import { textSpan } from '../frames/frame';
import { mostSalient, opensSentence } from './salience';
import { mentionSpeaker, personMentionsBefore } from './mention-speaker';
import { genderOf } from './sieve';
import { firstStartingAt } from '../segment/search';
import { quoteIndexAt } from '../frames/common';
import type { Referent, SalienceQuery } from './salience';
import type { Resolution, Sieve, SieveContext } from './sieve';
import type { Gender, Lang, MentionKind, Span, SpeakerRef } from '../types';
import { keyWords } from '../mentions/match-key';
import { descriptorWord, descriptorsOf } from './descriptors';
import { ANONYMOUS_WORDS } from '../lexicon/anonymous';
import { PERSON_HEAD } from '../lexicon/person-heads';
import { RU_ORG_NOUNS } from '../lexicon/name-titles.ru';
import { EN_COMMERCIAL_HEADS, EN_DOCUMENT_HEADS, EN_LEGAL_DOCUMENTS, EN_ORG_HEADS, EN_PARTY_MEMBERS, EN_PUBLIC_BODY_WORDS, EN_SPOKES_HEADS } from '../lexicon/org-words.en';

/** An English plural noun as a description's head: "players", "members", "spokesmen", "parties" (not "boss",
 *  "actress", "status", nor a compound like "sergeant-at-arms"). */
const EN_PLURAL_HEAD = /^\p{Ll}{2,}(?:[^su]s|men)$/u;

// (As keys: a Russian key word is a stem, «издание» → «издан».)
const RU_ORG_NOUN_SET: ReadonlySet<string> = new Set(RU_ORG_NOUNS.flatMap((w) => keyWords(w)));

const POSSESSIVES: Readonly<Record<string, 'm' | 'f' | 'n' | 'pl' | undefined>> = { his: 'm', her: 'f', its: 'n', their: 'pl' };

/** "the city", "the province": only an organisation named so ("City of Surrey") — never just the one in focus. */
const PLACE_GOVERNMENTS = new Set(['city', 'province', 'government', 'state', 'country', 'municipality', 'district']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The head word of a description, as a descriptor key: in English its last word before a tail ("the director
 *  of operations" → director); Arabic and Russian noun phrases open with their head («спецпосланник главы …»). */
function headWord(words: string, lang: Lang): string {
  if (lang !== 'en') return descriptorWord(keyWords(words)[0] ?? '', lang);
  const cut = words.search(/\s(?:of|for|at|with|in|from|who|that)\s/i);
  const w = (cut < 0 ? words : words.slice(0, cut)).trim().split(/\s+/);
  return (w[w.length - 1] ?? '').toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N}-]/gu, '');
}

/** The test for a head word inside a name, compiled once per word (compiling a case-blind Unicode pattern
 *  cost more than the tests it was made for); the cache starts over when it grows large. */
const headWordTests = new Map<string, RegExp>();
export function headWordRegExp(head: string): RegExp {
  let re = headWordTests.get(head);
  if (!re) {
    if (headWordTests.size >= 2000) headWordTests.clear();
    re = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`, 'iu');
    headWordTests.set(head, re);
  }
  return re;
}


/** "the Kentucky Republican", "the Ontario Liberal": a capitalised place, then a party member's word. */
function placeAndParty(words: string): boolean {
  const m = /^the\s+(?:\p{Lu}[\p{Ll}.]+\s+){1,2}(\p{Lu}\p{Ll}+)$/u.exec(words);
  return !!m && EN_PARTY_MEMBERS.has(m[1].toLowerCase());
}

const POLITICIAN_WORDS = new Set(['senator', 'sen', 'leader', 'representative', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'mp', 'mla', 'mpp', 'premier', 'minister', 'mayor', 'councillor', 'president', 'speaker', 'lawmaker', 'legislator', 'candidate', 'politician']);

/** Heads of descriptions that name an office, as descriptor words (Arabic without its article). */
const OFFICE_HEADS = new Set(['minister', 'ambassador', 'mayor', 'governor', 'senator', 'premier', 'chancellor', 'وزير', 'وزيره', 'سفير', 'سفيره', 'محافظ', 'министр', 'посол', 'губернатор', 'мэр', 'премьер', 'премьер-министр', 'канцлер', 'сенатор']);

/** How far back an unnamed introduction is looked for, in characters (bounded: linear time). */
const INTRODUCTION_WINDOW = 4000;
const introductionTests = new Map<string, RegExp>();

/** Whether the text before `at` introduces someone by an indefinite noun phrase with this head ("a senior
 *  justice official", "an emergency-room doctor"). */
function introducedUnnamed(text: string, at: number, head: string): boolean {
  let re = introductionTests.get(head);
  if (!re) {
    if (introductionTests.size >= 2000) introductionTests.clear();
    re = new RegExp(`(^|[^\\p{L}])(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}${escapeRegExp(head)}(?![\\p{L}])`, 'giu');
    introductionTests.set(head, re);
  }
  const window = text.slice(Math.max(0, at - INTRODUCTION_WINDOW), at);
  re.lastIndex = 0;
  // (Not an apposition, "Guenther Schuh, an engineering professor": that one has a name.)
  for (let m = re.exec(window); m; m = re.exec(window)) if (!/,\s*$/.test(window.slice(Math.max(0, m.index - 2), m.index + m[1].length))) return true;
  return false;
}

/** "the parole board decision", "the city council report": the organisation noun before a definite document's
 *  head, if any. */
function orgModifier(words: string): string | undefined {
  // The document's head is the first document word among the first four ("the parole board decision allowing …").
  const w = /^[Tt]he((?:\s+[\p{Ll}-]+){1,4})/u.exec(words);
  if (!w) return undefined;
  const after = w[1].trim().split(/\s+/);
  const at = after.findIndex((x) => EN_DOCUMENT_HEADS.has(x));
  for (let i = at - 1; i >= 0; i--) if (EN_ORG_HEADS.has(after[i])) return after[i];
  return undefined;
}

/** The person whose full name opens the sentence after this one, as its subject, agreeing in gender; or null. */
function namedInNextSentence(ctx: SieveContext, sentence: number, gender: Gender | undefined): { speaker: SpeakerRef; end: number } | null {
  const { doc } = ctx;
  const next = doc.sentences[sentence + 1];
  if (!next || doc.paras[next.para].segment !== doc.paras[doc.sentences[sentence].para].segment) return null;
  for (let i = firstStartingAt(doc.mentions, next.start); i < doc.mentions.length && doc.mentions[i].start < next.end; i++) {
    const m = doc.mentions[i];
    if (!opensSentence(doc, m)) continue;
    const speaker = mentionSpeaker(doc, m);
    if (!speaker || speaker.kind !== 'person' || m.t1 - m.t0 < 2 || quoteIndexAt(doc, m.start) >= 0) return null;
    if (gender && (speaker.gender ?? m.gender) && (speaker.gender ?? m.gender) !== gender) return null;
    return { speaker, end: m.end };
  }
  return null;
}

/** How far ahead a description's exact words are looked for before a name, in characters (bounded). */
const LATER_WINDOW = 3000;

/** The search for a description's words before a name, compiled once per phrase (the same descriptions come back
 *  across articles); the cache starts over when it grows large. (Not global nor sticky: exec keeps no state.) */
const laterPatterns = new Map<string, RegExp>();
function laterPattern(phrase: string): RegExp {
  let re = laterPatterns.get(phrase);
  if (!re) {
    if (laterPatterns.size >= 2000) laterPatterns.clear();
    re = new RegExp(`(?<![\\p{L}])${escapeRegExp(phrase).replace(/\s+/g, '\\s+')} `, 'iu');
    laterPatterns.set(phrase, re);
  }
  return re;
}

/** The person named right after the description's own words ("the WHL commissioner" → "WHL commissioner Ron
 *  Robison") further on in the same segment; the words must hold a modifier besides the head. */
function describedLater(ctx: SieveContext, span: Span, words: string): { speaker: SpeakerRef; end: number } | null {
  const { doc } = ctx;
  const phrase = /^the\s+(\S+(?:\s+\S+){1,4})$/i.exec(words.trim())?.[1];
  if (!phrase || /[,;:"“”()]/.test(phrase)) return null;
  const from = span.end;
  const window = doc.text.slice(from, Math.min(doc.text.length, from + LATER_WINDOW));
  // (A case-blind search: lower-casing the window could change its length, and so the offsets.)
  const hit = laterPattern(phrase).exec(window);
  if (!hit) return null;
  const nameStart = from + hit.index + hit[0].length;
  const i = firstStartingAt(doc.mentions, nameStart);
  const m = i >= 0 && i < doc.mentions.length ? doc.mentions[i] : undefined;
  if (!m || m.start !== nameStart || m.t1 - m.t0 < 2 || doc.paras[doc.tokens[m.t0].para].segment !== doc.paras[doc.tokens[firstStartingAt(doc.tokens, span.start)].para].segment) return null;
  const speaker = mentionSpeaker(doc, m);
  return speaker?.kind === 'person' ? { speaker, end: m.end } : null;
}

/** Whether the article calls anyone by this descriptor word. */
function describedAs(described: ReadonlyMap<string, ReadonlySet<string>>, head: string): boolean {
  for (const words of described.values()) if (words.has(head)) return true;
  return false;
}

/** How many statements back a document named again is looked for (bounded: linear time). */
const DOCUMENT_LOOKBACK = 30;

/** The speaker credited, earlier in the same segment, with a document subject of the same head word ("the report"
 *  … "the winter railroading report"), if any. */
function sameDocumentBefore(ctx: SieveContext, i: number, head: string): SpeakerRef | null {
  const d = ctx.drafts[i];
  for (let j = i - 1; j >= Math.max(0, i - DOCUMENT_LOOKBACK); j--) {
    if (ctx.drafts[j].segment !== d.segment) return null;
    const doc = ctx.subjects[j]?.document;
    const r = ctx.resolved[j];
    if (!doc || !r?.speaker || r.attribution.sieve !== 'description') continue;
    const words = ctx.doc.text.slice(doc.start, doc.end).split(/\s+/);
    if (words[words.length - 1].toLowerCase() === head) return r.speaker;
  }
  return null;
}

export const descriptionSieve: Sieve = {
  name: 'description',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const s = ctx.subjects[i];
    const f = d.frame;
    if (!f?.subject || !s || s.anonymous) return null;
    const exclude = { start: d.start, end: d.end };
    // The description at `span` credited to `speaker` (null: an anonymous source); the evidence runs from the cue
    // and the description to `evidenceEnd` (a name further on) when given.
    const credit = (speaker: SpeakerRef | null, span: Span, kind: MentionKind, confidence: number, evidenceEnd?: number): Resolution => ({
      speaker,
      ...(speaker ? {} : { anonymous: true }),
      attribution: { sieve: this.name, confidence, mentionKind: kind, mention: textSpan(ctx.doc.text, span.start, span.end), evidence: { start: Math.min(f.cue.start, span.start), end: evidenceEnd ?? Math.max(f.cue.end, span.end) } },
    });
    const resolve = (span: Span, kind: MentionKind, q: SalienceQuery, confidence: number): Resolution | null => {
      const best = mostSalient(ctx, span.start, q);
      return best ? credit(best.referent.speaker, span, kind, confidence) : null;
    };
    // "the union's Friday release", "the agency's report": the document's possessor is a description of its issuer.
    // So is an organisation's noun among its modifiers: "the parole board decision said" → the parole board's.
    const documentWords = s.document && ctx.doc.lang === 'en' ? ctx.doc.text.slice(s.document.start, s.document.end) : '';
    const possessor = documentWords ? (/^(?:[Tt]he|[Aa])\s+([\p{Ll}-]+)['’]s\s/u.exec(documentWords)?.[1] ?? orgModifier(documentWords)) : undefined;
    if (s.orgDescription || possessor) {
      const span = s.orgDescription ?? s.document!;
      // "the union" → the organisation called a union ("International Union of Operating Engineers") even a while back.
      const head = possessor ?? headWord(ctx.doc.text.slice(span.start, span.end), ctx.doc.lang);
      const word = headWordRegExp(head);
      // Many referents share a name: the Unicode, case-blind test runs once per name.
      const tested = new Map<string, boolean>();
      const accept = (r: Referent): boolean => {
        let ok = tested.get(r.speaker.name);
        // (A capitalised head word alone, "Board" opening a heading, is the common noun, not a name.)
        if (ok === undefined) tested.set(r.speaker.name, (ok = word.test(r.speaker.name) && r.speaker.name.toLowerCase() !== head));
        return ok;
      };
      // (Only in English: the registry's canonical names are English, so «الصحيفة» cannot be looked for in them.)
      const named = ctx.doc.lang === 'en' ? resolve(span, 'description', { kind: 'org', exclude, maxSentences: 60, accept }, 0.65) : null;
      if (named || PLACE_GOVERNMENTS.has(head)) return named;
      // "the company" is no public body: not the Securities and Exchange Commission, not the Ontario Energy Board.
      const business = (r: Referent): boolean => {
        for (const w of r.speaker.name.toLowerCase().split(/[^\p{L}]+/u)) if (EN_PUBLIC_BODY_WORDS.has(w)) return false;
        return true;
      };
      return resolve(span, 'description', { kind: 'org', exclude, maxSentences: 6, accept: ctx.doc.lang === 'en' && EN_COMMERCIAL_HEADS.has(head) ? business : undefined }, 0.6);
    }
    if (s.document) {
      // "her statement said" → the woman in focus; "a statement said" → the organisation just named.
      const words = ctx.doc.text.slice(s.document.start, s.document.end).split(/\s+/);
      const owner = POSSESSIVES[words[0].toLowerCase()];
      // "written documents", "one submission", "the reports": documents of no one in particular point to nobody.
      if (!owner && ctx.doc.lang === 'en' && (!/^(?:the|a|an|this|that)$/i.test(words[0]) || /s$/.test(words[words.length - 1]))) return null;
      const q: SalienceQuery = owner === 'n' ? { kind: 'org', exclude, maxSentences: 3 } : owner === 'pl' ? { kind: 'group', exclude, maxSentences: 3 } : owner ? { kind: 'person', gender: owner, exclude } : { kind: 'org', exclude, maxSentences: 2 };
      const head = words[words.length - 1].toLowerCase();
      // "The white paper said … ¶ … the winter railroading report said": a definite document named again is the one
      // credited before, whoever has been named since.
      const earlier = !owner ? sameDocumentBefore(ctx, i, head) : null;
      // "the complaint said", "the lawsuit alleges": a court document is one party's against another, or the
      // court's — the organisation or the person in focus is as likely the other side: no one, unless the same
      // document was credited before.
      if (!owner && ctx.doc.lang === 'en' && EN_LEGAL_DOCUMENTS.has(head)) return earlier ? credit(earlier, s.document, 'description', 0.45) : null;
      const inFocus = resolve(s.document, 'description', q, 0.5);
      if (inFocus || owner) return inFocus;
      if (earlier) return credit(earlier, s.document, 'description', 0.5);
      return resolve(s.document, 'description', { kind: 'any', exclude, maxSentences: 1 }, 0.45);
    }
    if (f.plural) return null;
    const span = s.description ?? s.title;
    if (!span) return null;
    const words = ctx.doc.text.slice(span.start, span.end);
    // Only definite descriptions point back ("the official"); indefinite ones ("a doctor") introduce someone new —
    // who may be named in the very next sentence: "A Vancouver hockey coach says … ¶ Stephen Gillis said …".
    if (/^(a|an|one|some|two|three|several|many|another)\s/i.test(words)) {
      const head = headWord(words, 'en');
      if (ctx.doc.lang !== 'en' || !/^(a|an|one)\s/i.test(words) || !s.description || !PERSON_HEAD.test(words) || ANONYMOUS_WORDS.has(head) || EN_SPOKES_HEADS.has(head)) return null;
      const next = namedInNextSentence(ctx, f.sentence, f.gender);
      if (!next) return null;
      return credit(next.speaker, span, 'description', 0.45, next.end);
    }
    // «وقال الأخير إن …» ("the latter said"): the person named last before the cue, in this or the previous
    // sentence, of the verb's gender — not the one most in focus.
    if (ctx.doc.lang === 'ar' && /^(?:الاخير|الاخيره)$/u.test(keyWords(words)[0] ?? '')) {
      const prev = ctx.doc.sentences[Math.max(0, f.sentence - 1)];
      const named = personMentionsBefore(ctx.doc, prev.start, f.cue.start).reverse().find((p) => {
        const g = genderOf(p.speaker, ctx);
        return !f.gender || !g || g === f.gender;
      });
      return named ? credit(named.speaker, span, 'description', 0.6) : null;
    }
    // "the mayor" → the person the article called mayor, however far back.
    const head = headWord(words, ctx.doc.lang);
    // "the players say", "Board members noted": a plural description is a group, never one person in focus (the verb
    // does not tell: "say" is plural and first-person alike).
    if (ctx.doc.lang === 'en' && EN_PLURAL_HEAD.test(head) && !ANONYMOUS_WORDS.has(head)) return null;
    const described = descriptorsOf(ctx.doc);
    // (A search of the whole article for someone nobody is called so would find no one: it runs only when someone is.)
    // (A registry role's title, «الرئيس الروسي» on an undated page, is only someone who may hold that role: not
    // Lavrov, whom another title calls «رئيس الدبلوماسية الروسية».)
    const roleOf = s.title?.role;
    const holds = (r: Referent) => !roleOf || !r.speaker.id || ctx.doc.registry.rolesOf(r.speaker.id).some((h) => h.role.id === roleOf.id);
    const byDescriptor = describedAs(described, head) ? resolve(span, s.title ? 'title' : 'description', { kind: 'person', gender: f.gender, exclude, maxSentences: 40, accept: (r) => !!described.get(r.key)?.has(head) && holds(r) }, 0.6) : null;
    if (byDescriptor) return byDescriptor;
    // "the WHL commissioner said …" and later "WHL commissioner Ron Robison said": the same words before a name.
    const later = ctx.doc.lang === 'en' ? describedLater(ctx, span, words) : null;
    if (later) return credit(later.speaker, span, s.title ? 'title' : 'description', 0.5, later.end);
    // "A justice official briefed reporters … the official said": the description of a source points back to
    // the one the article introduced without a name — kept anonymous, not the person in focus.
    if (ctx.doc.lang === 'en' && ANONYMOUS_WORDS.has(head) && introducedUnnamed(ctx.doc.text, span.start, head)) {
      return credit(null, span, 'description', 0.6);
    }
    // «Издание отметило …», «Ведомство сообщило …»: a Russian organisation's noun alone is the organisation in focus.
    if (ctx.doc.lang === 'ru' && s.description && RU_ORG_NOUN_SET.has(head) && keyWords(words).length === 1) return resolve(span, 'description', { kind: 'org', exclude, maxSentences: 3 }, 0.55);
    // Only a person's description points to a person: "the official", "the 26-year-old", not "the agency" —
    // nor a party alone; but a place and a party ("the Kentucky Republican") describe a politician.
    if (s.description && !PERSON_HEAD.test(words) && !(ctx.doc.lang === 'en' && placeAndParty(words))) return null;
    // "the lawyer for Animal Protection Services", "the director of the Ottawa clinic": a description tied to a
    // named organisation introduces its holder; only one already called so (above) is someone in focus.
    if (ctx.doc.lang === 'en' && /\s(?:of|for|at|with|from)\s+(?:the\s+)?(?:[ae]l-)?\p{Lu}/u.test(words)) return null;
    // (A politician is someone the registry knows or the article gave a title: not "Covington Catholic".)
    const politician = s.description && !PERSON_HEAD.test(words) ? (r: Referent) => r.speaker.registered || [...(described.get(r.key) ?? [])].some((w) => POLITICIAN_WORDS.has(w)) : undefined;
    // An office («الوزير», "the ambassador», «министр») is not a registry person whose known roles are other
    // offices: «وبين الوزير» after President Zelensky is not Zelensky. (People the registry gives no roles, and
    // unregistered ones, may hold it.)
    const office = OFFICE_HEADS.has(head) ? (r: Referent) => !r.speaker.id || !ctx.doc.registry.rolesOf(r.speaker.id).length || !!described.get(r.key)?.has(head) : undefined;
    // A registry role's title is nobody the registry knows to hold other roles only: «المتحدث باسم البيت الأبيض»
    // on an undated page is not Putin, the person in focus.
    const mayHold = roleOf ? holds : undefined;
    return resolve(span, s.title ? 'title' : 'description', { kind: 'person', gender: f.gender, exclude, maxSentences: 4, accept: politician ?? mayHold ?? office }, 0.5);
  },
};
