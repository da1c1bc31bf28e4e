// Sources that name nobody: a statement credited to them has no speaker (flagged anonymous).
// «مصدر مطلع», «مصادر روسية», "a source familiar", "U.S. officials", «источник».

import { AR_ANONYMOUS } from './speech-verbs.ar';
import { EN_ANONYMOUS } from './speech-verbs.en';
import { RU_ANONYMOUS } from './speech-verbs.ru';
import { foldLetters } from '../normalize/text';

export const ANONYMOUS_WORDS: ReadonlySet<string> = new Set([...AR_ANONYMOUS, ...EN_ANONYMOUS, ...RU_ANONYMOUS].map(foldLetters));

/** Personal pronouns that can be a speech verb's subject, with gender ('pl' for plural, 'n' for "it": an organisation). */
export const SUBJECT_PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'pl' | 'n'>> = {
  he: 'm', she: 'f', they: 'pl', it: 'n', он: 'm', она: 'f', они: 'pl', هو: 'm', هي: 'f', هم: 'pl', его: 'm', ее: 'f', её: 'f',
};
