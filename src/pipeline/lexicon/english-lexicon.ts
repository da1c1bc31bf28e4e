// English word classes from compromise's lexicon (MIT; about 25,000 words): given names with the gender they
// usually carry, places, demonyms and function words — so that "Mamadou Dia … he" agrees, "Kenya" is no person
// and "Besides Demi" starts at Demi. Loaded on first use (about half a second), only for English text, and
// turned once into one small bit set per word, so that every look-up on the hot path is a single Map read.

import type { Gender } from '../types';

type Lexicon = Readonly<Record<string, string | string[] | undefined>>;

const MALE = 1;
const FEMALE = 2;
const NAME = 4;
const PLACE = 8;
const FUNCTION = 16;
const PLURAL = 32;
const KNOWN = 64;
const ORGANISATION = 128;
const BASE_VERB = 256;

/** Word classes that never begin a name ("Will", "Young", "Black" may: modals and adjectives are left out). */
const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun', 'QuestionWord', 'Comparative', 'Superlative', 'Gerund', 'Month', 'WeekDay', 'Date', 'Duration', 'Expression', 'Cardinal', 'Ordinal']);
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun']);
const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);

let classes: Map<string, number> | undefined;

/** A Bloom filter of the lexicon's words (2^18 bits, two probes, 32 KB): about half the words asked about are not
 *  in the lexicon (surnames, most capitalised words), and two bit tests in a table that stays in the cache turn
 *  them away, where a read of the 25,000-entry map mostly misses it. */
const WORD_FILTER = new Int32Array(1 << 13);

/** Two probe positions of a word in WORD_FILTER, from one hash of its characters. */
function filterHash(word: string): number {
  let h = 0;
  const n = word.length;
  for (let i = 0; i < n; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b);
}

function filterAdd(word: string): void {
  const x = filterHash(word);
  const a = x >>> 14;
  const b = x & 0x3ffff;
  WORD_FILTER[a >>> 5] |= 1 << (a & 31);
  WORD_FILTER[b >>> 5] |= 1 << (b & 31);
}

/** False when the word is surely not in the lexicon (the filter has no false negatives). */
function mayBeInLexicon(word: string): boolean {
  const x = filterHash(word);
  const a = x >>> 14;
  const b = x & 0x3ffff;
  return (WORD_FILTER[a >>> 5] & (1 << (a & 31))) !== 0 && (WORD_FILTER[b >>> 5] & (1 << (b & 31))) !== 0;
}
/** Places of several words ("new brunswick", "buenos aires"), lower-case. */
let placePhrases: Set<string> | undefined;

function lexicon(): Map<string, number> {
  if (classes) return classes;
  // A lazy require: Arabic and Russian articles never pay for the English lexicon.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const two = require('compromise/two') as { world(): { model: { one: { lexicon: Lexicon } } } };
  const lex = two.world().model.one.lexicon;
  classes = new Map();
  placePhrases = new Set();
  for (const word of Object.keys(lex)) {
    const raw = lex[word];
    const tags = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
    if (word.includes(' ')) {
      if (tags.some((t) => PLACE_TAGS.has(t))) placePhrases.add(word);
      continue;
    }
    let bits = KNOWN;
    let name = false;
    let fn = false;
    for (const t of tags) {
      if (t === 'MaleName') bits |= MALE;
      else if (t === 'FemaleName') bits |= FEMALE;
      if (NAME_TAGS.has(t)) name = true;
      if (PLACE_TAGS.has(t)) bits |= PLACE;
      if (FUNCTION_TAGS.has(t)) fn = true;
      if (t === 'Plural' || (t === 'Demonym' && word.endsWith('s'))) bits |= PLURAL;
      if (t === 'Organization') bits |= ORGANISATION;
      if (t === 'Infinitive') bits |= BASE_VERB;
    }
    if (name) bits |= NAME;
    if (fn && !name) bits |= FUNCTION;
    classes.set(word, bits);
    filterAdd(word);
  }
  return classes;
}

/** The last word looked up and its bits. Callers ask several questions of one word in a row (nameAt asks whether
 *  a name's first word is a given name, a place, a plural …): on GGT half of all look-ups repeat the one before,
 *  and a string compare is cheaper than a read of a 25,000-entry map (its hash table is mostly out of cache). */
let lastKey: string | undefined;
let lastBits = 0;

function bitsOf(key: string): number {
  if (key === lastKey) return lastBits;
  const lex = lexicon();
  const bits = mayBeInLexicon(key) ? lex.get(key) ?? 0 : 0;
  lastKey = key;
  lastBits = bits;
  return bits;
}

/** The gender a given name usually carries ("benjamin" → m, "teresa" → f); undefined when unknown. */
export function givenNameGender(key: string): Gender | undefined {
  const b = bitsOf(key);
  return b & MALE ? 'm' : b & FEMALE ? 'f' : undefined;
}

/** A country, city or region ("kenya", "vancouver", "surrey"). */
export function isPlaceWord(key: string): boolean {
  return (bitsOf(key) & PLACE) !== 0;
}

/** A word that is not a name when it opens a sentence: "Besides", "Unlike", "Another". */
export function isCommonWord(key: string): boolean {
  return (bitsOf(key) & FUNCTION) !== 0;
}

/** A plural noun or demonym: "Canadians", "Liberals" name a group, not a person. */
export function isPluralWord(key: string): boolean {
  return (bitsOf(key) & PLURAL) !== 0;
}

/** A word the lexicon knows only as something other than a name ("things", "officials", "despite"). */
export function isKnownNonName(key: string): boolean {
  const b = bitsOf(key);
  return (b & KNOWN) !== 0 && (b & (NAME | PLACE | ORGANISATION)) === 0;
}

/** A word the lexicon knows as a given name or surname ("myers", "rogers"). */
export function isNameInLexicon(key: string): boolean {
  return (bitsOf(key) & NAME) !== 0;
}

/** A verb's base form, which is finite after a plural subject ("tenants need", "we want"). */
export function isBaseVerbWord(key: string): boolean {
  return (bitsOf(key) & BASE_VERB) !== 0;
}

/** A place named by several words, lower-case and space-separated ("new brunswick", "kuala lumpur"). */
export function isPlacePhrase(words: string): boolean {
  lexicon();
  return placePhrases!.has(words);
}
