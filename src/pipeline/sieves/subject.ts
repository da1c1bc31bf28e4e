// Reads a frame's subject words: who is named (a registry person, an unregistered name, a role title, an
// organisation), or only a pronoun, an anonymous source, or a description.
// «المتحدث باسم الكرملين دميتري بيسكوف» → person Peskov (title in apposition); "the official" → description.

import type { Doc } from '../frames/frame';
import { tokensIn } from '../frames/frame';
import { byLastWord, fullMention, nameKey } from './named-subject.sieve';
import { ANONYMOUS_WORDS, SUBJECT_PRONOUNS } from '../lexicon/anonymous';
import type { Mention } from '../mentions/find-mentions';
import { arabicClitics } from '../mentions/match-key';
import { AR_ADVERBIALS, AR_DOCUMENT_NOUNS } from '../lexicon/speech-verbs.ar';
import { AR_GIVEN_NAMES, AR_OUTLET_HEADS, AR_TITLE_WORDS, arabicPrefixedWord } from '../lexicon/names.ar';
import type { Token } from '../segment/tokens';
import { foldLetters } from '../normalize/text';
import { EN_DOCUMENT_HEADS, EN_ORG_HEADS, EN_SPOKES_HEADS } from '../lexicon/org-words.en';
import { isCommonWord } from '../lexicon/english-lexicon';

// ("a statement released by …", "a release sent to media from …": a reduced relative after the head ends it too.)
const NP_END = new Set(['quoted', 'cited', 'by', 'familiar', 'with', 'who', 'from', 'at', 'in', 'close', 'to', 'speaking', 'briefed', 'released', 'issued', 'sent', 'posted', 'published', 'filed', 'distributed']);
/** Adverbs that may open a subject's words without being part of it: «كما», "Later the company said". */
const ADVERBIAL_WORDS = new Set([...AR_ADVERBIALS.map(foldLetters), 'later', 'earlier', 'meanwhile', 'separately', 'previously', 'recently', 'instead', 'subsequently', 'afterwards', 'finally']);
import type { Span } from '../types';
import { firstStartingAt } from '../segment/search';
import { isOutletNoun, quoteIndexAt } from '../frames/common';

export interface SubjectReading {
  person?: Mention;
  name?: Mention;
  title?: Mention;
  org?: Mention;
  pronoun?: { span: Span; gender: 'm' | 'f' | 'pl' | 'n' };
  anonymous?: boolean;
  /** Words that describe rather than name ("the official", «أحد المراسلين»). */
  description?: Span;
  /** Arabic words in subject position that no lexicon knows and that read as a name (no article). */
  arabicName?: Span;
  /** "Trudeau's office said", "the Trump campaign said": a person's office or campaign speaks for them, as an
   *  organisation of its own named after them. */
  office?: { span: Span; owner: Mention; noun: string };
  /** An Arabic outlet no registry knows, named by its kind and its words («صحيفة الأخبار اللبنانية»). */
  arabicOutlet?: Span;
  /** An outlet no registry knows, named in quote marks, with or without its kind's noun: «وذكرت "الوطن"»,
   *  «Газета «Северный вестник» сообщила»; the span is the words inside the marks. */
  quotedOutlet?: Span;
  /** A definite description of an organisation ("the company", "the agency"): the organisation in focus. */
  orgDescription?: Span;
  /** A document with no issuer named ("a statement said", "the report found"): the speaker in focus issued it. */
  document?: Span;
}

