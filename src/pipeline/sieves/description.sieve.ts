// Sieve 7: a definite description points back to the referent in focus — "the 26-year-old said" → the
// person just named, «تابع الرئيس المنتخب» → the president-elect in focus; "the agency told" → the
// organisation in focus; "the statement said" → whoever issued it, the speaker just before.

import { textSpan } from '../frames/frame';
import { mostSalient } from './salience';
import type { Referent, SalienceQuery } from './salience';
import type { Resolution, Sieve } from './sieve';
import type { Lang, MentionKind, Span } from '../types';
import { keyWords } from '../mentions/match-key';
import { descriptorsOf } from './descriptors';
import { ANONYMOUS_WORDS } from '../lexicon/anonymous';
import { EN_DOCUMENT_HEADS, EN_ORG_HEADS } from '../lexicon/org-words.en';

const POSSESSIVES: Readonly<Record<string, 'm' | 'f' | 'n' | 'pl' | undefined>> = { his: 'm', her: 'f', its: 'n', their: 'pl' };

/** "the city", "the province": only an organisation named so ("City of Surrey") — never just the one in focus. */
const PLACE_GOVERNMENTS = new Set(['city', 'province', 'government', 'state', 'country', 'municipality', 'district']);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The head word of a description, as a descriptor key: in English its last word before a tail ("the director
 *  of operations" → director); Arabic and Russian noun phrases open with their head («спецпосланник главы …»). */
function headWord(words: string, lang: Lang): string {
  if (lang !== 'en') return keyWords(words)[0] ?? '';
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

export const PERSON_HEAD = /(?:official|spokes(?:man|woman|person)|minister|president|secretary|coach|defen[cs]eman|wing(?:er)?|forward|goalie|goaltender|player|doctor|physician|chief|director|manager|leader|mayor|premier|senator|ambassador|envoy|diplomat|lawyer|attorney|officer|executive|ceo|chair(?:man|woman)?|founder|owner|analyst|economist|professor|year-old|veteran|captain|rookie|star|mother|father|woman|man|girl|boy|husband|wife|politician|lawmaker|legislator|candidate|strategist|researcher|scientist|author|activist|organi[sz]er|councillor|judge|prosecutor|politician|resident|student|teacher|nurse|artist|writer|singer|actor|actress|farmer|driver|neighbou?r|volunteer|employee|worker|parent|daughter|son|sister|brother|grandmother|grandfather|المسؤول|المتحدث|المتحدثة|الوزير|الرئيس|السفير|المبعوث|الدبلوماسي|официальный|представитель|министр|президент|посол|спецпосланник|глава)(?![\p{L}])/iu;

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
  const w = /^the\s+((?:[\p{Ll}-]+\s+){1,3})([\p{Ll}-]+)/u.exec(words);
  if (!w || !EN_DOCUMENT_HEADS.has(w[2])) return undefined;
  const mods = w[1].trim().split(/\s+/);
  for (let i = mods.length - 1; i >= 0; i--) if (EN_ORG_HEADS.has(mods[i])) return mods[i];
  return undefined;
}

/** Whether the article calls anyone by this descriptor word. */
function describedAs(described: ReadonlyMap<string, ReadonlySet<string>>, head: string): boolean {
  for (const words of described.values()) if (words.has(head)) return true;
  return false;
}

export const descriptionSieve: Sieve = {
  name: 'description',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const s = ctx.subjects[i];
    const f = d.frame;
    if (!f?.subject || !s || s.anonymous) return null;
    const exclude = { start: d.start, end: d.end };
    const resolve = (span: Span, kind: MentionKind, q: SalienceQuery, confidence: number): Resolution | null => {
      const best = mostSalient(ctx, span.start, q);
      if (!best) return null;
      return {
        speaker: best.referent.speaker,
        attribution: { sieve: this.name, confidence, mentionKind: kind, mention: textSpan(ctx.doc.text, span.start, span.end), evidence: { start: Math.min(f.cue.start, span.start), end: Math.max(f.cue.end, span.end) } },
      };
    };
    // "the union's Friday release", "the agency's report": the document's possessor is a description of its issuer.
    // So is an organisation's noun among its modifiers: "the parole board decision said" → the parole board's.
    const documentWords = s.document && ctx.doc.lang === 'en' ? ctx.doc.text.slice(s.document.start, s.document.end) : '';
    const possessor = documentWords ? (/^(?:the|a)\s+([\p{Ll}-]+)['’]s\s/u.exec(documentWords)?.[1] ?? orgModifier(documentWords)) : undefined;
    if (s.orgDescription || possessor) {
      const span = s.orgDescription ?? s.document!;
      // "the union" → the organisation called a union ("International Union of Operating Engineers") even a while back.
      const head = possessor ?? headWord(ctx.doc.text.slice(span.start, span.end), ctx.doc.lang);
      const word = headWordRegExp(head);
      // Many referents share a name: the Unicode, case-blind test runs once per name.
      const tested = new Map<string, boolean>();
      const accept = (r: Referent): boolean => {
        let ok = tested.get(r.speaker.name);
        if (ok === undefined) tested.set(r.speaker.name, (ok = word.test(r.speaker.name)));
        return ok;
      };
      const named = resolve(span, 'description', { kind: 'org', exclude, maxSentences: 30, accept }, 0.65);
      if (named || PLACE_GOVERNMENTS.has(head)) return named;
      return resolve(span, 'description', { kind: 'org', exclude, maxSentences: 6 }, 0.6);
    }
    if (s.document) {
      // "her statement said" → the woman in focus; "a statement said" → the organisation just named.
      const owner = POSSESSIVES[ctx.doc.text.slice(s.document.start, s.document.end).split(/\s+/)[0].toLowerCase()];
      const q: SalienceQuery = owner === 'n' ? { kind: 'org', exclude, maxSentences: 3 } : owner === 'pl' ? { kind: 'group', exclude, maxSentences: 3 } : owner ? { kind: 'person', gender: owner, exclude } : { kind: 'org', exclude, maxSentences: 2 };
      return resolve(s.document, 'description', q, 0.5) ?? (owner ? null : resolve(s.document, 'description', { kind: 'any', exclude, maxSentences: 1 }, 0.45));
    }
    if (f.plural) return null;
    const span = s.description ?? s.title;
    if (!span) return null;
    const words = ctx.doc.text.slice(span.start, span.end);
    // Only definite descriptions point back ("the official"); indefinite ones ("a doctor") introduce someone new.
    if (/^(a|an|one|some|two|three|several|many|another)\s/i.test(words)) return null;
    // "the mayor" → the person the article called mayor, however far back.
    const head = headWord(words, ctx.doc.lang);
    const described = descriptorsOf(ctx.doc);
    // (A search of the whole article for someone nobody is called so would find no one: it runs only when someone is.)
    const byDescriptor = describedAs(described, head) ? resolve(span, s.title ? 'title' : 'description', { kind: 'person', gender: f.gender, exclude, maxSentences: 40, accept: (r) => !!described.get(r.key)?.has(head) }, 0.6) : null;
    if (byDescriptor) return byDescriptor;
    // "A justice official briefed reporters … the official said": the description of a source points back to
    // the one the article introduced without a name — kept anonymous, not the person in focus.
    if (ctx.doc.lang === 'en' && ANONYMOUS_WORDS.has(head) && introducedUnnamed(ctx.doc.text, span.start, head)) {
      return { speaker: null, anonymous: true, attribution: { sieve: this.name, confidence: 0.6, mentionKind: 'description', mention: textSpan(ctx.doc.text, span.start, span.end), evidence: { start: Math.min(f.cue.start, span.start), end: Math.max(f.cue.end, span.end) } } };
    }
    // Only a person's description points to a person: "the official", "the 26-year-old", not "the agency".
    if (s.description && !PERSON_HEAD.test(words)) return null;
    // "the lawyer for Animal Protection Services", "the director of the Ottawa clinic": a description tied to a
    // named organisation introduces its holder; only one already called so (above) is someone in focus.
    if (ctx.doc.lang === 'en' && /\s(?:of|for|at|with|from)\s+(?:the\s+)?\p{Lu}/u.test(words)) return null;
    return resolve(span, s.title ? 'title' : 'description', { kind: 'person', gender: f.gender, exclude, maxSentences: 4 }, 0.5);
  },
};
