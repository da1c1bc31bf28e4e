// Detects the article language from its letters: Arabic script → ar, Cyrillic → ru, Latin → en.
// "قال بيسكوف إن…" → ar; "Peskov said…" → en; mixed pages go to the script with the most letters.

import type { Lang } from '../types';

export const LANGS: readonly Lang[] = ['ar', 'en', 'ru'];

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

export function detectLanguage(text: string): Lang {
  let ar = 0;
  let ru = 0;
  let en = 0;
  // A sample of 20k characters is plenty and keeps detection O(1) on huge inputs.
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) ar++;
    else if (c >= 0x0400 && c <= 0x04ff) ru++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) en++;
  }
  if (ar >= ru && ar >= en && ar > 0) return 'ar';
  if (ru >= en && ru > 0) return 'ru';
  return 'en';
}
