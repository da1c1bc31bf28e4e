// The key a word is looked up by: folded letters, Arabic clitics and Russian case endings set aside.
// "للكرملين" → "الكرملين"; "Пескова" → "песков"; "Trump's" → "trump".

import { alnumAt, foldLetters } from '../normalize/text';

// Case endings that end in a consonant, longest first; after them, trailing vowels, й and ь go too.
const RU_CONSONANT_ENDINGS = ['ами', 'ями', 'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ом', 'ем', 'ым', 'им', 'ах', 'ях'];

/** Russian words lose their case ending (keeping at least 3 letters) the same way in every case:
 *  Сергей, Сергея, Сергеем → серг; Песков, Пескова, Песковым → песков; Кремль, Кремля → кремл. */
export function ruStem(word: string): string {
  let w = word;
  for (const e of RU_CONSONANT_ENDINGS) {
    if (w.length - e.length >= 3 && w.endsWith(e)) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  let end = w.length;
  while (end > 3 && 'аеёиоуыэюяйь'.includes(w[end - 1])) end--;
  return w.slice(0, end);
}

const PLAIN_LATIN = /^[A-Za-z]+$/;

/** Words of a name or title, folded; Cyrillic words stemmed. */
export function keyWords(s: string): string[] {
  if (PLAIN_LATIN.test(s)) return [foldLetters(s)];
  return keyWordsOfFolded(foldLetters(s));
}

/** keyWords(s) given foldLetters(s) (a token's key): its runs of letters and digits, the split on
 *  /[^\p{L}\p{N}]+/u without the empty pieces, read by a char table; Cyrillic words stemmed. */
export function keyWordsOfFolded(f: string): string[] {
  const folded = f.replace(/['’]s\b/g, '');
  const out: string[] = [];
  const n = folded.length;
  for (let i = 0; i < n; ) {
    let w = alnumAt(folded, i, n);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let cyrillic = false;
    do {
      const c = folded.charCodeAt(i);
      if (c >= 0x400 && c <= 0x4ff) cyrillic = true;
      i += w;
    } while (i < n && (w = alnumAt(folded, i, n)) > 0);
    const word = folded.slice(start, i);
    out.push(cyrillic ? ruStem(word) : word);
  }
  return out;
}

/** keyWords(s).length, counted without making the words (stemming keeps every word). */
export function keyWordCount(s: string): number {
  if (PLAIN_LATIN.test(s)) return 1;
  const folded = foldLetters(s).replace(/['’]s\b/g, '');
  const n = folded.length;
  let count = 0;
  for (let i = 0; i < n; ) {
    let w = alnumAt(folded, i, n);
    if (w === 0) {
      i++;
      continue;
    }
    count++;
    do i += w;
    while (i < n && (w = alnumAt(folded, i, n)) > 0);
  }
  return count;
}

/** Variants of a first word with Arabic clitics removed: وبيسكوف → بيسكوف, للرئيس → الرئيس, وللكرملين → الكرملين. */
export function arabicClitics(w: string): string[] {
  const c = w.charCodeAt(0);
  // Only و ف ب ل ك open a clitic: every other word is itself.
  if (c !== 0x648 && c !== 0x641 && c !== 0x628 && c !== 0x644 && c !== 0x643) return [w];
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
