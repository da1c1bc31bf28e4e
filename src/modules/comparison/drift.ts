// How a reported variant differs from a cluster's canonical (longest) text, word by word after
// normalisation: "exact", "cut" (words dropped), "addition" (words added), "substitution" (both).
// «موسكو مستعدة للحوار» against «موسكو مستعدة للحوار بشروط عادلة» is a cut; "ready for talks" against
// "ready for dialogue" a substitution.

export type Drift = 'exact' | 'cut' | 'addition' | 'substitution';
export const DRIFTS: readonly Drift[] = ['exact', 'cut', 'addition', 'substitution'];

export interface DriftResult {
  drift: Drift;
  /** Canonical words the variant lacks. */
  removedWords: number;
  /** Variant words the canonical text lacks. */
  addedWords: number;
}

/** Above this many word pairs the diff counts shared words instead of aligning them (quadratic cost). */
const MAX_ALIGNMENT_CELLS = 4_000_000;

/** Both arguments are normalizeText output (words separated by single spaces). */
export function driftOf(variant: string, canonical: string): DriftResult {
  if (variant === canonical) return { drift: 'exact', removedWords: 0, addedWords: 0 };
  const a = canonical ? canonical.split(' ') : [];
  const b = variant ? variant.split(' ') : [];
  const common = a.length * b.length > MAX_ALIGNMENT_CELLS ? sharedWords(a, b) : longestCommonSubsequence(a, b);
  const removedWords = a.length - common;
  const addedWords = b.length - common;
  const drift: Drift = removedWords && addedWords ? 'substitution' : removedWords ? 'cut' : addedWords ? 'addition' : 'substitution';
  return { drift, removedWords, addedWords };
}

function longestCommonSubsequence(a: string[], b: string[]): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

function sharedWords(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      n++;
      counts.set(w, c - 1);
    }
  }
  return n;
}
