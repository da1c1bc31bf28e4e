// Sieve 1: the cue names its speaker — «وقال بيسكوف:», "'…,' said Karlsson", «заявил Песков»; a title in
// apposition gives way to the name («المتحدث باسم الكرملين دميتري بيسكوف» → Peskov). A surname alone
// resolves to the full name given earlier in the article (Karlsson → Erik Karlsson, nearest first).

import type { Doc } from '../frames/frame';
import type { Mention } from '../mentions/find-mentions';
import type { SpeakerEntry } from '../registry';
import { organisationMention } from '../mentions/find-mentions';
import { textSpan } from '../frames/frame';
import type { Sieve } from './sieve';
import { refOf, unregistered } from './sieve';
import { firstStartingAt } from '../segment/search';
import { givenNameGender, isKnownNonName, isPlaceWord } from '../lexicon/english-lexicon';
import { ruNominativeOfGenitive } from '../lexicon/names.ru';
import { AR_GIVEN_NAMES } from '../lexicon/names.ar';
import { foldLetters, normalizeText } from '../normalize/text';

export const namedSubjectSieve: Sieve = {
  name: 'named-subject',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const s = ctx.subjects[i];
    if (!d.frame || !s) return null;
    const cue = d.frame.cue;
    if (s.person?.entry) {
      return {
        speaker: refOf(s.person.entry),
        attribution: { sieve: s.title ? 'apposition' : this.name, confidence: 0.95, mentionKind: 'name', mention: textSpan(ctx.doc.text, s.person.start, s.person.end), evidence: cover(cue, s.person) },
      };
    }
    if (s.office) {
      // "Zelensky's office", "Netanyahu's office": the office of a registry person is the organisation of the one
      // role they hold on the article's date (their only role ever, on an undated page), when it has one.
      const office = s.office.noun === 'office' ? roleOffice(ctx.doc, s.office.owner) : undefined;
      if (office) {
        return {
          speaker: refOf(office),
          attribution: { sieve: this.name, confidence: 0.75, mentionKind: 'org', mention: textSpan(ctx.doc.text, s.office.span.start, s.office.span.end), evidence: cover(cue, s.office.span) },
        };
      }
      // Named after its person as the article (or the registry) names them in full: "Justin Trudeau's office".
      const owner = s.office.owner.entry?.name ?? fullMention(ctx.doc, s.office.owner).text.replace(/['’]s$/, '');
      return {
        speaker: unregistered(`${owner}'s ${s.office.noun}`, undefined, 'org'),
        attribution: { sieve: this.name, confidence: 0.75, mentionKind: 'org', mention: textSpan(ctx.doc.text, s.office.span.start, s.office.span.end), evidence: cover(cue, s.office.span) },
      };
    }
    if (s.quotedOutlet) {
      return {
        speaker: unregistered(ctx.doc.text.slice(s.quotedOutlet.start, s.quotedOutlet.end).replace(/\s+/g, ' '), undefined, 'org'),
        attribution: { sieve: this.name, confidence: 0.7, mentionKind: 'org', mention: textSpan(ctx.doc.text, s.quotedOutlet.start, s.quotedOutlet.end), evidence: cover(cue, s.quotedOutlet) },
      };
    }
    if (s.arabicOutlet) {
      return {
        // (Without the marks of a quoted name inside: «صحيفة "الوطن"» is صحيفة الوطن.)
        speaker: unregistered(ctx.doc.text.slice(s.arabicOutlet.start, s.arabicOutlet.end).replace(/["“”«»„]/g, '').replace(/\s+/g, ' ').trim(), undefined, 'org'),
        attribution: { sieve: this.name, confidence: 0.75, mentionKind: 'org', mention: textSpan(ctx.doc.text, s.arabicOutlet.start, s.arabicOutlet.end), evidence: cover(cue, s.arabicOutlet) },
      };
    }
    // «Депутаты заявили», «Местные жители рассказали»: a capitalised word opening a Russian sentence, alone, with a
    // plural verb, is a group (a collective source, no one's name).
    if (ctx.doc.lang === 'ru' && d.frame.plural && s.name && s.name.t1 - s.name.t0 === 1 && !s.name.org && !/\sи\s/u.test(s.name.text) && s.name.start === ctx.doc.sentences[d.frame.sentence].start) {
      return { speaker: null, attribution: { sieve: this.name, confidence: 0.6, mentionKind: 'description', mention: textSpan(ctx.doc.text, s.name.start, s.name.end), evidence: cover(cue, s.name) } };
    }
    const nameSpan = s.name ?? s.arabicName;
    if (nameSpan) {
      const fm = s.name ? fullMention(ctx.doc, s.name) : undefined;
      // The short form stands for a registry person named in full in the article ("Singh" → Jagmeet Singh).
      if (fm?.kind === 'name' && fm.entry) {
        return {
          speaker: refOf(fm.entry),
          attribution: { sieve: this.name, confidence: 0.9, mentionKind: 'name', mention: textSpan(ctx.doc.text, nameSpan.start, nameSpan.end), evidence: cover(cue, nameSpan) },
        };
      }
      let full = fm ? fm.text : withoutConjunction(ctx.doc.text.slice(nameSpan.start, nameSpan.end));
      // «по словам Ивана Смирнова»: a name in the genitive is stored in the nominative — as the article's full
      // name when a surname alone stands there («по словам Смирнова» after «Иван Смирнов»).
      if (ctx.doc.lang === 'ru' && GENITIVE_CUE.test(cue.text) && (!fm || fm === s.name)) full = nominativeName(ctx.doc, ruNominativeOfGenitive(full), nameSpan.start);
      return {
        speaker: unregistered(full, d.frame.gender ?? s.name?.gender ?? fm?.gender, s.name?.org || fm?.org ? 'org' : 'person'),
        attribution: { sieve: this.name, confidence: 0.8, mentionKind: 'name', mention: textSpan(ctx.doc.text, nameSpan.start, nameSpan.end), evidence: cover(cue, nameSpan) },
      };
    }
    return null;
  },
};

const AR_GIVEN = new Set(AR_GIVEN_NAMES.map(foldLetters));

/** A name without a conjunction و/ف glued to it — only when what is left is a known given name and the word as
 *  written is not: «وأحمد» → أحمد, but «فيصل», «وليد», «وائل» keep their first letter. */
function withoutConjunction(name: string): string {
  const first = name.split(/\s+/)[0];
  if (!/^[وف]\S{3,}/u.test(first)) return name;
  const key = foldLetters(first);
  return AR_GIVEN.has(foldLetters(first.slice(1))) && !AR_GIVEN.has(key) ? name.slice(1) : name;
}

/** Russian cues that put their source in the genitive: «по словам», «по мнению», «со слов». */
const GENITIVE_CUE = /^(?:по\s+словам|по\s+мнению|со\s+слов)$/iu;

/** A one-word nominative surname as the full name the article gave before `at`, if it did. */
function nominativeName(doc: Doc, name: string, at: number): string {
  if (/\s/.test(name)) return name;
  const list = byLastWord(doc).get(name.toLowerCase());
  // (The list is in text order: the nearest earlier one by search, not a filter — a long text stays linear.)
  const i = list ? firstStartingAt(list, at) - 1 : -1;
  return list && i >= 0 ? list[i].text : name;
}

export function cover(a: { start: number; end: number }, b: { start: number; end: number }) {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** A name word's key without a possessive ending: "Karlsson's" and "Karlsson" are one name. */
export function nameKey(doc: Doc, t: number): string {
  // key.replace(/['’]s$/, '') by char code: most keys have no such ending, and a regex per call cost more.
  const key = doc.tokens[t].key;
  const n = key.length;
  if (n < 2 || key.charCodeAt(n - 1) !== 0x73) return key;
  const c = key.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019 ? key.slice(0, -2) : key;
}

/** A name of two or more words that a shorter form may stand for: unregistered, or a registry person's. */
function isFullPersonName(o: Mention): boolean {
  if (o.t1 - o.t0 < 2) return false;
  return o.kind === 'unregistered' || (o.kind === 'name' && o.entry?.kind === 'person');
}

const fullNames = new WeakMap<Doc, Map<string, Mention[]>>();

/** Multi-word unregistered names of the article by their last word, in text order (built once per article). */
export function byLastWord(doc: Doc): Map<string, Mention[]> {
  let m = fullNames.get(doc);
  if (m) return m;
  m = new Map();
  for (const o of doc.mentions) {
    if (!isFullPersonName(o) || doc.paras[doc.tokens[o.t0].para].furniture || inTitleCaseHeadline(doc, o)) continue;
    const k = nameKey(doc, o.t1 - 1);
    const l = m.get(k);
    if (l) l.push(o);
    else m.set(k, [o]);
  }
  fullNames.set(doc, m);
  return m;
}

/** A run of four or more capitalised words in a headline ("Elizabeth Warren Hammers Wells Fargo CEO") is the
 *  headline's title case, not one name a shorter one ("Wells Fargo") could stand for. */
function inTitleCaseHeadline(doc: Doc, o: Mention): boolean {
  if (o.t1 - o.t0 < 4) return false;
  const para = doc.paras[doc.tokens[o.t0].para];
  return para.first && !/[.!?"”»]\s*$/.test(doc.text.slice(para.start, para.end));
}

const firstNames = new WeakMap<Doc, Map<string, Mention[]>>();

/** The same by first word: a first name alone ("Jayme") refers to the full name given earlier. */
function byFirstWord(doc: Doc): Map<string, Mention[]> {
  let m = firstNames.get(doc);
  if (m) return m;
  m = new Map();
  for (const o of doc.mentions) {
    if (!isFullPersonName(o) || o.org || doc.paras[doc.tokens[o.t0].para].furniture) continue;
    const k = nameKey(doc, o.t0);
    const l = m.get(k);
    if (l) l.push(o);
    else m.set(k, [o]);
  }
  firstNames.set(doc, m);
  return m;
}

const orgFirstWords = new WeakMap<Doc, Map<string, Mention[]>>();

/** The nearest earlier unregistered organisation of several words whose first word is this one. */
function orgOpenedBy(doc: Doc, key: string, at: number): Mention | undefined {
  let m = orgFirstWords.get(doc);
  if (!m) {
    m = new Map();
    for (const o of doc.mentions) {
      if (o.kind !== 'unregistered' || !o.org || o.t1 - o.t0 < 2 || doc.paras[doc.tokens[o.t0].para].furniture) continue;
      const k = nameKey(doc, o.t0);
      const l = m.get(k);
      if (l) l.push(o);
      else m.set(k, [o]);
    }
    orgFirstWords.set(doc, m);
  }
  const list = m.get(key);
  if (!list) return undefined;
  const i = firstStartingAt(list, at);
  return i > 0 ? list[i - 1] : undefined;
}

const alone = new WeakMap<Doc, Map<string, number>>();
/** Where each word first stands alone as a mention of one word (computed once per article). */
function firstAlone(doc: Doc): Map<string, number> {
  let m = alone.get(doc);
  if (m) return m;
  m = new Map();
  for (const o of doc.mentions) {
    if (o.t1 - o.t0 !== 1) continue;
    // (A photo caption's "A Suncor refinery" is no use of the word alone in the prose.)
    const para = doc.paras[doc.tokens[o.t0].para];
    if (para.furniture || para.caption) continue;
    const k = nameKey(doc, o.t0);
    if (!m.has(k)) m.set(k, o.start);
  }
  alone.set(doc, m);
  return m;
}

/** The fullest form of an unregistered name in the article: the nearest earlier mention ending in the same word. */
export function fullName(doc: Doc, m: Mention): string {
  return fullMention(doc, m).text;
}

/** The mention that gives the fullest form of an unregistered name (itself when none is longer): the nearest
 *  earlier longer name ending in the same words, else the first later one. Lists are searched by position and
 *  a bounded walk, so a name repeated all through a long text costs no more than once per mention. */
export function fullMention(doc: Doc, m: Mention): Mention {
  const n = m.t1 - m.t0;
  if (n === 1 && m.org && /^[A-Z][A-Z&]+$/.test(m.text)) return expansionOf(doc, m) ?? m;
  const last = nameKey(doc, m.t1 - 1);
  // Longer names ending in the same words ("Al Hashish" → "Fouzia Al Hashish"); a lone word may be a first name.
  const byLast = byLastWord(doc).get(last);
  const fits = (o: Mention) => o.t1 - o.t0 > n && endsWith(doc, o, m);
  const found = byLast ? nearest(byLast, m.start, fits) : undefined;
  if (found) return found;
  // A lone word may be a first name ("Jayme" → Jayme Closs) — or a family name written first ("Kim" → the
  // registry's Kim Jong Un rather than another Kim the article names); organisations never expand so.
  const byFirst = n === 1 && !m.org ? byFirstWord(doc).get(last) : undefined;
  // "Suncor Energy" … "Suncor disclosed": a lone word that opened an organisation's name named before is that
  // organisation, in full.
  // (Not a given name, "Joseph", nor a place's word, "Australian" of "Australian Government".)
  if (!byFirst?.length) return (n === 1 && !m.org && doc.lang === 'en' && !givenNameGender(last) && !isPlaceWord(last) && !/(?:ian|ean|can|ese|ish)$/.test(last) ? orgOpenedBy(doc, last, m.start) : undefined) ?? m;
  // …but not into a name whose last word is a plain noun when the word stood alone first ("Facebook says …"
  // is not the "Facebook Research" app named after it; "Kody Cook", named before "Kody", is his full name).
  const surnamed = (o: Mention) => doc.lang !== 'en' || o.kind === 'name' || !isKnownNonName(doc.tokens[o.t1 - 1].key) || (firstAlone(doc).get(last) ?? Infinity) > o.start;
  return firstRegistered(doc, last, byFirst) ?? nearest(byFirst, m.start, surnamed) ?? m;
}

/** How far a look-up walks from a position before giving up (keeps every look-up bounded). */
const WALK = 64;

/** In a list sorted by position: the nearest entry before `at` that fits, else the first after it that fits. */
function nearest(list: readonly Mention[], at: number, fits: (o: Mention) => boolean): Mention | undefined {
  const i = firstStartingAt(list, at);
  for (let k = i - 1; k >= 0 && i - k <= WALK; k--) if (fits(list[k])) return list[k];
  for (let k = Math.max(0, i); k < list.length && k - i < WALK; k++) if (fits(list[k])) return list[k];
  return undefined;
}

const registeredFirst = new WeakMap<Doc, Map<string, Mention | null>>();

/** The first registry name among the full names that open with a word (computed once per word). */
function firstRegistered(doc: Doc, key: string, list: readonly Mention[]): Mention | undefined {
  let m = registeredFirst.get(doc);
  if (!m) registeredFirst.set(doc, (m = new Map()));
  let hit = m.get(key);
  if (hit === undefined) {
    hit = list.find((o) => o.kind === 'name') ?? null;
    m.set(key, hit);
  }
  return hit ?? undefined;
}

const expansions = new WeakMap<Doc, Map<string, Mention[]>>();

/** The organisation an acronym abbreviates in this article ("CPC" → Caspian Pipeline Consortium, "SMMT" →
 *  Society of Motor Manufacturers and Traders): initials of its capitalised words, the nearest earlier first. */
function expansionOf(doc: Doc, m: Mention): Mention | undefined {
  let byInitials = expansions.get(doc);
  if (!byInitials) {
    byInitials = new Map();
    for (const o of doc.mentions) {
      if (o.kind !== 'unregistered' || !o.org || o.t1 - o.t0 < 2) continue;
      const initials = o.text.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
      if (initials.length < 2) continue;
      const list = byInitials.get(initials);
      if (list) list.push(o);
      else byInitials.set(initials, [o]);
    }
    expansions.set(doc, byInitials);
  }
  const list = byInitials.get(m.text.replace(/&/g, ''));
  if (!list) return spelledOut(doc, m);
  return nearest(list, m.start, () => true);
}

const spelled = new WeakMap<Doc, Map<string, Mention | null>>();
/** Distinct acronyms looked for in the text per article, and how far back: keeps the search linear. */
const SPELLED_MAX = 40;
const SPELLED_WINDOW = 6000;

/** An acronym's words written out earlier, though the mention pass did not make them one name, e.g. with a
 *  comma in a list: "Immigration, Refugees and Citizenship Canada" … "IRCC". */
function spelledOut(doc: Doc, m: Mention): Mention | undefined {
  let cache = spelled.get(doc);
  if (!cache) spelled.set(doc, (cache = new Map()));
  const letters = m.text.replace(/&/g, '');
  let hit = cache.get(letters);
  if (hit !== undefined) return hit ?? undefined;
  hit = null;
  if (cache.size < SPELLED_MAX && letters.length >= 3 && letters.length <= 6) {
    const from = Math.max(0, m.start - SPELLED_WINDOW);
    const found = leftmostAt(spelledOutPattern(letters), doc.text.slice(from, m.start), letters[0]);
    if (found) {
      const start = from + found.index;
      const end = start + found[0].length;
      const t0 = firstStartingAt(doc.tokens, start);
      const t1 = firstStartingAt(doc.tokens, end);
      if (t1 - t0 >= letters.length) hit = organisationMention(start, end, found[0], t0, t1);
    }
  }
  cache.set(letters, hit);
  return hit ?? undefined;
}

/** The sticky pattern of an acronym's words written out, compiled once per acronym and kept across articles
 *  (the same acronyms come back from one article to the next, and compiling a Unicode pattern with a look-behind
 *  cost more than all the searches with it); the cache starts over when it grows large. leftmostAt sets its
 *  lastIndex before every search, so a pattern carries nothing from one use to the next. */
const spelledOutPatterns = new Map<string, RegExp>();
function spelledOutPattern(letters: string): RegExp {
  let re = spelledOutPatterns.get(letters);
  if (!re) {
    if (spelledOutPatterns.size >= 2000) spelledOutPatterns.clear();
    re = new RegExp(`(?<![\\p{L}])${[...letters].map((c) => `${c}[\\p{Ll}'’-]+`).join(`(?:,?\\s+(?:(?:and|of|the|for|on|&)\\s+)*)`)}(?![\\p{L}])`, 'uy');
    spelledOutPatterns.set(letters, re);
  }
  return re;
}

/** What a search with `re` minus its y flag finds in s, when every match of it opens with the character c: the
 *  sticky pattern is tried only where c stands (V8's search tried the look-behind at every position). */
function leftmostAt(re: RegExp, s: string, c: string): RegExpExecArray | null {
  for (let p = s.indexOf(c); p >= 0; p = s.indexOf(c, p + 1)) {
    re.lastIndex = p;
    const found = re.exec(s);
    if (found) return found;
  }
  return null;
}

function endsWith(doc: Doc, longer: Mention, shorter: Mention): boolean {
  const n = shorter.t1 - shorter.t0;
  for (let i = 1; i <= n; i++) if (nameKey(doc, longer.t1 - i) !== nameKey(doc, shorter.t1 - i)) return false;
  return true;
}

/** The office the registry names after a registry person; else the organisation of the one role they hold on the
 *  article's date (their only role ever when the date is unknown), if that role has one and it is not a whole
 *  government. */
function roleOffice(doc: Doc, owner: Mention): SpeakerEntry | undefined {
  const id = owner.entry?.kind === 'person' ? owner.entry.id : undefined;
  if (!id) return undefined;
  // An office the registry names after one of the person's names ("Netanyahu's office", said of "Benjamin
  // Netanyahu's office" too).
  for (const alias of owner.entry!.aliases) {
    if (!/^[\p{Script=Latin}\s.'’-]+$/u.test(alias)) continue;
    const org = doc.registry.byAlias(normalizeText(`${alias}'s office`)).find((e) => e.kind === 'org');
    if (org) return org;
  }
  const roles = doc.registry.rolesOf(id).filter((r) => r.role.org);
  const day = doc.date?.slice(0, 10);
  const held = day ? roles.filter((r) => (!r.from || r.from <= day) && (!r.to || day < r.to)) : roles;
  // (A prime minister's office is not the whole government the role speaks for: "Trudeau's office" stays his.)
  return held.length === 1 && !/government/.test(held[0].role.org!) ? doc.registry.byId(held[0].role.org!) : undefined;
}