export function readSubject(doc: Doc, span: Span): SubjectReading {
  // "The TASS news agency quoted Dmitry Peskov as saying": the agency relays; the one quoted speaks.
  if (doc.lang === 'en') {
    // ("officials quoted by Axios" is the passive: the officials speak.)
    const words = tokensIn(doc, span);
    const at = words.findIndex((w) => RELAY_WORDS.has(w.key));
    const relay = at >= 0 && words[at + 1]?.key !== 'by' ? words[at] : undefined;
    if (relay && mentionsIn(doc, { start: relay.end, end: span.end }).length) span = trimSpanStart(doc, relay.end, span.end);
  }
  // «Reuters со ссылкой на источники», «РИА Новости со ссылкой на пресс-службу Кремля»: the outlet relays; the one
  // it cites speaks (an anonymous source stays one).
  if (doc.lang === 'ru') {
    const cited = /со\s+ссылкой\s+на\s+/iu.exec(doc.text.slice(span.start, span.end));
    if (cited && span.start + cited.index + cited[0].length < span.end) span = trimSpanStart(doc, span.start + cited.index + cited[0].length, span.end);
  }
  // "A Pentagon spokeswoman, who asked not to be named, said": whoever asks for anonymity is an anonymous source.
  // (A person the text names is no anonymous source, whatever the aside says.)
  if (doc.lang === 'en' && UNNAMED_ASIDE.test(doc.text.slice(span.end, span.end + 120)) && !mentionsIn(doc, span).some((m) => m.end === span.end && (m.kind === 'name' || (m.kind === 'unregistered' && !m.org && !m.place)))) return { anonymous: true };
  // "A spokeswoman for Trudeau said": an unnamed spokesperson of a person is not that person (of an
  // organisation, it is the organisation: read below).
  if (doc.lang === 'en') {
    const m = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:spokesperson|spokesman|spokeswoman|representative)\s+(?:for|of)\s+/iu.exec(doc.text.slice(span.start, span.end));
    if (m) {
      const owner = mentionsIn(doc, { start: span.start + m[0].length, end: span.end })[0];
      // ("A spokesperson for the finance minister": a person's title too.)
      const titled = owner?.kind === 'title' || (!owner && /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:minister|premier|president|mayor|senator|governor|prime\s+minister|secretary|leader|chancellor)(?![\p{L}])/iu.test(doc.text.slice(span.start + m[0].length, span.end)));
      // ("A spokeswoman for Prime Minister Mark Carney": past the title's capitalised words.)
      const atOwner = !!owner && /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(doc.text.slice(span.start + m[0].length, owner.start));
      if ((owner && atOwner && ((owner.kind === 'name' && owner.entry?.kind === 'person') || (owner.kind === 'unregistered' && !owner.org && !owner.place && owner.t1 - owner.t0 >= 1 && !!owner.gender))) || titled) return { anonymous: true };
    }
  }
  // "A disaster agency official in Banten province named Jhony told reporters": the description names its person.
  if (doc.lang === 'en') {
    const last = mentionsIn(doc, span).pop();
    if (last && last.end === span.end && /\s(?:named|called)\s+$/.test(doc.text.slice(Math.max(span.start, last.start - 8), last.start)) && (last.kind === 'name' || (last.kind === 'unregistered' && !last.org && !last.place))) {
      return last.kind === 'name' ? { person: last } : { name: last };
    }
  }
  // "A statement e-mailed to The Globe by Reagan Ruslim said": a document by someone is theirs.
  if (doc.lang === 'en') {
    const w = tokensIn(doc, span);
    const d = w.findIndex((x, k) => k <= 3 && EN_DOCUMENT_HEADS.has(x.key));
    const by = d > 0 && /^(?:a|an|the|this|his|her|its|their)$/.test(w[0].key) ? issuedBy(doc, span, mentionsIn(doc, span)) : undefined;
    if (by) return by.kind === 'org' ? { org: by } : by.kind === 'name' ? { person: by } : { name: by };
  }
  if (doc.lang !== 'en') {
    const quoted = quotedOutlet(doc, span);
    if (quoted) return { quotedOutlet: quoted };
  }
  const out: SubjectReading = {};
  // A possessor is not the speaker: "the Russian president's press secretary" is the secretary. Nor, in English,
  // is a name in a prepositional tail: "Tim Guest with the Nova Scotia Health Authority" is Tim Guest.
  const tail = doc.lang === 'en' ? postmodifierStart(doc, span) : span.end;
  const ms = mentionsIn(doc, span).filter((m) => m.end <= tail && !m.place && !/\b(?:titled|entitled)\s+$/i.test(doc.text.slice(Math.max(0, m.start - 10), m.start)) && ((!/^['’]s\b/.test(doc.text.slice(m.end, m.end + 3)) && !/['’]s$/.test(doc.tokens[m.t1 - 1].text)) || possessorAlone(doc, span, m)));
  // «источник РИА Новости», «источники Reuters в Кремле»: a Russian unnamed source with the outlet it spoke to.
  if (doc.lang === 'ru') {
    const first = tokensIn(doc, span)[0];
    if (first && ANONYMOUS_WORDS.has(first.key) && doc.mentionOfToken[tokensIndex(doc, first)] < 0 && ms.length > 0 && ms.every((m) => m.kind === 'org' || (m.kind === 'unregistered' && m.org))) return { anonymous: true };
  }
  // «пресс-служба Кремля», «пресс-службу МИД России»: an organisation's press service speaks for it.
  if (doc.lang === 'ru') {
    const first = tokensIn(doc, span)[0];
    const org = ms.find((m) => m.kind === 'org');
    if (first && org && /^пресс-служб/u.test(first.key) && first.end <= org.start) return { org };
  }
  // «спецпосланник главы Белого дома»: a person noun before a title in the genitive is that title-holder's
  // envoy, not the title-holder (Russian noun phrases open with their head).
  if (doc.lang === 'ru' && ms.length && ms.every((m) => m.kind === 'title' || m.kind === 'org')) {
    const first = tokensIn(doc, span)[0];
    // (Capitalised only as a sentence's first word: «Спецпосланник президента США в интервью … заявил».)
    const opening = first && first.start === doc.sentences[doc.sentenceOfToken[tokensIndex(doc, first)]].start;
    if (first && doc.mentionOfToken[tokensIndex(doc, first)] < 0 && (/^\p{Ll}/u.test(first.text) || (opening && RU_PERSON_NOUN.test(first.key))) && first.end <= ms[0].start) {
      return { description: { start: first.start, end: span.end } };
    }
  }
  for (const m of ms) {
    // A lone registry surname ("Powell") is the article's own "Norman Powell" when the article names one.
    if (m.kind === 'name' && m.t1 - m.t0 === 1 && hasLocalFullName(doc, m)) {
      if (!out.name) out.name = { ...m, kind: 'unregistered', entry: undefined };
      continue;
    }
    if (m.kind === 'name' && !out.person) out.person = m;
    // («Губернатор Белгородской области Вячеслав Гладков»: in Russian the full name after a one-word one.)
    else if (m.kind === 'unregistered' && (!out.name || (doc.lang === 'ru' && out.name.t1 - out.name.t0 === 1 && m.t1 - m.t0 >= 2 && !m.org))) out.name = m;
    else if (m.kind === 'title' && !out.title) out.title = m;
    else if (m.kind === 'org' && !out.org) out.org = m;
  }
  // English heads come last: "Sharks head coach Peter DeBoer" — the last unregistered name is the speaker.
  const names = ms.filter((m) => m.kind === 'unregistered');
  // («Анна Петрова и Игорь Смирнов рассказали»: the same pair in Russian, joined by «и».)
  if (names.length > 1 && doc.lang === 'ru') {
    const [x, y] = names.slice(-2);
    if (/^\s+и\s+$/u.test(doc.text.slice(x.end, y.start)) && !out.person) out.name = { ...y, start: x.start, t0: x.t0, text: doc.text.slice(x.start, y.end) };
  }
  if (names.length > 1 && doc.lang === 'en') {
    const [x, y] = names.slice(-2);
    // "owners Tore Sohlberg and Lehla Abreder said": both speak.
    // Surnames are written out with the full names the article gave them: "Sandmann and Phillips" → "Nick
    // Sandmann and Nathan Phillips".
    out.name = /^\s+and\s+$/.test(doc.text.slice(x.end, y.start)) && !out.person
      ? { ...y, start: x.start, t0: x.t0, text: x.t1 - x.t0 === 1 || y.t1 - y.t0 === 1 ? `${fullMention(doc, x).text} and ${fullMention(doc, y).text}` : doc.text.slice(x.start, y.end) }
      : y;
  }
  // «— подчеркнула дипломат» after Zakharova: a lone singular «дипломат» is a description of the person in focus
  // (Russian has no article to tell "a diplomat" from "the diplomat"); plural «дипломаты» stay anonymous.
  if (doc.lang === 'ru') {
    const only = tokensIn(doc, span);
    if (only.length === 1 && only[0].key === 'дипломат') return { description: { start: only[0].start, end: only[0].end } };
  }
  // «وقال الأخير» ("the latter"): a description of its own (the word is an adverbial elsewhere: «الأسبوع الأخير»).
  if (doc.lang === 'ar') {
    const only = tokensIn(doc, span);
    if (only.length === 1 && /^(?:الاخير|الاخيره)$/u.test(only[0].key)) return { description: { start: only[0].start, end: only[0].end } };
  }
  const words = tokensIn(doc, span).slice(0, 12).filter((w) => !ADVERBIAL_WORDS.has(w.key));
  // «المتحدث باسم حركة حماس حازم قاسم», «أستاذ العلوم السياسية في جامعة القاهرة حسن نافعة»: words without the
  // article after the last mention of an organisation, a place or a title are the person's name in apposition.
  if (doc.lang === 'ar' && !out.person && !out.name && ms.length && !isArabicAnonymousHead(words[0]?.key ?? '')) {
    const all = tokensIn(doc, span);
    const last = ms[ms.length - 1];
    const tail = all.filter((w) => w.start >= last.end);
    if (tail.length >= 2 && tail.length <= 3 && tail.every((w) => !arabicPrefixedWord(w.key) && w.key.length >= 3 && !ADVERBIAL_WORDS.has(w.key) && !NAME_BREAKERS.has(w.key)) && /^\s+$/.test(doc.text.slice(last.end, tail[0].start))) {
      return { arabicName: { start: tail[0].start, end: tail[tail.length - 1].end } };
    }
  }
  // «مصدر في الكرملين», «مسؤولون في البيت الأبيض», «مصدر مقرب من الحكومة»: an unnamed source placed in an
  // organisation is still unnamed — the organisation after the preposition is not the speaker.
  if (doc.lang === 'ar' && words.length >= 2 && !out.person && !out.name && !out.title && isArabicAnonymousHead(words[0].key) && doc.mentionOfToken[tokensIndex(doc, words[0])] < 0) {
    // (The preposition is looked for among all the words: «في» is also an adverbial's and filtered above.)
    const all = tokensIn(doc, span);
    const p = all.findIndex((w, i) => i > 0 && AR_SOURCE_PREPOSITIONS.has(w.key));
    if (p > 0 && ms.some((m) => m.start >= all[p].end)) return { anonymous: true };
  }
  // "two Trump administration officials said": an English noun phrase is its last word — before any
  // "quoted by X" / "familiar with Y" that follows it.
  const cut = doc.lang === 'en' ? words.findIndex((w, i) => i > 0 && NP_END.has(w.key)) : -1;
  const head = words[(cut > 0 ? cut : words.length) - 1];
  if (doc.lang === 'en' && head && !/^\p{Lu}/u.test(head.text) && doc.mentionOfToken[tokensIndex(doc, head)] < 0 && !SUBJECT_PRONOUNS[words[0].key] && !SUBJECT_PRONOUNS[head.key] && !isCommonWord(head.key)) {
    const common = commonHead(doc, span, words, head);
    if (common) return common;
  }
  if (doc.lang === 'en' && head && ANONYMOUS_WORDS.has(head.key) && doc.mentionOfToken[words.length - 1 >= 0 ? tokensIndex(doc, head) : 0] < 0) {
    const definite = words[0].key === 'the' && !/s$/.test(head.key);
    if (!definite) return { anonymous: true };
  }
  if (!ms.length || (!out.person && !out.name)) {
    const first = words[0];
    if (first) {
      const p = SUBJECT_PRONOUNS[first.key];
      if (p && words.length <= 2) out.pronoun = { span: { start: first.start, end: first.end }, gender: p };
    }
    const anonymousWord = words.some((w) => ANONYMOUS_WORDS.has(w.key) || arabicClitics(w.key).some((v) => ANONYMOUS_WORDS.has(v)));
    // "the official said" points back to someone named; "an official" / "officials" / "a source" name nobody.
    const definiteSingular = doc.lang === 'en' && words[0]?.key === 'the' && !/s$/.test(words[words.length - 1]?.key ?? '');
    if (!out.pronoun && !out.title && !out.org && anonymousWord && !definiteSingular) out.anonymous = true;
    if (!out.pronoun && !out.anonymous && !out.org && words.length) {
      // «وقالت الصحيفة»: the outlet in focus, as "the agency said".
      // («وقالت الحركة», «وأضاف الجيش»: so is an institution's noun with the article.)
      if (doc.lang === 'ar' && words.length === 1 && words[0].key.startsWith('ال') && (OUTLET_HEADS.has(words[0].key.slice(2)) || INSTITUTION_HEADS.has(words[0].key) || INSTITUTION_HEADS.has(words[0].key.slice(2)))) return { orgDescription: { start: words[0].start, end: words[0].end } };
      // («وأشار التقرير إلى …», «وجاء في البيان أن …»: a document with the article, its issuer in focus.)
      if (doc.lang === 'ar' && words.length === 1 && AR_DOCUMENT_HEADS.has(words[0].key)) return { document: { start: words[0].start, end: words[0].end } };
      const outlet = doc.lang === 'ar' ? arabicOutlet(words) : null;
      // (Not words inside the title found: «الأمين العام لحلف الناتو» is a title, «لحلف الناتو» no name.)
      const arName = doc.lang === 'ar' ? arabicName(doc, words) : null;
      const name = outlet ?? (arName && !(out.title && arName.start < out.title.end && arName.end > out.title.start) ? arName : null);
      if (outlet) out.arabicOutlet = outlet;
      else if (name) out.arabicName = name;
      else if (!out.title) out.description = { start: words[0].start, end: words[words.length - 1].end };
    }
  }
  return out;
}

