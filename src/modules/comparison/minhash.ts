// MinHash locality-sensitive hashing over word pairs of the normalised text. Two reports of one statement
// share most word pairs, so they very likely share at least one band key (a hash of ROWS minima), while
// unrelated statements almost never do: «موسكو مستعدة لمواصلة الحوار» and its cut or re-punctuated copy
// collide; "the talks will resume" and "the budget was approved" do not.
//
// With BANDS bands of ROWS rows, two texts whose word-pair sets have Jaccard similarity J share a key with
// probability 1 − (1 − J^ROWS)^BANDS: 0.98 at J = 0.65, 0.93 at 0.6, 0.73 at 0.5, 0.03 at 0.2, 0.002 at 0.1 —
// reports of one statement are found, statements that merely share a topic rarely become candidates.

export const LSH_BANDS = 20;
export const LSH_ROWS = 4;
const HASHES = LSH_BANDS * LSH_ROWS;

/** Murmur3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One fixed seed per hash function; never change them, or stored band keys stop matching new ones. */
const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x632be5ab)));

const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;

/** The band keys of a normalised text (normalizeText output); none for fewer than two words. */
export function lshBands(normalized: string): number[] {
  const words = normalized ? normalized.split(' ') : [];
  if (words.length < 2) return [];
  const shingles = new Set<number>();
  for (let i = 0; i + 1 < words.length; i++) shingles.add(fnv1a(`${words[i]} ${words[i + 1]}`));
  const mins = new Array<number>(HASHES).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const v = fmix32(h ^ SEEDS[k]);
      if (v < mins[k]) mins[k] = v;
    }
  }
  const bands: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let key = Math.imul(b + 1, 0x9e3779b9) >>> 0;
    for (let r = 0; r < LSH_ROWS; r++) key = fmix32(key ^ rotl(mins[b * LSH_ROWS + r], 7 * r + 1));
    bands.push(key | 0);
  }
  return bands;
}
