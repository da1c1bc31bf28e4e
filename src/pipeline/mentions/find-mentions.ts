// Finds who the text names: registry people, organisations and role titles by longest match in any script
// ("المتحدث باسم الكرملين" beats "الكرملين"), and — for scripts with capitals — unregistered names
// ("Sharks head coach Peter DeBoer" → Peter DeBoer). Linear: each token starts at most K lookups.

import type { Registry, RoleDef, SpeakerEntry } from '../registry';
import type { Token } from '../segment/tokens';
import type { Gender } from '../types';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../lexicon/given-names.en';
import { HONORIFIC_GENDER, TITLE_WORDS } from '../lexicon/name-titles.en';
import { RU_ORG_NOUNS, RU_TITLE_WORDS } from '../lexicon/name-titles.ru';
import { EN_ORG_HEADS, EN_ORG_LAST_WORDS, EN_ORG_WORDS, EN_PARTY_MEMBERS } from '../lexicon/org-words.en';
import { EN_ANONYMOUS, EN_COLLECTIVE_SOURCES } from '../lexicon/speech-verbs.en';
import { RU_ANONYMOUS } from '../lexicon/speech-verbs.ru';
import { RU_FEMALE_GIVEN_NAMES, RU_MALE_GIVEN_NAMES, ruNominativeOfGenitive } from '../lexicon/names.ru';
import { foldLetters } from '../normalize/text';
import { givenNameGender, isCommonWord, isKnownNonName, isNameInLexicon, isPlacePhrase, isPlaceWord, isPluralWord } from '../lexicon/english-lexicon';
import { arabicClitics, keyWords, keyWordsOfFolded } from './match-key';

const RU_TITLES = new Set(RU_TITLE_WORDS);
/** The endings of a Russian adjective in the nominative (masculine, feminine, neuter, plural). */
const RU_ADJECTIVE_ENDING = /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)$/u;
/** Russian adverbs and particles that open a sentence before its subject («Вчера Песков заявил», «Сам Лавров»):
 *  capitalised there, but no part of the name after them. */
const RU_SENTENCE_OPENERS = new Set(['вчера', 'сегодня', 'завтра', 'также', 'так', 'зато', 'ранее', 'позже', 'позднее', 'сам', 'сама', 'сами', 'затем', 'тогда', 'теперь', 'еще', 'ещё', 'уже', 'однако', 'впрочем', 'накануне', 'именно', 'лишь', 'только', 'даже', 'потом', 'вновь', 'снова', 'наконец', 'тем', 'при', 'но', 'и', 'а', 'кстати', 'прежде', 'впоследствии', 'недавно', 'летом', 'зимой', 'весной', 'осенью', 'утром', 'вечером', 'днем', 'днём', 'ночью']);
/** Determiners that open a sentence with a capital before a name ("The Trump campaign", "This Peskov remark"). */
const CAPITAL_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'every', 'each', 'no', 'but', 'and', 'when', 'if', 'as', 'after', 'before', 'while']);
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;
/** The gaps around a nickname in quote marks inside a name: a space and an opening mark, a closing mark and a space. */
const NICK_OPEN = /^ ["“‘'«]$/;
const NICK_CLOSE = /^["”’'»] $/;

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** First and last token index (inclusive-exclusive). */
  t0: number;
  t1: number;
  kind: 'name' | 'org' | 'title' | 'unregistered';
  entry?: SpeakerEntry;
  role?: RoleDef;
  gender?: Gender;
  /** An unregistered name that reads as an organisation or a named group ("Veterans Affairs", "IRCC", "the Liberals"). */
  org?: boolean;
  /** An unregistered name made only of place names ("Kenya", "South Surrey"): nobody who speaks. */
  place?: boolean;
  /** Title words that stood before an unregistered person's name ("Mayor Doug McCallum" → mayor). */
  titles?: string[];
}

/** Every mention is made here with all its fields: one object shape, so V8's optimised code for the stages
 *  that read mentions stays valid from one article to the next (a shape grown by adding a field is dropped
 *  by the GC once no article holds one, and the code that expected it is thrown away with it). */
function mention(
  start: number,
  end: number,
  text: string,
  t0: number,
  t1: number,
  kind: Mention['kind'],
  entry: SpeakerEntry | undefined,
  role: RoleDef | undefined,
  gender: Gender | undefined,
  org = false,
  place = false,
  titles: string[] | undefined = undefined,
): Mention {
  return { start, end, text, t0, t1, kind, entry, role, gender, org, place, titles };
}

/** An unregistered organisation's name found outside the mention pass (an acronym spelled out in full). */
export function organisationMention(start: number, end: number, text: string, t0: number, t1: number): Mention {
  return mention(start, end, text, t0, t1, 'unregistered', undefined, undefined, undefined, true);
}

/** Registry names and titles as a trie of their key words: a window of words grows by one map look-up per word,
 *  where a window string to build and hash at every step cost more than all the rest of the look-up. */
interface KeyNode {
  /** The node's number, for the filter of its children (see KeyIndex.asciiNext). */
  id: number;
  /** The nodes of the phrases one word longer. */
  next: Map<string, KeyNode>;
  /** Who the words up to this node name, if they are a whole name or title. */
  names: SpeakerEntry[] | undefined;
  roles: RoleDef[] | undefined;
}

interface KeyIndex {
  root: KeyNode;
  maxWords: number;
  /** A Bloom filter of the first words made of ASCII letters and digits (see asciiHash): most words of a text
   *  start no name, and two bit tests turn them away without hashing the word's string for the trie's map. */
  asciiFirst: Int32Array;
  /** The same for the words that continue a phrase, hashed with their node's id (see childHash): a word after
   *  "the" (a first word of 38 titles) is turned away by two bit tests rather than a look-up in the node's map. */
  asciiNext: Int32Array;
  /** The first words of asciiFirst that are a whole name or title by themselves ("canada", "trudeau"). The others
   *  ("the", "a", "it") only open longer phrases: see asciiPairs. */
  asciiWhole: Int32Array;
  /** The first two words of every phrase of two or more words whose first two words are ASCII, hashed as a pair
   *  (see pairHash): "the" opens 38 titles and is a GGT article's most frequent word, and this filter turns away
   *  "the" + any other word before the first word's node is looked up in the trie's root map. */
  asciiPairs: Int32Array;
}

/** A hash of text[start, end) in ASCII lower case, the same for a word and for its key. */
function asciiHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 0x20)) | 0;
  // (In the small-integer range, never negative.)
  return h & 0x3fffffff;
}

/** What plainAsciiHash returns for a word that is not all ASCII letters and digits (hashes are never negative). */
const NOT_PLAIN_ASCII = -1;

/** asciiHash of a word of ASCII letters and digits only (isPlainWord's ASCII case), read in the same pass
 *  as the test; NOT_PLAIN_ASCII for any other word. */
function plainAsciiHash(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return NOT_PLAIN_ASCII;
    h = (Math.imul(h, 31) + (c | 0x20)) | 0;
  }
  return h & 0x3fffffff;
}

