// Folds spelling variation so that names and statements compare equal across outlets:
// Arabic diacritics, tatweel and alef/ya/ta-marbuta forms (أكّد → اكد, ليفيت), Latin case and accents
// (Zelenskyy → zelenskyy, Gaétan → gaetan), Cyrillic ё → е, and every run of punctuation or quote marks → one space.

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;

const ASCII = /^[\x00-\x7f]*$/;
/** Characters that need Unicode normalisation (Latin accents, compatibility and presentation forms). */
const NEEDS_NORMALIZE = /[\u00a0-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\ufb00-\ufeff\uff00-\uffef]/;
const SIMPLE_FOLDS: Readonly<Record<string, string>> = { 'إ': 'ا', 'أ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ё': 'е' };
const SIMPLE = /[إأآٱىةؤئё]/g;

/** Letter-level folding only; keeps punctuation and length-changing is limited to removed marks. */
export function foldLetters(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  // Fast path for Arabic and Cyrillic words: no normalisation needed, only marks and letter variants.
  if (!NEEDS_NORMALIZE.test(s)) return s.toLowerCase().replace(ARABIC_MARKS, '').replace(SIMPLE, (c) => SIMPLE_FOLDS[c]);
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