/** An English subject whose head is a common noun: the names in it only modify it. "Brexit backers",
 *  "a Vancouver hockey coach" describe; "the RCMP statement", "Foster's book", "a release from UFCW Local 832"
 *  are their issuer's; "a Freedom Mobile spokesperson" speaks for Freedom Mobile; "the agency" points back. */
function commonHead(doc: Doc, span: Span, words: readonly Token[], head: Token): SubjectReading | null {
  const key = head.key.replace(/['’]s$/, '');
  const all = mentionsIn(doc, span);
  // "Trudeau's office", "the Trump campaign": a person's name as the possessor or modifier of an office noun.
  // ("Israeli Prime Minister Benjamin Netanyahu's office": the owner's title may stand before the name.)
  const titled = words.length > 5 && all[0]?.kind === 'title' && all[0].start === words[0].start;
  if (OFFICE_NOUNS.has(key) && (words.length <= 5 || titled)) {
    const owner = all.find((m) => (m.kind === 'name' && m.entry?.kind === 'person') || (m.kind === 'unregistered' && !m.org && !m.place));
    const between = owner ? doc.text.slice(owner.end, head.start) : '';
    const fromTitle = !titled || (owner && !/\S/.test(doc.text.slice(all[0].end, owner.start)) && owner.t1 - owner.t0 <= 4);
    if (owner && fromTitle && /^(?:['’]s)?\s+$/.test(between)) return { office: { span: { start: words[0].start, end: head.end }, owner, noun: key } };
  }
  const owner = (orgOnly: boolean) => all.find((m) => (m.kind === 'org' || (m.kind === 'unregistered' && m.org)) || (!orgOnly && (m.kind === 'name' || (m.kind === 'unregistered' && !m.place))));
  const issuer = (m: Mention | undefined): SubjectReading => {
    if (!m) return { document: { start: words[0].start, end: head.end } };
    if (m.kind === 'org') return { org: m };
    if (m.kind === 'name') return { person: m };
    return { name: m };
  };
  // "A statement e-mailed to The Globe by Reagan Ruslim": the one it is by issued it, not the one it went to.
  if (EN_DOCUMENT_HEADS.has(key)) return issuer(issuedBy(doc, span, all) ?? owner(false));
  if (EN_SPOKES_HEADS.has(key)) {
    const o = owner(true);
    if (o) return issuer(o);
  }
  const definite = words[0].key === 'the' || words[0].key === 'this';
  // "North Korea's state-run KCNA news agency", "the Xinhua news agency": an organisation named right before
  // the organisation noun (a lower-case word between at most) is that organisation.
  if (EN_ORG_HEADS.has(key)) {
    const named = [...all].reverse().find((m) => (m.kind === 'org' || (m.kind === 'unregistered' && m.org)) && !/['’]s$/.test(doc.text.slice(m.start, m.end + 2)));
    if (named && /^\s+(?:\p{Ll}+\s+){0,2}$/u.test(doc.text.slice(named.end, head.start))) return named.kind === 'org' ? { org: named } : { name: named };
  }
  if (EN_ORG_HEADS.has(key) && definite && words.length <= 4) return { orgDescription: { start: words[0].start, end: head.end } };
  if (!all.length) return null;
  // The names are modifiers: what remains is a description (or an anonymous source), read as usual below.
  if (ANONYMOUS_WORDS.has(key) && !definite) return { anonymous: true };
  return { description: { start: words[0].start, end: head.end } };
}

const NOT_AUTHOR_BY = /(?:obtained|seen|reviewed|received|viewed|leaked|quoted|cited|reported|acquired|shared|posted)\s+(?:\S+\s+){0,2}by\s+(?:the\s+)?$/i;

/** The name right after "by" in a document's words ("… by Reagan Ruslim"), if any. */
function issuedBy(doc: Doc, span: Span, all: readonly Mention[]): Mention | undefined {
  // (Not who came by it: "the memo obtained by The Globe", "a letter seen by Reuters".)
  return all.find((m) => m.kind !== 'title' && /\sby\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(span.start, m.start - 8), m.start)) && !NOT_AUTHOR_BY.test(doc.text.slice(Math.max(span.start, m.start - 30), m.start)));
}

const GIVEN = new Set(AR_GIVEN_NAMES.map(foldLetters));
const TITLE_HEADS = new Set(AR_TITLE_WORDS.map(foldLetters));
const arabicNames = new WeakMap<Doc, Map<string, Span>>();

/** An unregistered person in Arabic subject words: from a given name to the end («رئيس البلدية أحمد
 *  الزعبي» → أحمد الزعبي), or two or more trailing words without the article after a title («الناشطة سلمى
 *  خليل»), or a surname already met in the article («الزعبي»). */
const OUTLET_HEADS = new Set(AR_OUTLET_HEADS.map(foldLetters));
/** Russian nouns for a person acting for someone (an envoy, an aide, a deputy): «спецпосланник главы …». */
const RU_PERSON_NOUN = /^(?:спецпосланник|посланник|советник|помощник|заместитель|замглавы|представитель|спецпредставитель|пресс-секретарь|посол|сын|дочь|супруга|жена|муж|брат|сестра|адвокат)$/u;
/** "Key points from Rubio's remarks:": a possessive name that is the whole subject (its head noun was read as the
 *  cue) is the speaker. */
function possessorAlone(doc: Doc, span: Span, m: Mention): boolean {
  return doc.lang === 'en' && m.start <= span.start + 1 && !/\S/.test(doc.text.slice(m.end, span.end).replace(/^['’]s/, ''));
}

/** Arabic documents with the article: «البيان», «التقرير», «الرسالة». */
const AR_DOCUMENT_HEADS = new Set(AR_DOCUMENT_NOUNS.map((n) => foldLetters(`ال${n}`)));

/** Nouns for the people who speak for a person: their office, their campaign. */
const OFFICE_NOUNS = new Set(['office', 'campaign']);
const AR_SOURCE_PREPOSITIONS = new Set(['في', 'من', 'داخل', 'لدى', 'بوزارة', 'بالحكومة'].map(foldLetters));

/** An Arabic word for an unnamed source, with or without the article («مصدر», «المسؤول», «مسؤولون»). */
/** The words inside the marks when a subject is an outlet's short name in quote marks, alone or after its kind's
 *  noun, with no registry entry inside (those are read as organisations); else null. */
function quotedOutlet(doc: Doc, span: Span): Span | null {
  // (The subject may be the words inside the marks, «وذكرت "الوطن"», or hold the marks.)
  const around = quoteIndexAt(doc, span.start);
  const at = around >= 0 ? around : firstStartingAt(doc.quotes, span.start);
  const q = at < doc.quotes.length ? doc.quotes[at] : undefined;
  if (!q || q.unclosed || q.start >= span.end || q.innerEnd - q.innerStart > 40) return null;
  const inner = doc.text.slice(q.innerStart, q.innerEnd).trim();
  if (!inner || inner.split(/\s+/).length > 4 || /[.!?؟،,:;]$/.test(inner)) return null;
  // Only the kind's noun (and a conjunction glued to it) may stand before the marks; nothing after them.
  const lead = q.start > span.start ? doc.text.slice(span.start, q.start).trim() : '';
  if (lead && !isOutletNoun(lead)) return null;
  if (span.end > q.end && doc.text.slice(q.end, span.end).trim()) return null;
  if (mentionsIn(doc, { start: q.innerStart, end: q.innerEnd }).some((m) => m.kind === 'org' || m.kind === 'name')) return null;
  return trimSpanStart(doc, q.innerStart, q.innerEnd);
}

function isArabicAnonymousHead(key: string): boolean {
  return ANONYMOUS_WORDS.has(key) || (key.startsWith('ال') && ANONYMOUS_WORDS.has(key.slice(2)));
}

/** «صحيفة الأخبار اللبنانية»: an outlet's noun and one to four words of its name; a bare «الصحيفة» describes. */
function arabicOutlet(words: readonly Token[]): Span | null {
  if (words.length < 2 || words.length > 6) return null;
  // (An institution of some other kind too: «المرصد السوري لحقوق الإنسان», «الجيش السوداني», «منظمة أطباء بلا
  // حدود»; a ministry only with its country, three words at least.)
  const k = words[0].key;
  const ok = OUTLET_HEADS.has(k) || INSTITUTION_HEADS.has(k) || (MINISTRY_HEADS.has(k) && words.length >= 3);
  return ok ? { start: words[0].start, end: words[words.length - 1].end } : null;
}
const INSTITUTION_HEADS = new Set(['المرصد', 'منظمة', 'المنظمة', 'هيئة', 'الهيئة', 'لجنة', 'اللجنة', 'جمعية', 'الجمعية', 'مركز', 'المركز', 'الشبكة', 'اتحاد', 'الاتحاد', 'رابطة', 'الرابطة', 'نقابة', 'النقابة', 'الجيش', 'حركة', 'حزب', 'الحزب', 'مجلس', 'المجلس', 'جامعة', 'الجامعة', 'شركة', 'الشركة', 'بنك', 'البنك', 'الحرس', 'مؤسسة', 'المؤسسة', 'جبهة', 'الجبهة', 'تحالف', 'التحالف', 'قوات', 'القوات'].map(foldLetters));
const MINISTRY_HEADS = new Set(['وزارة', 'الوزارة', 'مكتب', 'المكتب', 'الحكومة', 'حكومة', 'الرئاسة', 'رئاسة'].map(foldLetters));

/** «ابنته», «زوجته», «شقيقها»: a relative named by a possessive suffix describes someone; it is no name. */
const AR_RELATIVE = /^(?:ابن|ابنت|زوج|زوجت|والد|والدت|شقيق|شقيقت|اخ|أخ|اخت|أخت|اخو|أخو|صديق|صديقت|جار|جارت|محامي|ام|أم|اب|أب|ابو|أبو|نجل|نجلت)(?:ه|ها|هم|هما)$/u;

/** Words that never open an Arabic name after a description: prepositions and nouns that head a phrase. */
const NAME_BREAKERS = new Set(['باسم', 'في', 'من', 'عن', 'على', 'علي', 'الى', 'إلى', 'لدى', 'مع', 'بين', 'عبر', 'منذ', 'خلال', 'حول', 'ضد', 'مكتب', 'وزارة', 'وزاره', 'حركة', 'حركه', 'جامعة', 'جامعه', 'شركة', 'شركه', 'مركز', 'معهد', 'حزب', 'مجلس', 'لجنة', 'لجنه', 'هيئة', 'هيئه'].map(foldLetters));

function arabicName(doc: Doc, words: readonly Token[]): Span | null {
  if (AR_RELATIVE.test(words[0].key)) return null;
  // («وقال مسعفون إن …», «متظاهرون»: a participle's sound plural alone is a group, no one's name.)
  if (words.length === 1 && /^م\S{3,}ون$/u.test(words[0].key) && !GIVEN.has(words[0].key)) return null;
  const seen = arabicNames.get(doc) ?? new Map<string, Span>();
  arabicNames.set(doc, seen);
  const remember = (from: number): Span => {
    const span = { start: words[from].start, end: words[words.length - 1].end };
    seen.set(words[words.length - 1].key, span);
    return span;
  };
  let k = words.length;
  while (k > 0 && !/^(و|ف)?(ال|لل)/.test(words[k - 1].key) && !TITLE_HEADS.has(words[k - 1].key)) k--;
  let given = words.findIndex((w) => GIVEN.has(w.key) || GIVEN.has(w.key.replace(/^[وف]/, '')));
  // («الناشط وسام عبد الله»: a compound's first part, «عبد», may be the second given name; the word before it,
  // after a description with the article, opens the name.)
  if (given > 0 && /^عبد$/.test(words[given].key) && !arabicPrefixedWord(words[given - 1].key) && !TITLE_HEADS.has(words[given - 1].key) && !NAME_BREAKERS.has(words[given - 1].key) && (given === 1 || /^ال/.test(words[given - 2].key))) given--;
  // (A given name inside the name's closing run of words without the article starts no later than the run:
  // «وزير المالية طيف سامي» is طيف سامي, not سامي.)
  if (given >= 0 && words.length - given <= 4) return remember(given > k && words.length - k <= 4 ? k : given);
  if (words.length - k >= 2 && words.length - k <= 4) return remember(k);
  if (k === 0 && words.length <= 3) return remember(0);
  // «الخبير العسكري فايز الدويري», «الكاتب الصحفي خالد المنصور»: after a description in words with the article,
  // the first word without it opens the name — a surname may carry the article. (Not a preposition: «باسم».)
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1].key;
    if (!/^(?:ال)/.test(prev) || arabicPrefixedWord(words[i].key) || TITLE_HEADS.has(words[i].key) || NAME_BREAKERS.has(words[i].key) || words[i].key.length < 3) continue;
    if (words.length - i >= 2 && words.length - i <= 3) return remember(i);
    break;
  }
  // «وأضاف الدويري» after «فايز الدويري»: the surname the article gave a name to.
  if (words.length === 1) {
    const earlier = seen.get(words[0].key);
    if (earlier) return earlier;
  }
  return null;
}

/** An aside right after a subject that withholds its name: ", who asked not to be named,", ", speaking on
 *  condition of anonymity,", ", who was not authorized to speak publicly,". */
const UNNAMED_ASIDE = /^\s*,\s*(?:(?:who|because\s+(?:he|she|they))\s+(?:(?:had\s+)?(?:asked|requested|spoke|declined|insisted)\s+(?:not\s+to\s+be\s+(?:named|identified)|on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymity|to\s+be\s+identified)|(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:speak|talk|comment|discuss))|speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)/i;

const RELAY_WORDS = new Set(['quoted', 'cited', 'quoting', 'citing']);

function trimSpanStart(doc: Doc, start: number, end: number): Span {
  while (start < end && /\s/.test(doc.text[start])) start++;
  return { start, end };
}

const TAIL_WORDS = new Set(['of', 'for', 'with', 'from', 'at', 'in', 'quoted', 'cited', 'by']);
/** People posted to somewhere: "envoy to the UN", "ambassador to Canada". */
const POSTED_HEADS = new Set(['envoy', 'envoys', 'ambassador', 'ambassadors', 'representative', 'delegate', 'emissary', 'liaison', 'attache', 'attaché']);

/** Where a prepositional tail after a name begins in an English subject ("… with the X Authority"), else the span's end. */
function postmodifierStart(doc: Doc, span: Span): number {
  const words = tokensIn(doc, span);
  for (let i = 1; i < words.length; i++) {
    // "Moscow's envoy to the UN", "the ambassador to Canada": where a diplomat is posted is not who speaks.
    if (words[i].key === 'to' && POSTED_HEADS.has(words[i - 1].key)) return words[i].start;
    if (!TAIL_WORDS.has(words[i].key)) continue;
    const before = doc.mentionOfToken[tokensIndex(doc, words[i - 1])];
    const m = before >= 0 ? doc.mentions[before] : undefined;
    if (m && m.end <= words[i].start && (m.kind === 'name' || (m.kind === 'unregistered' && !m.org && !m.place))) return words[i].start;
    // "The former sergeant-at-arms of the House of Commons", "the 39-year-old founder of X Press": a definite
    // common noun phrase (its words in lower case or figures), then its tail.
    if (!m && words[0].key === 'the' && i >= 2 && words.slice(1, i).every((w) => /^[\p{Ll}\p{N}]/u.test(w.text) && doc.mentionOfToken[tokensIndex(doc, w)] < 0)) return words[i].start;
  }
  return span.end;
}

function hasLocalFullName(doc: Doc, m: Mention): boolean {
  const key = nameKey(doc, m.t0);
  if (!/^\p{Lu}/u.test(doc.tokens[m.t0].text)) return false;
  return byLastWord(doc).has(key);
}

function tokensIndex(doc: Doc, tok: { start: number }): number {
  return firstStartingAt(doc.tokens, tok.start);
}

function mentionsIn(doc: Doc, span: Span): Mention[] {
  const out: Mention[] = [];
  for (let i = firstStartingAt(doc.mentions, span.start); i < doc.mentions.length && doc.mentions[i].start < span.end; i++) if (doc.mentions[i].end <= span.end) out.push(doc.mentions[i]);
  return out;
}