function bloomAdd(bits: Int32Array, h: number): void {
  const a = h & 0xffff;
  const b = (h >>> 16) ^ ((h >>> 5) & 0xffff);
  bits[a >>> 5] |= 1 << (a & 31);
  bits[b >>> 5] |= 1 << (b & 31);
}

function bloomHas(bits: Int32Array, h: number): boolean {
  const a = h & 0xffff;
  const b = (h >>> 16) ^ ((h >>> 5) & 0xffff);
  return (bits[a >>> 5] & (1 << (a & 31))) !== 0 && (bits[b >>> 5] & (1 << (b & 31))) !== 0;
}

const keyNode = (id: number): KeyNode => ({ id, next: new Map(), names: undefined, roles: undefined });

/** The filter's hash of a word (its asciiHash) after the node of the given id. */
function childHash(id: number, h: number): number {
  return (Math.imul(id, 0x9e3779b1) ^ h) & 0x3fffffff;
}

/** The filter's hash of two words in a row (their asciiHash values), for KeyIndex.asciiPairs. */
function pairHash(h1: number, h2: number): number {
  return (Math.imul(h1, 0x2545f491) ^ h2) & 0x3fffffff;
}

const indexes = new WeakMap<Registry, KeyIndex>();

export function keyIndex(registry: Registry): KeyIndex {
  let idx = indexes.get(registry);
  if (idx) return idx;
  let nodes = 0;
  const filter = (): Int32Array => new Int32Array(0x10000 >>> 5);
  const built: KeyIndex = { root: keyNode(nodes++), maxWords: 1, asciiFirst: filter(), asciiNext: filter(), asciiWhole: filter(), asciiPairs: filter() };
  /** The node of a phrase's key words, made on the way; null when the phrase has no words. */
  const nodeOf = (phrase: string): KeyNode | null => {
    const words = keyWords(phrase);
    if (!words.length) return null;
    let node = built.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = keyNode(nodes++)));
      node = child;
    }
    built.maxWords = Math.max(built.maxWords, words.length);
    return node;
  };
  for (const s of registry.speakers) {
    for (const a of [s.name, ...s.aliases]) {
      const node = nodeOf(a);
      if (node) node.names = add(node.names, s);
    }
  }
  for (const r of registry.roles) {
    for (const t of r.titles) {
      const node = nodeOf(t);
      if (node) node.roles = add(node.roles, r);
    }
  }
  for (const [first, node] of built.root.next) {
    if (!/^[a-z0-9]+$/.test(first)) continue;
    const h = asciiHash(first, 0, first.length);
    bloomAdd(built.asciiFirst, h);
    if (node.names || node.roles) bloomAdd(built.asciiWhole, h);
    for (const second of node.next.keys()) if (/^[a-z0-9]+$/.test(second)) bloomAdd(built.asciiPairs, pairHash(h, asciiHash(second, 0, second.length)));
  }
  const stack = [...built.root.next.values()];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (const [w, child] of node.next) {
      if (/^[a-z0-9]+$/.test(w)) bloomAdd(built.asciiNext, childHash(node.id, asciiHash(w, 0, w.length)));
      stack.push(child);
    }
  }
  idx = built;
  indexes.set(registry, idx);
  return idx;
}

function add<V>(list: V[] | undefined, v: V): V[] {
  if (!list) return [v];
  if (!list.includes(v)) list.push(v);
  return list;
}

/** The node reached from `node` by a token's key: one word, or several when `multi` ("jean pierre"). */
function descend(node: KeyNode, key: string, multi: number): KeyNode | undefined {
  if (!multi) return node.next.get(key);
  let at: KeyNode | undefined = node;
  for (const w of key.split(' ')) {
    at = at.next.get(w);
    if (!at) return undefined;
  }
  return at;
}

const CAP = /^\p{Lu}/u;
const LATIN = /^[a-z]/;
/** Words whose key is their folded form: letters and digits of one script, no apostrophe or hyphen. */
const PUNCT_CODES = new Set(Array.from('.،,:;!?؟()"«»“”', (c) => c.charCodeAt(0)));
/** PUNCT_CODES by char code: a table read per character between words, where a set look-up cost a hash each. */
const PUNCT_TABLE = new Uint8Array(0x10000);
for (const c of PUNCT_CODES) PUNCT_TABLE[c] = 1;
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'ter', 'ten', 'da', 'das', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'mac', 'st']);
/** Capitalised words that are not names (sentence openers, months, days, institutions' common words). */
/** Endings of plural nouns for people and teams: porters, senators, democrats, canadians, conservatives. */
const PLURAL_SUFFIX = /(?:ers|ors|ists|ians|ans|ats|ives|ites|ees)$/;
/** Last words of place names; the first set never ends a person's name ("Douglas County"), the second may
 *  ("Lina Park", "Ann Lake") and makes a place only when no given name leads. */
const PLACE_LAST = new Set(['county', 'city', 'town', 'township', 'province', 'state', 'island', 'islands', 'river', 'street', 'avenue', 'road', 'highway', 'valley', 'mountains', 'airport', 'station', 'district', 'region', 'peninsula', 'strait', 'sea', 'ocean', 'gulf', 'coast', 'heights', 'falls', 'creek', 'boulevard']);
const PLACE_LAST_WEAK = new Set(['village', 'park', 'lake', 'bay', 'mountain', 'beach', 'square', 'bridge', 'harbour', 'harbor', 'drive']);
const PLACE_FIRST = new Set(['lake', 'mount', 'fort', 'port', 'cape', 'lac']);
const NOT_PERSON_LAST = new Set(['day', 'year', 'eve', 'week', 'month', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'season', 'festival']);
const HOLIDAYS = new Set(['christmas', 'easter', 'thanksgiving', 'halloween', 'ramadan', 'eid', 'hanukkah', 'diwali', 'passover', 'lent']);
const DEMONYMS = new Set(('american russian ukrainian chinese british french german israeli iranian palestinian syrian turkish indian japanese korean ' +
  'canadian mexican european african arab egyptian saudi qatari iraqi afghan pakistani polish italian spanish swedish dutch belarusian georgian ' +
  'western eastern northern southern national international').split(' '));
