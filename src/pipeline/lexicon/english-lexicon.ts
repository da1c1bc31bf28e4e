// English word classes from compromise's lexicon (MIT; about 25,000 words): given names with the gender they
// usually carry, places, demonyms and function words — so that "Mamadou Dia … he" agrees, "Kenya" is no person
// and "Besides Demi" starts at Demi. Loaded on first use (about half a second), only for English text.

import type { Gender } from '../types';

type Lexicon = Readonly<Record<string, string | string[] | undefined>>;
let lexicon: Lexicon | undefined;

function lex(): Lexicon {
  if (!lexicon) {
    // A lazy require: Arabic and Russian articles never pay for the English lexicon.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const two = require('compromise/two') as { world(): { model: { one: { lexicon: Lexicon } } } };
    lexicon = two.world().model.one.lexicon;
  }
  return lexicon;
}

function tags(word: string): readonly string[] {
  const t = lex()[word];
  return t === undefined ? [] : typeof t === 'string' ? [t] : t;
}

/** The gender a given name usually carries ("benjamin" → m, "teresa" → f); undefined when unknown or both. */
export function givenNameGender(key: string): Gender | undefined {
  const t = tags(key);
  if (t.includes('MaleName')) return 'm';
  if (t.includes('FemaleName')) return 'f';
  return undefined;
}

const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region']);
/** A country, city or region ("kenya", "vancouver", "surrey"). */
export function isPlaceWord(key: string): boolean {
  return tags(key).some((t) => PLACE_TAGS.has(t));
}

/** Word classes that never begin a name ("Will", "Young", "Black" may: modals and adjectives are left out). */
const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun', 'QuestionWord', 'Comparative', 'Superlative', 'Gerund', 'Month', 'WeekDay', 'Date', 'Duration', 'Expression', 'Cardinal', 'Ordinal']);
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'ProperNoun']);
/** A word that is not a name when it opens a sentence: "Besides", "Unlike", "Neighbouring", "Another". */
export function isCommonWord(key: string): boolean {
  const t = tags(key);
  return t.some((x) => FUNCTION_TAGS.has(x)) && !t.some((x) => NAME_TAGS.has(x));
}

/** A plural noun or demonym: "Canadians", "Liberals" name a group, not a person. */
export function isPluralWord(key: string): boolean {
  const t = tags(key);
  return t.includes('Plural') || (t.includes('Demonym') && key.endsWith('s'));
}

/** A word the lexicon knows only as something other than a name ("things", "officials", "despite"). */
export function isKnownNonName(key: string): boolean {
  const t = tags(key);
  return t.length > 0 && !t.some((x) => NAME_TAGS.has(x) || PLACE_TAGS.has(x) || x === 'Organization');
}

/** A word the lexicon knows as a given name or surname ("myers", "rogers"). */
export function isNameInLexicon(key: string): boolean {
  return tags(key).some((x) => NAME_TAGS.has(x));
}
