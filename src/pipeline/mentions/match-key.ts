// The key a word is looked up by: folded letters, Arabic clitics and Russian case endings set aside.
// "للكرملين" → "الكرملين"; "Пескова" → "песков"; "Trump's" → "trump".

import { foldLetters } from '../normalize/text';

const CYRILLIC = /[\u0400-\u04ff]/;
// Longest first, so "ого" is tried before "о".
const RU_ENDINGS = ['ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ой', 'ей', 'ий', 'ый', 'ом', 'ем', 'ым', 'им', 'ую', 'юю', 'ая', 'яя', 'ью', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'о', 'ь', 'й'];

/** Russian words lose their case ending (keeping at least 3 letters): Песковым, Пескова, Песков → песков. */
export function ruStem(word: string): string {
  for (const e of RU_ENDINGS) if (word.length - e.length >= 3 && word.endsWith(e)) return word.slice(0, -e.length);
  return word;
}

/** Words of a name or title, folded; Cyrillic words stemmed. */
export function keyWords(s: string): string[] {
  return foldLetters(s)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (CYRILLIC.test(w) ? ruStem(w) : w));
}

/** Variants of a first word with Arabic clitics removed: وبيسكوف → بيسكوف, للرئيس → الرئيس, وللكرملين → الكرملين. */
export function arabicClitics(w: string): string[] {
  const out = [w];
  let rest = w;
  if (rest.length > 3 && (rest[0] === 'و' || rest[0] === 'ف')) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.length > 3 && rest.startsWith('لل')) out.push('ال' + rest.slice(2));
  if (rest.length > 3 && (rest[0] === 'ب' || rest[0] === 'ل' || rest[0] === 'ك')) out.push(rest.slice(1));
  return out;
}