/** Month names that are also surnames ("Theresa May", "Elizabeth May"): not a name's first word, but may follow one. */
const MONTH_SURNAMES = new Set(['may', 'june', 'april', 'august']);
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'of', 'last', 'next', 'early', 'late', 'mid', 'through', 'during', 'before', 'after', 'this', 'that', 'each', 'every']);
/** Capitalised words that open a sentence without naming anyone: "Finally Demi said", "Another player says". */
/** "Reports say", "Witnesses said": words for unnamed sources at a sentence's start are no name. */
const EN_ANONYMOUS_WORDS: ReadonlySet<string> = new Set(EN_ANONYMOUS);
const EN_COLLECTIVE_WORDS: ReadonlySet<string> = new Set(EN_COLLECTIVE_SOURCES);
const RU_ANONYMOUS_WORDS: ReadonlySet<string> = new Set(RU_ANONYMOUS.map(foldLetters));
const RU_ORG_NOUN_WORDS: ReadonlySet<string> = new Set(RU_ORG_NOUNS.map(foldLetters));
const SENTENCE_OPENERS = new Set(['another', 'finally', 'eventually', 'unlike', 'later', 'earlier', 'many', 'some', 'several', 'few', 'other', 'others', 'every', 'each', 'such', 'more', 'most', 'even', 'only', 'just', 'first', 'next', 'now', 'then', 'people', 'among', 'like', 'except', 'given', 'asked', 'told', 'said', 'says', 'during', 'under', 'over', 'between', 'without', 'within', 'outside', 'inside', 'across', 'against', 'around', 'about', 'near', 'including', 'following', 'amid', 'amidst', 'beyond', 'despite', 'besides', 'regarding', 'concerning', 'throughout', 'toward', 'towards', 'upon', 'via', 'per', 'versus', 'unless', 'although', 'though', 'neither', 'either', 'nor', 'whatever', 'whoever', 'everyone', 'everybody', 'nobody', 'none', 'somebody', 'someone',
  // Auxiliaries that open a question ('Is Ellison related …?') and sentence adverbs the lexicon does not list.
  'is', 'was', 'are', 'were', 'did', 'does', 'do', 'has', 'have', 'had', 'can', 'could', 'would', 'should', 'nonetheless', 'nevertheless', 'moreover', 'furthermore', 'regardless', 'indeed', 'ultimately', 'initially', 'previously']);
/** The words of NOT_NAME that are never a surname: articles, pronouns, conjunctions, prepositions, wh-words,
 *  honorifics, numbers, and words that open a sentence or a clause. */
const CLOSED_CLASS = new Set(
  ('the a an and but or if in on at of for to by with from as it its this that these those he she they we i you his her ' +
    'their our my your there here when where while after before since then so mr mrs ms dr what why how who which no ' +
    'yes not all both each thanks please although though because unless despite whether once until instead perhaps ' +
    'according speaking asked today yesterday tomorrow last next one two three some many several however meanwhile ' +
    'also indeed sometimes').split(/\s+/),
);

const NOT_NAME = new Set(
  ('the a an and but or if in on at of for to by with from as it its this that these those he she they we i you his her their our ' +
    'my your there here when where while after before since then also however meanwhile still yet so mr mrs ms dr ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tomorrow last next this one two three some many most ' +
    'according speaking asked what why how who which no yes not all both each every many several thanks please ' +
    'although though because unless despite whether once until instead perhaps indeed sometimes ' +
    'american russian ukrainian chinese british french german israeli iranian palestinian syrian turkish indian japanese korean ' +
    'canadian mexican european african arab egyptian saudi qatari iraqi afghan pakistani polish italian spanish swedish dutch ' +
    'belarusian georgian western eastern northern southern u.s. ' +
    'ранее также сегодня вчера накануне кроме однако по в на об при как это так но и а он она они его её ее их мы вы я ' +
    'хотя там тут здесь тогда поэтому поскольку если когда пока после перед потом затем теперь впрочем итак зато ведь ' +
    'ещё еще уже даже лишь только именно вот да нет jan feb mar apr jun jul aug sep sept oct nov dec').split(' '),
);

/** A single capital letter (A-Z): one letter of initials such as "U.S.". */
function isInitial(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  return t.end - t.start === 1 && c >= 0x41 && c <= 0x5a;
}

