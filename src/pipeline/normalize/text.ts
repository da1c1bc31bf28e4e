// Folds spelling variation so that names and statements compare equal across outlets:
// Arabic diacritics, tatweel and alef/ya/ta-marbuta forms (أكّد → اكد, ليفيت), Latin case and accents
// (Zelenskyy → zelenskyy, Gaétan → gaetan), Cyrillic ё → е, and every run of punctuation or quote marks → one space.

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** Letter-level folding only; keeps punctuation and length-changing is limited to removed marks. */
export function foldLetters(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(/[إأآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC');
}

/** Folded letters and digits separated by single spaces: the key for names and statement text. */
export function normalizeText(s: string): string {
  return foldLetters(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
