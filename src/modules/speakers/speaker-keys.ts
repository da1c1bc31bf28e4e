// Keys that make names comparable: the pipeline's normalizeText (Arabic letter forms, case, Latin accents,
// ё, punctuation) and, in SQL, unaccent for the Latin letters NFD cannot split (Łukašenka → lukasenka).
import { normalizeText } from '../../pipeline';

/** SQL for the alias key of a parameter that already went through normalizeText. */
export const ALIAS_KEY_SQL = (param: string): string => `public.unaccent(${param})`;

export function normalizeName(name: string): string {
  return normalizeText(name);
}

/**
 * A URL-safe slug of a name in any script: `Caroline Leavitt` → `caroline-leavitt`, `كارولين ليفيت` →
 * `كارولين-ليفيت`. Letters and digits of every script are kept; everything else becomes one dash.
 */
export function slugOf(name: string): string {
  const slug = normalizeText(name).replace(/ /g, '-').slice(0, 80).replace(/-+$/, '');
  return slug || 'speaker';
}

/** What the API accepts for a speaker: a uuid, or a slug of letters, digits and dashes. */
export const SPEAKER_REF = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,199}$/u;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