export function findMentions(tokens: readonly Token[], text: string, registry: Registry): Mention[] {
  const idx = keyIndex(registry);
  const out: Mention[] = [];
  const taken = new Uint8Array(tokens.length);
  // Each token's lookup key (and whether it holds several words) and whether punctuation precedes it, computed once.
  const keys: (string | undefined)[] = new Array(tokens.length);
  const multi = new Uint8Array(tokens.length);
  // Words of ASCII letters and digits that the filter says start no registry name or title.
  const startsNone = new Uint8Array(tokens.length);
  // Each word's asciiHash, or NOT_PLAIN_ASCII (for the filter of the words that continue a phrase).
  const hashes = new Int32Array(tokens.length);
  const punctBefore = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    for (let c = tokens[i - 1].end; c < tokens[i].start; c++) {
      const code = text.charCodeAt(c);
      if (PUNCT_TABLE[code] === 1) {
        punctBefore[i] = 1;
        break;
      }
    }
  }
  // "U.S. President", "U.K. Foreign Office": the periods of a country's initials do not break a registry phrase.
  for (let i = 1; i < tokens.length; i++) {
    if (punctBefore[i] !== 1 || !isInitial(text, tokens[i - 1])) continue;
    const g = text.slice(tokens[i - 1].end, tokens[i].start);
    // (Inside the initials the mark is 2: a registry phrase may pass it but not end there — "U.S." alone stays
    // what it was, the start of "U.S. Open", "U.S. Parks Commission".)
    if (g === '.' && isInitial(text, tokens[i])) punctBefore[i] = 2;
    else if (g === '. ' && i >= 2 && isInitial(text, tokens[i - 2]) && text.slice(tokens[i - 2].end, tokens[i - 1].start) === '.') punctBefore[i] = 0;
  }
  for (let i = 0; i < tokens.length; i++) hashes[i] = plainAsciiHash(text, tokens[i].start, tokens[i].end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const h = hashes[i];
    if (h !== NOT_PLAIN_ASCII) {
      keys[i] = t.key;
      if (!bloomHas(idx.asciiFirst, h) || (!bloomHas(idx.asciiWhole, h) && !mayContinueAt(tokens, i + 1, punctBefore, hashes, h, idx))) startsNone[i] = 1;
    } else if (text.charCodeAt(t.start) >= 0x80 && isPlainWord(text, t)) keys[i] = t.key;
    else {
      // "don't", "year-old", "Trump’s": the key words of a word with an apostrophe or a hyphen are made only when
      // asked for (keyAt), and a first word the filter turns away starts nothing.
      const firstEnd = asciiFirstRunEnd(text, t.start, t.end);
      if (firstEnd > 0 && !bloomHas(idx.asciiFirst, asciiHash(text, t.start, firstEnd))) startsNone[i] = 1;
      else keyAt(tokens, i, keys, multi);
    }
  }
  for (let i = 0; i < tokens.length; ) {
    let m = registryMatchAt(tokens, i, idx, text, keys, multi, punctBefore, startsNone, hashes, i > 0 && taken[i - 1] === 1);
    // "The White House press secretary": a match starting one word later that reaches further wins.
    const next = m && i + 1 < tokens.length ? registryMatchAt(tokens, i + 1, idx, text, keys, multi, punctBefore, startsNone, hashes) : null;
    // (Not over a person's full name: "Benjamin Netanyahu's office" is his, not "Benjamin" + "Netanyahu's office".)
    if (m && next && next.t0 < m.t1 && next.t1 > m.t1 && !(m.kind === 'name' && m.entry?.kind === 'person' && m.t1 - m.t0 >= 2)) m = next;
    // "the Kenya Red Cross", "the Nairobi Red Cross": a place before a registry organisation's name makes another
    // organisation (a national society, a local branch), unregistered.
    if (m && m.kind === 'org' && m.t0 > 0 && !taken[m.t0 - 1] && LATIN.test(tokens[m.t0].key) && text.slice(tokens[m.t0 - 1].end, m.start) === ' ' && CAP.test(tokens[m.t0 - 1].text) && isPlaceWord(tokens[m.t0 - 1].key) && !isPlaceWord(tokens[m.t0].key)) {
      const t0 = m.t0 - 1;
      m = mention(tokens[t0].start, m.end, text.slice(tokens[t0].start, m.end), t0, m.t1, 'unregistered', undefined, undefined, undefined, true);
    }
    if (m) {
      out.push(m);
      taken.fill(1, m.t0, m.t1);
      i = m.t1;
    } else i++;
  }
  // Unregistered names only where the registry found nothing; a run stops at a registry match.
  for (let i = 0; i < tokens.length; ) {
    if (taken[i]) {
      i++;
      continue;
    }
    const m = nameAt(tokens, i, text, taken);
    if (m) {
      out.push(m);
      taken.fill(1, m.t0, m.t1);
      i = m.t1;
    } else i++;
  }
  // A surname that is also a title or party word ("Damon Green" … "Green said") names that person again.
  const surnames = new Set<string>();
  for (const m of out) if (((m.kind === 'unregistered' && !m.org && !m.place) || (m.kind === 'name' && m.entry?.kind === 'person')) && m.t1 - m.t0 >= 2) surnames.add(stripPossessive(tokens[m.t1 - 1].key));
  if (surnames.size) {
    for (let i = 0; i < tokens.length; i++) {
      // Only a free capitalised word can be a surname (checked before anything that allocates).
      if (taken[i] || !isNameStartAt(text, tokens[i])) continue;
      const key = stripPossessive(tokens[i].key);
      // "in May", "May 3" are months, not Theresa May.
      if (MONTH_SURNAMES.has(key) && ((i > 0 && MONTH_CONTEXT.has(tokens[i - 1].key)) || /^\s*\d/.test(text.slice(tokens[i].end, tokens[i].end + 3)))) continue;
      if (taken[i] || !surnames.has(key) || !CAP.test(tokens[i].text) || (i + 1 < tokens.length && !taken[i + 1] && CAP.test(tokens[i + 1].text) && tokens[i + 1].para === tokens[i].para && text.slice(tokens[i].end, tokens[i + 1].start) === ' ')) continue;
      const end = /['’]s$/.test(tokens[i].text) ? tokens[i].end - 2 : tokens[i].end;
      out.push(mention(tokens[i].start, end, text.slice(tokens[i].start, end), i, i + 1, 'unregistered', undefined, undefined, undefined));
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "Parole Board of Canada", "Bank of Canada": an organisation's name that runs on into a country (which the
  // registry took for its government) is one organisation, unregistered.
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.kind !== 'unregistered' || !a.org || b.kind !== 'org' || b.t1 - b.t0 !== 1 || !b.entry?.id.endsWith('-government') || text.slice(a.end, b.start) !== ' of ') continue;
    // ("the Parole Board of Canada's logic": the name ends before the possessive.)
    const end = /['’]s$/.test(text.slice(b.start, b.end)) ? b.end - 2 : b.end;
    out.splice(k, 2, mention(a.start, end, text.slice(a.start, end), a.t0, b.t1, 'unregistered', undefined, undefined, undefined, true));
  }
  return out;
}

/** Token i's look-up key, made on first use for the words findMentions leaves without one (see there); multi[i]
 *  is set with it. */
function keyAt(tokens: readonly Token[], i: number, keys: (string | undefined)[], multi: Uint8Array): string {
  let key = keys[i];
  if (key === undefined) {
    const words = keyWordsOfFolded(tokens[i].key);
    keys[i] = key = words.join(' ');
    multi[i] = words.length > 1 ? 1 : 0;
  }
  return key;
}

/** For a word of ASCII letters and digits, apostrophes and hyphens only, that opens with a letter or digit
 *  ("don't", "year-old", "Trump’s"): where its first run of letters and digits ends, whose lower case is its
 *  first key word (keyWordsOfFolded cuts at the apostrophe or hyphen, and the "'s" it drops comes after it);
 *  -1 for any other word. */
function asciiFirstRunEnd(text: string, start: number, end: number): number {
  let firstEnd = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c !== 0x27 && c !== 0x2019 && c !== 0x2d && c !== 0x2010) return -1;
    if (firstEnd < 0) firstEnd = i;
  }
  return firstEnd > start ? firstEnd : -1;
}

/** Whether the plain ASCII word before token j (of hash h1), which opens phrases but is no name by itself, may go
 *  on into token j as registryMatchAt reads it: in the same paragraph, no punctuation between, and — when token j
 *  is plain ASCII too — the pair among the phrases' first two words. */
function mayContinueAt(tokens: readonly Token[], j: number, punctBefore: Uint8Array, hashes: Int32Array, h1: number, idx: KeyIndex): boolean {
  if (j >= tokens.length || tokens[j].para !== tokens[j - 1].para || punctBefore[j] === 1) return false;
  const h2 = hashes[j];
  return h2 === NOT_PLAIN_ASCII || bloomHas(idx.asciiPairs, pairHash(h1, h2));
}

/** A word whose key is its folded form: ASCII letters and digits only, or Arabic letters (U+0621–U+064A) only.
 *  Read by char code from the text (a regex per word cost more than the rest of the word's look-up). */
function isPlainWord(text: string, t: Token): boolean {
  const c0 = text.charCodeAt(t.start);
  const arabic = c0 >= 0x621 && c0 <= 0x64a;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (arabic ? c < 0x621 || c > 0x64a : !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

function registryMatchAt(tokens: readonly Token[], i: number, idx: KeyIndex, text: string, keys: (string | undefined)[], multi: Uint8Array, punctBefore: Uint8Array, startsNone: Uint8Array, hashes: Int32Array, prevTaken = false): Mention | null {
  if (startsNone[i] === 1) return null;
  const key = keyAt(tokens, i, keys, multi);
  // Hot path: most words start no name and carry no Arabic clitic — one set look-up, no allocation. A word that
  // opens with an ASCII character has a key that does too, so only other words have their key read (keys come
  // in many internal string kinds, and reading one is a slow megamorphic access).
  const c0 = text.charCodeAt(tokens[i].start) < 0x80 ? 0 : key.charCodeAt(0);
  const mayHaveClitic = c0 === 0x648 || c0 === 0x641 || c0 === 0x628 || c0 === 0x644 || c0 === 0x643;
  const rootNode = mayHaveClitic ? undefined : descend(idx.root, key, multi[i]);
  if (!mayHaveClitic && !rootNode) return null;
  const firstVariants = mayHaveClitic ? cliticsInTrie(key, idx.root, multi[i]) : [key];
  if (!firstVariants.length) return null;
  const maxK = Math.min(idx.maxWords, tokens.length - i);
  // Grow the window word by word while it is the start of some name or title; keep the longest full match.
  for (const first of firstVariants) {
    let best = 0;
    let bestNode: KeyNode | undefined;
    // (Without clitics the only variant is the key itself, whose node is known.)
    let node = mayHaveClitic ? descend(idx.root, first, multi[i]) : rootNode;
    for (let k = 1; k <= maxK && node; k++) {
      if (k > 1) {
        if (tokens[i + k - 1].para !== tokens[i].para || punctBefore[i + k - 1] === 1) break;
        const h = hashes[i + k - 1];
        if (h !== NOT_PLAIN_ASCII && !bloomHas(idx.asciiNext, childHash(node.id, h))) break;
        const next = keyAt(tokens, i + k - 1, keys, multi);
        node = descend(node, next, multi[i + k - 1]);
        if (!node) break;
      }
      if ((node.names || node.roles) && punctBefore[i + k - 1] !== 2) {
        best = k;
        bestNode = node;
      }
    }
    if (!best) continue;
    {
      const k = best;
      const names = bestNode!.names;
      const roles = bestNode!.roles;
      const stripped = Math.max(0, keyWords(tokens[i].text).join(' ').length - first.length);
      const start = tokens[i].start + Math.min(stripped, tokens[i].text.length - 1);
      const end = tokens[i + k - 1].end;
      const mentionText = text.slice(start, end);
      if (names) {
        const e = names[0];
        // "Ernie LeBlanc" is not the registry's LeBlanc: a lone surname glued to another capitalised word is.
        // But an inflected or longer form of the entry's own given name is still that person («Стивеном Уиткоффом»).
        // ("The Trump campaign": a capitalised determiner opening the sentence is no given name.)
        // («Замглавы МИД России Рябков»: nor is a word that ends another registry name, taken already.)
        if (k === 1 && !prevTaken && /^\p{Lu}/u.test(tokens[i].text) && i > 0 && /^\p{Lu}/u.test(tokens[i - 1].text) && !TITLE_WORDS.has(tokens[i - 1].key) && !(e.kind === 'person' && (CAPITAL_DETERMINERS.has(tokens[i - 1].key) || SENTENCE_OPENERS.has(tokens[i - 1].key) || RU_SENTENCE_OPENERS.has(tokens[i - 1].key)))
          && text.slice(tokens[i - 1].end, tokens[i].start) === ' ' && keyWords(e.name).length > 1 && !sharesGivenName(e, keyAt(tokens, i - 1, keys, multi))) return null;
        return mention(start, end, mentionText, i, i + k, e.kind === 'org' ? 'org' : 'name', e, undefined, e.gender);
      }
      return mention(start, end, mentionText, i, i + k, 'title', undefined, roles![0], titleGender(mentionText));
    }
  }
  return null;
}

/** The clitic variants of a first word that start some name. (A helper, not a closure in registryMatchAt: a
 *  closure's captured variables live in a context V8 allocates on every call, and that runs for every word.) */
function cliticsInTrie(key: string, root: KeyNode, multi: number): string[] {
  return arabicClitics(key).filter((v) => descend(root, v, multi));
}

/** Whether a word opens like one of the entry's given names (3+ letters in common: стивеном ~ стив, steven ~ steve). */
function sharesGivenName(e: SpeakerEntry, key: string): boolean {
  if (key.length < 3) return false;
  for (const a of [e.name, ...e.aliases]) {
    const first = keyWords(a);
    if (first.length < 2) continue;
    const g = first[0];
    const n = Math.min(g.length, key.length);
    if (n >= 3 && g.slice(0, n) === key.slice(0, n)) return true;
  }
  return false;
}

const ORG_JOINERS = new Set(['of', 'and', 'for', 'on']);

/** Whether an organisation word stands among tokens [from, to) (a bounded look-ahead). */
/** Where "A, B and C Agency" ends (the token after the organisation's word), for the list's token j after the
 *  first comma; -1 when the words after the comma are no such list. */
function commaListEnd(tokens: readonly Token[], j: number, text: string): number {
  let k = j;
  let sawAnd = false;
  for (let n = 0; k < tokens.length && n < 10; n++) {
    if (!isNameWord(text, tokens[k])) return -1;
    const g = k + 1 < tokens.length ? text.slice(tokens[k].end, tokens[k + 1].start) : '';
    if (sawAnd && orgWord(tokens, k, text)) return k + 1;
    if (g === ', ' && !sawAnd) k++;
    else if (g === ' ' && k + 1 < tokens.length && tokens[k + 1].key === 'and' && !sawAnd && text.slice(tokens[k + 1].end, tokens[k + 2]?.start ?? tokens[k + 1].end) === ' ') {
      sawAnd = true;
      k += 2;
    } else if (g === ' ' && sawAnd) k++;
    else return -1;
  }
  return -1;
}

function orgWordWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, tokens.length); k++) if (EN_ORG_WORDS.has(tokens[k].key)) return true;
  return false;
}

/** Arabic titles are feminine when their head noun ends in ta marbuta: المتحدثة، الناطقة، السكرتيرة. */
function titleGender(title: string): Gender | undefined {
  const head = title.split(/\s+/)[0] ?? '';
  if (/[\u0600-\u06ff]/.test(head)) return /ة$/.test(head) ? 'f' : 'm';
  // "spokeswoman", "chairwoman", "congresswoman".
  if (/woman(?![\p{L}])/iu.test(title)) return 'f';
  return undefined;
}

/** A run of capitalised words in Latin or Cyrillic script: an unregistered name, its titles set aside. A run
 *  with an organisation word or an acronym in it ("Kenya Red Cross", "BC Hydro", "IRCC") is an organisation. */
/** Whether the run ending at `end` with a party word is "the" + capitalised place words + that party word
 *  (the place words may lie before this run's start, already turned away as a place). */
function partyDescription(tokens: readonly Token[], end: number, text: string): boolean {
  let r = end - 1;
  while (r > 0 && end - r <= 4 && CAP.test(tokens[r - 1].text) && text.slice(tokens[r - 1].end, tokens[r].start) === ' ') r--;
  for (let k = Math.max(r, 1); k < end - 1; k++) {
    if (tokens[k - 1].key !== 'the') continue;
    let places = true;
    for (let m = k; m < end - 1 && places; m++) places = isPlaceWord(tokens[m].key);
    if (places || isPlacePhrase(placeWords(tokens, k, end - 1))) return true;
  }
  return false;
}

/** "Calgary-based", "U.S.-led", "Toronto-born": a place made an adjective, before a name but not part of it. */
const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.]*-(?:based|born|led|backed|owned|run|funded|area|bound|headquartered|focused|registered|made|raised|educated|trained|linked|allied|aligned|brokered|sponsored)$/u;

const CYRILLIC_START = /^[\u0400-\u04FF]/;

function nameAt(tokens: readonly Token[], i: number, text: string, taken: Uint8Array): Mention | null {
  if (!isNameWord(text, tokens[i]) && !isAcronym(tokens, i, text)) return null;
  if (tokens[i].text.includes('-') && PLACE_ADJECTIVE.test(tokens[i].text)) return null;
  let ampersand = false;
  let joined = false;
  let j = i + 1;
  // Joined initials ("U.S.") count as one word of the seven a name may have.
  let initialsJoined = 0;
  let nickname = -1;
  while (j < tokens.length && j - i - initialsJoined < 7 && !taken[j]) {
    const raw = text.slice(tokens[j - 1].end, tokens[j].start);
    const gap = raw === ' ' ? raw : raw.replace(INVISIBLE, '');
    // "Procter & Gamble", "AT & T": an ampersand joins an organisation's name.
    if (gap === ' & ' || gap === '&') ampersand = true;
    // "U.S.", "U.K.", "D.C.": initials joined by periods are one word of the name.
    else if (gap === '.' && tokens[j - 1].end - tokens[j - 1].start === 1 && tokens[j].end - tokens[j].start === 1 && /^[A-Z]$/.test(tokens[j].text)) {
      j++;
      initialsJoined++;
      continue;
    }
    else if (gap === ', ') {
      // "Meteorology, Climatology and Geophysics Agency": a list of capitalised words, then "and", ending in an
      // organisation's word, is one name.
      const listEnd = commaListEnd(tokens, j, text);
      if (listEnd < 0) break;
      joined = true;
      j = listEnd;
      continue;
    }
    // "Riefian “Ifan” Fajarsyah", "Maren 'Mo' Halvik": a one-word nickname in quote marks between the given name
    // and the surname is part of the run, not of the name.
    else if (j === i + 1 && NICK_OPEN.test(gap) && j + 1 < tokens.length && !taken[j + 1] && isNameWord(text, tokens[j]) && isNameWord(text, tokens[j + 1]) && NICK_CLOSE.test(text.slice(tokens[j].end, tokens[j + 1].start))) {
      nickname = j;
      j += 2;
      continue;
    }
    else if (gap !== ' ' && gap !== '. ' && gap !== '-') break;
    // («директор Fitch Владимир Редькин»: Latin and Cyrillic words are two names, not one.)
    if (CYRILLIC_START.test(tokens[j - 1].text) !== CYRILLIC_START.test(tokens[j].text) && /^\p{L}/u.test(tokens[j - 1].text) && /^\p{L}/u.test(tokens[j].text)) break;
    if (gap === '. ' && !TITLE_WORDS.has(tokens[j - 1].key) && tokens[j - 1].end - tokens[j - 1].start > 1) break;
    if (isNameWord(text, tokens[j]) || (MONTH_SURNAMES.has(tokens[j].key) && /^\p{Lu}/u.test(tokens[j].text) && !/^\s*\d/.test(text.slice(tokens[j].end, tokens[j].end + 3)))) j++;
    else if (isAcronym(tokens, j, text)) j++;
    // "Michael Every, a strategist, said": after a given name, a capitalised word of the open classes that is
    // otherwise no name (a quantifier, an adverb, a day) is the surname — capitals inside a sentence say so.
    else if (j === i + 1 && gap === ' ' && NOT_NAME.has(tokens[j].key) && !CLOSED_CLASS.has(tokens[j].key) && /^\p{Lu}\p{Ll}/u.test(tokens[j].text) && givenNameGender(tokens[i].key) && (j + 1 >= tokens.length || !isNameWord(text, tokens[j + 1]))) {
      j++;
      break;
    }
    // "UFCW Local 832", "Teamsters Local 31": a union local's number is part of its name.
    else if (tokens[j - 1].key === 'local' && gap === ' ' && /^\d{1,5}$/.test(tokens[j].text)) j++;
    else if (NAME_PARTICLES.has(tokens[j].key) && j + 1 < tokens.length && isNameWord(text, tokens[j + 1])) j += 2;
    // "Ben van der Pluijm", "Ursula von der Leyen": two particles in a row.
    else if (NAME_PARTICLES.has(tokens[j].key) && j + 2 < tokens.length && NAME_PARTICLES.has(tokens[j + 1].key) && text.slice(tokens[j].end, tokens[j + 1].start) === ' ' && text.slice(tokens[j + 1].end, tokens[j + 2].start) === ' ' && isNameWord(text, tokens[j + 2])) j += 3;
    // "Securities and Exchange Commission", "University of Michigan": small words join an organisation's name.
    else if (ORG_JOINERS.has(tokens[j].key) && gap === ' ' && j + 1 < tokens.length && !taken[j + 1] && isNameWord(text, tokens[j + 1]) && text.slice(tokens[j].end, tokens[j + 1].start) === ' ' && orgWordWithin(tokens, i, j + 4)) {
      joined = true;
      j += 2;
    }
    else break;
  }
  const end = j;
  // "N.B.", "U.S." or a letter alone: initials of a place or a country, nobody's name.
  let initialsOnly = true;
  for (let k = i; k < end && initialsOnly; k++) initialsOnly = tokens[k].end - tokens[k].start === 1;
  if (initialsOnly) return null;
  // Titles and offices before the name: "Veterans Affairs Minister Seamus O'Regan" → Seamus O'Regan.
  let first = i;
  // "Finally Demi said": a capitalised adverb or determiner that opens the sentence is not the name's first word.
  if (end - i === 1 && (SENTENCE_OPENERS.has(tokens[i].key) || RU_SENTENCE_OPENERS.has(tokens[i].key)) && opensSentence(tokens, i, text)) return null; // "Nonetheless, she …"
  if (end - i >= 2 && opensSentence(tokens, i, text) && (SENTENCE_OPENERS.has(tokens[i].key) || RU_SENTENCE_OPENERS.has(tokens[i].key) || adverbOrParticiple(tokens[i]) || (LATIN.test(tokens[i].key) && isCommonWord(tokens[i].key)))) first = i + 1;
  let gender: Gender | undefined;
  const opener = first;
  for (let k = first; k < end; k++) {
    const possessive = endsPossessive(tokens[k].key);
    const key = possessive ? tokens[k].key.slice(0, -2) : tokens[k].key;
    // "Vancouver's Bo Horvat": a possessor before the name is not part of it.
    if (k < end - 1 && possessive) {
      first = k + 1;
      continue;
    }
    // A title word that ends the run is a surname after a given name ("Damon Green", "Stephen King"), not
    // after an initial or a title ("U.S. President").
    if (isTitleWord(key) && (k < end - 1 || first === k || !isGivenName(tokens[k - 1].key))) {
      first = k + 1;
      gender = HONORIFIC_GENDER[key] ?? gender;
    }
  }
  // «Глава Минфина Антон Силуанов»: in Cyrillic, a known given name with a surname after it opens the name; the
  // capitalised words before it (an organisation in the genitive, a region) are not the person's.
  if (end - first >= 3 && !LATIN.test(tokens[first].key) && !ruGivenGender(tokens[first].key)) {
    for (let k = first + 1; k < end - 1; k++) {
      if (ruGivenGender(tokens[k].key)) {
        first = k;
        break;
      }
    }
  }
  // What is left after the titles is a person's name, unless it has an organisation's word or an acronym in it;
  // a run of nothing but title and office words ("Canadian Beverage Association") is an organisation's name.
  let org = false;
  if (first >= end) {
    first = opener;
    while (first < end && /['’]s$/.test(tokens[first].key) && first < end - 1) first++;
    let any = end - first >= 2 && EN_ORG_LAST_WORDS.has(stripPossessive(tokens[end - 1].key));
    for (let k = first; k < end; k++) any ||= orgWord(tokens, k, text);
    if (!any) return null;
    org = true;
  } else {
    for (let k = first; k < end && !org; k++) org = orgWord(tokens, k, text);
    // A name joined by "of"/"and" was taken in only for an organisation: the whole run is that organisation.
    if ((end - first >= 2 && EN_ORG_LAST_WORDS.has(stripPossessive(tokens[end - 1].key))) || ampersand || joined) org = true;
    // The words before an organisation's name are part of it ("Canadian Beverage Association"), up to a possessor.
    if (org) {
      let k = first;
      while (k > opener && !/['’]s$/.test(tokens[k - 1].key)) k--;
      first = k;
    }
  }
  // "the British aid group Gatsby", "media buying company GroupM": a name after an organisation's noun is one.
  if (!org && i > 0 && tokens[i - 1].para === tokens[i].para && EN_ORG_HEADS.has(tokens[i - 1].key) && /^\s+$/.test(text.slice(tokens[i - 1].end, tokens[i].start))) org = true;
  // Title words left before a person's name describe them: "Mayor Doug McCallum" is the mayor.
  const titles: string[] = [];
  if (!org) for (let k = opener; k < first; k++) if (isTitleWord(tokens[k].key)) titles.push(tokens[k].key);
  // "Canadian Pacific Railway", "American Red Cross": a demonym before an organisation's name belongs to it.
  if (org && first === i && i > 0 && DEMONYMS.has(tokens[i - 1].key) && CAP.test(tokens[i - 1].text) && tokens[i - 1].para === tokens[i].para && text.slice(tokens[i - 1].end, tokens[i].start) === ' ') first = i - 1;
  const start = tokens[first].start;
  let stop = tokens[end - 1].end;
  let t = text.slice(start, stop);
  if (endsPossessive(t)) {
    stop -= 2;
    t = t.slice(0, -2);
  }
  if (nickname > first) t = `${text.slice(start, tokens[nickname - 1].end)} ${text.slice(tokens[nickname + 1].start, stop)}`;
  const latin = LATIN.test(tokens[first].key);
  // "Christmas Day", "New Year", "Monday Night": a date, not a person.
  if (NOT_PERSON_LAST.has(stripPossessive(tokens[end - 1].key)) || HOLIDAYS.has(tokens[first].key)) return null;
  // "Things break", "Officials say": one capitalised plural at a sentence's start names nobody (but "Young said"
  // may well be a surname).
  // ("Police said", "Authorities say": a collective source's noun, even one the lexicon counts an organisation's.)
  if (latin && end - first === 1 && opensSentence(tokens, first, text) && EN_COLLECTIVE_WORDS.has(tokens[first].key)) return null;
  if (latin && end - first === 1 && !org && opensSentence(tokens, first, text) && ((isPluralWord(tokens[first].key) && isKnownNonName(tokens[first].key)) || EN_ANONYMOUS_WORDS.has(tokens[first].key))) return null;
  // («Источник в Кремле сообщил …»: a word for an unnamed source that opens a Russian sentence is none either.)
  if (!latin && end - first === 1 && !org && opensSentence(tokens, first, text) && (RU_ANONYMOUS_WORDS.has(tokens[first].key) || RU_ORG_NOUN_WORDS.has(tokens[first].key))) return null;
  // («Российский лидер подчеркнул …», «Американский посол заявил …»: an adjective opening the sentence before a
  // title's noun; a surname of the same shape stands before its verb: «Вишневский заявил».)
  if (!latin && end - first === 1 && !org && opensSentence(tokens, first, text) && RU_ADJECTIVE_ENDING.test(tokens[first].key) && end < tokens.length && RU_TITLES.has(tokens[end].key) && text.slice(tokens[first].end, tokens[end].start) === ' ') return null;
  // "the Liberals", "Black Canadians", "the Raptors": a capitalised plural is a party, a team or a people — a
  // group, not a person (but "Rogers" or "Myers" is a surname).
  const lastKey = stripPossessive(tokens[end - 1].key);
  const afterThe = first > 0 && tokens[first - 1].key === 'the';
  // "the South Carolina Republican", "the Ontario Liberal": a place and a party word describe someone, not a name.
  if (latin && !org && EN_PARTY_MEMBERS.has(lastKey) && partyDescription(tokens, end, text)) return null;
  const givenFirst = MALE_GIVEN_NAMES.has(tokens[first].key) || FEMALE_GIVEN_NAMES.has(tokens[first].key) || (latin && isNameInLexicon(tokens[first].key));
  const plural = latin && end - first <= 3 && !(givenFirst && end - first >= 2) && (isPluralWord(lastKey) || /^[A-Z]{2,}s$/.test(tokens[end - 1].text) || (PLURAL_SUFFIX.test(lastKey) && !isNameInLexicon(lastKey) && (end - first >= 2 || afterThe)));
  if (org || plural) return mention(start, stop, t, first, end, 'unregistered', undefined, undefined, undefined, true);
  let place = false;
  if (latin) {
    let places = true;
    for (let k = first; k < end && places; k++) places = isPlaceWord(stripPossessive(tokens[k].key));
    // "Douglas County", "Lake Cowichan", "Field Street": a place word makes the whole name a place.
    // ("Lina Park", "Ann Lake" are people: a given name comes first.)
    place = places || (end - first >= 2 && end - first <= 4 && isPlacePhrase(placeWords(tokens, first, end))) || (end - first >= 2 && (PLACE_LAST.has(lastKey) || (!givenFirst && (PLACE_LAST_WEAK.has(lastKey) || PLACE_FIRST.has(tokens[first].key)))));
  }
  // A common given name tells the gender when no honorific did ("Sarah Buckley" → f).
  if (!gender && end - first >= 2) {
    const given = tokens[first].key;
    gender = MALE_GIVEN_NAMES.has(given) ? 'm' : FEMALE_GIVEN_NAMES.has(given) ? 'f' : latin ? givenNameGender(given) : ruGivenGender(given);
  }
  return mention(start, stop, t, first, end, 'unregistered', undefined, undefined, gender, false, place, titles.length ? titles : undefined);
}

/** An organisation's word or an acronym at token k. (Not a closure in nameAt, which runs for every free word:
 *  see cliticsInTrie.) */
function orgWord(tokens: readonly Token[], k: number, text: string): boolean {
  return EN_ORG_WORDS.has(stripPossessive(tokens[k].key)) || isAcronym(tokens, k, text);
}

/** A name's words as the lexicon keys its places: lower-case, possessive dropped, one space between. */
function placeWords(tokens: readonly Token[], first: number, end: number): string {
  let out = '';
  for (let k = first; k < end; k++) out += (k > first ? ' ' : '') + tokens[k].key.replace(/['’]s$/, '');
  return out;
}

/** "Eventually", "Neighbouring": a capitalised adverb or participle — but not "Rally Canada", "Kelly", "Fleming". */
function adverbOrParticiple(t: Token): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || isNameInLexicon(t.key)) return false;
  return (t.key.endsWith('ly') && t.key.length >= 7) || (t.key.endsWith('ing') && t.key.length >= 6);
}

/** A given name, from our lists or the English lexicon ("Damon", "Peter"; not "Kentucky", not an initial). */
/** The gender of a Russian or Ukrainian given name, if it is a common one. */
function ruGivenGender(key: string): Gender | undefined {
  const g = RU_MALE_GIVEN_NAMES.has(key) ? 'm' : RU_FEMALE_GIVEN_NAMES.has(key) ? 'f' : undefined;
  if (g || key.length < 4 || key.charCodeAt(0) < 0x430 || key.charCodeAt(0) > 0x44f) return g;
  // «по словам главы Минфина Антона Силуанова»: a given name in the genitive is one too.
  const nominative = ruNominativeOfGenitive(key[0].toUpperCase() + key.slice(1)).toLowerCase();
  return nominative === key ? undefined : RU_MALE_GIVEN_NAMES.has(nominative) ? 'm' : RU_FEMALE_GIVEN_NAMES.has(nominative) ? 'f' : undefined;
}

function isGivenName(key: string): boolean {
  if (key.length < 2) return false;
  return MALE_GIVEN_NAMES.has(key) || FEMALE_GIVEN_NAMES.has(key) || (LATIN.test(key) && givenNameGender(key) !== undefined);
}

/** Whether token i starts a sentence: the paragraph's first word, or the first after . ! ? or an opening quote. */
function opensSentence(tokens: readonly Token[], i: number, text: string): boolean {
  if (i === 0 || tokens[i - 1].para !== tokens[i].para) return true;
  // /[.!?]["”’»]?\s+$/ or /["“«]\s*$/ on the gap, read backwards from its end without slicing it: both ask
  // about the last character before the trailing blanks (neither pattern's marks is a blank).
  const from = tokens[i - 1].end;
  let e = tokens[i].start;
  while (e > from && isJsSpace(text.charCodeAt(e - 1))) e--;
  if (e === from) return false;
  const c = text.charCodeAt(e - 1);
  if (c === 0x22 || c === 0x201c || c === 0xab) return true; // " “ «
  if (e === tokens[i].start) return false; // the sentence mark needs a blank after it
  if (c === 0x2e || c === 0x21 || c === 0x3f) return true; // . ! ?
  if (c === 0x201d || c === 0x2019 || c === 0xbb) {
    const b = e - 2 >= from ? text.charCodeAt(e - 2) : -1;
    return b === 0x2e || b === 0x21 || b === 0x3f;
  }
  return false;
}

/** What \s matches in a JavaScript regex: white space and line terminators. */
function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An acronym standing alone — "IRCC said", "told CTV" — not a word of an all-capital headline or rubric. */
function isAcronym(tokens: readonly Token[], i: number, text: string): boolean {
  // Cheap rejections first: an acronym opens with a capital followed by a capital, a digit or "&" — read from
  // the text (see isNameWord), so that most words never have their own string read.
  const t = tokens[i];
  const len = t.end - t.start;
  const c0 = text.charCodeAt(t.start);
  if (len < 2 || len > 6 || c0 < 65 || c0 > 90) return false;
  const c1 = text.charCodeAt(t.start + 1);
  if (!((c1 >= 65 && c1 <= 90) || (c1 >= 48 && c1 <= 57) || c1 === 38)) return false;
  const w = t.text;
  if (!/^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(w) || !/[A-Z].*[A-Z]/.test(w)) return false;
  if (TITLE_WORDS.has(tokens[i].key) || ACRONYM_NOT_ORG.has(w)) return false;
  return !capsWord(tokens, i - 1, i, text) && !capsWord(tokens, i + 1, i, text);
}

/** Whether token k, next to token i, is another all-capital word with only blanks between (see cliticsInTrie
 *  for why it is no closure). */
function capsWord(tokens: readonly Token[], k: number, i: number, text: string): boolean {
  return k >= 0 && k < tokens.length && tokens[k].para === tokens[i].para && tokens[k].text.length > 1 && /^[\p{Lu}\p{N}'’-]+$/u.test(tokens[k].text) && /^\s+$/.test(text.slice(Math.min(tokens[k].end, tokens[i].end), Math.max(tokens[k].start, tokens[i].start)));
}

const ACRONYM_NOT_ORG = new Set(['OK', 'TV', 'AM', 'PM', 'GMT', 'EST', 'PST', 'UTC', 'ET', 'PT', 'USD', 'CAD', 'EUR', 'GDP', 'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO', 'EVP', 'SVP', 'VP', 'MP', 'MPs', 'MLA', 'MLAs', 'MPP', 'PhD', 'DNA', 'AI', 'ID', 'IT', 'PR', 'Q1', 'Q2', 'Q3', 'Q4', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'ER', 'ICU']);

/** Whether token t starts with a capital letter (ASCII fast path first), read from the text (see isNameWord). */
function isNameStartAt(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  return CAP.test(t.text);
}

/** A title word, also hyphenated ("Vice-President", "premier-ministre", «пресс-секретарь»). */
function isTitleWord(key: string): boolean {
  if (TITLE_WORDS.has(key) || RU_TITLES.has(key)) return true;
  return key.includes('-') && key.split('-').some((part) => TITLE_WORDS.has(part) || RU_TITLES.has(part));
}

/** "Trump's", "Trump’s". */
function endsPossessive(s: string): boolean {
  // (By char code: two endsWith calls per word cost more.)
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 0x73) return false;
  const c = s.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}

/** s.replace(/['’]s$/, ''), without running a regex for the many words that have no such ending. */
function stripPossessive(s: string): string {
  return endsPossessive(s) ? s.slice(0, -2) : s;
}

const ALL_CAPS = /^[\p{Lu}\p{N}'’-]+$/u;

/** Whether token t (of text) can be part of a name. Its characters are read from the text, whose internal kind
 *  is the same for every token, rather than from the token's own string (a megamorphic access). */
function isNameWord(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  // "al-Shabaab", "Omar al-Khatib", "el-Sisi": the Arabic article, written lower case and hyphened to the name.
  if ((c === 0x61 || c === 0x65) && text.charCodeAt(t.start + 1) === 0x6c && text.charCodeAt(t.start + 2) === 0x2d) {
    const c3 = text.charCodeAt(t.start + 3);
    return c3 >= 0x41 && c3 <= 0x5a && t.end - t.start > 4;
  }
  // Cheap rejections first: ASCII lower case, digits and punctuation never start a name.
  if (c < 0x41 || (c > 0x5a && c < 0xc0)) return false;
  // An ASCII capital is an upper-case letter; only other first letters need the Unicode tests.
  if (c > 0x5a && !(CAP.test(t.text) && /\p{L}/u.test(t.text[0]))) return false;
  if (NOT_NAME.has(t.key)) return false;
  // All-capital words are acronyms and rubrics ("CNN", "WATCH"), not people's names; a lower-case ASCII
  // second letter settles it without the regex.
  if (t.end - t.start === 1) return true;
  const c1 = text.charCodeAt(t.start + 1);
  return (c1 >= 0x61 && c1 <= 0x7a) || !ALL_CAPS.test(t.text);
}
