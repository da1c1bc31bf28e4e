// Finds who the text names: registry people, organisations and role titles by longest match in any script
// ("المتحدث باسم الكرملين" beats "الكرملين"), and — for scripts with capitals — unregistered names
// ("Sharks head coach Peter DeBoer" → Peter DeBoer). Linear: each token starts at most K lookups.

import type { Registry, RoleDef, SpeakerEntry } from '../registry';
import type { Token } from '../segment/tokens';
import type { Gender } from '../types';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../lexicon/given-names.en';
import { HONORIFIC_GENDER, TITLE_WORDS } from '../lexicon/name-titles.en';
import { RU_TITLE_WORDS } from '../lexicon/name-titles.ru';
import { arabicClitics, keyWords } from './match-key';

const RU_TITLES = new Set(RU_TITLE_WORDS);
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** First and last token index (inclusive-exclusive). */
  t0: number;
  t1: number;
  kind: 'name' | 'org' | 'title' | 'unregistered';
  entry?: SpeakerEntry;
  role?: RoleDef;
  gender?: Gender;
}

/** Every mention is made here with all its fields: one object shape, so V8's optimised code for the stages
 *  that read mentions stays valid from one article to the next (a shape grown by adding a field is dropped
 *  by the GC once no article holds one, and the code that expected it is thrown away with it). */
function mention(
  start: number,
  end: number,
  text: string,
  t0: number,
  t1: number,
  kind: Mention['kind'],
  entry: SpeakerEntry | undefined,
  role: RoleDef | undefined,
  gender: Gender | undefined,
): Mention {
  return { start, end, text, t0, t1, kind, entry, role, gender };
}

/** Registry names and titles as a trie of their key words: a window of words grows by one map look-up per word,
 *  where a window string to build and hash at every step cost more than all the rest of the look-up. */
interface KeyNode {
  /** The nodes of the phrases one word longer. */
  next: Map<string, KeyNode>;
  /** Who the words up to this node name, if they are a whole name or title. */
  names: SpeakerEntry[] | undefined;
  roles: RoleDef[] | undefined;
}

interface KeyIndex {
  root: KeyNode;
  maxWords: number;
}

const keyNode = (): KeyNode => ({ next: new Map(), names: undefined, roles: undefined });

const indexes = new WeakMap<Registry, KeyIndex>();

export function keyIndex(registry: Registry): KeyIndex {
  let idx = indexes.get(registry);
  if (idx) return idx;
  const built: KeyIndex = { root: keyNode(), maxWords: 1 };
  /** The node of a phrase's key words, made on the way; null when the phrase has no words. */
  const nodeOf = (phrase: string): KeyNode | null => {
    const words = keyWords(phrase);
    if (!words.length) return null;
    let node = built.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = keyNode()));
      node = child;
    }
    built.maxWords = Math.max(built.maxWords, words.length);
    return node;
  };
  for (const s of registry.speakers) {
    for (const a of [s.name, ...s.aliases]) {
      const node = nodeOf(a);
      if (node) node.names = add(node.names, s);
    }
  }
  for (const r of registry.roles) {
    for (const t of r.titles) {
      const node = nodeOf(t);
      if (node) node.roles = add(node.roles, r);
    }
  }
  idx = built;
  indexes.set(registry, idx);
  return idx;
}

function add<V>(list: V[] | undefined, v: V): V[] {
  if (!list) return [v];
  if (!list.includes(v)) list.push(v);
  return list;
}

/** The node reached from `node` by a token's key: one word, or several when `multi` ("jean pierre"). */
function descend(node: KeyNode, key: string, multi: number): KeyNode | undefined {
  if (!multi) return node.next.get(key);
  let at: KeyNode | undefined = node;
  for (const w of key.split(' ')) {
    at = at.next.get(w);
    if (!at) return undefined;
  }
  return at;
}

const CAP = /^\p{Lu}/u;
/** Words whose key is their folded form: letters and digits of one script, no apostrophe or hyphen. */
const PUNCT_CODES = new Set(Array.from('.،,:;!?؟()"«»“”', (c) => c.charCodeAt(0)));
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'mac', 'st']);
/** Capitalised words that are not names (sentence openers, months, days, institutions' common words). */
const NOT_NAME = new Set(
  ('the a an and but or if in on at of for to by with from as it its this that these those he she they we i you his her their our ' +
    'my your there here when where while after before since then also however meanwhile still yet so mr mrs ms dr ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tomorrow last next this one two three some many most ' +
    'according speaking asked what why how who which no yes not all both each every many several thanks please ' +
    'although though because unless despite whether once until instead perhaps indeed sometimes ' +
    'american russian ukrainian chinese british french german israeli iranian palestinian syrian turkish indian japanese korean ' +
    'canadian mexican european african arab egyptian saudi qatari iraqi afghan pakistani polish italian spanish swedish dutch ' +
    'belarusian georgian western eastern northern southern u.s. ' +
    'ранее также сегодня вчера накануне кроме однако по в на об при как это так но и а он она они его её ее их мы вы я ' +
    'хотя там тут здесь тогда поэтому поскольку если когда пока после перед потом затем теперь впрочем итак зато ведь ' +
    'ещё еще уже даже лишь только именно вот да нет').split(' '),
);

export function findMentions(tokens: readonly Token[], text: string, registry: Registry): Mention[] {
  const idx = keyIndex(registry);
  const out: Mention[] = [];
  const taken = new Uint8Array(tokens.length);
  // Each token's lookup key (and whether it holds several words) and whether punctuation precedes it, computed once.
  const keys: string[] = new Array(tokens.length);
  const multi = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isPlainWord(text, t)) keys[i] = t.key;
    else {
      const words = keyWords(t.text);
      keys[i] = words.join(' ');
      multi[i] = words.length > 1 ? 1 : 0;
    }
  }

  const punctBefore = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    for (let c = tokens[i - 1].end; c < tokens[i].start; c++) {
      if (PUNCT_CODES.has(text.charCodeAt(c))) {
        punctBefore[i] = 1;
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length; ) {
    let m = registryMatchAt(tokens, i, idx, text, keys, multi, punctBefore);
    // "The White House press secretary": a match starting one word later that reaches further wins.
    const next = m && i + 1 < tokens.length ? registryMatchAt(tokens, i + 1, idx, text, keys, multi, punctBefore) : null;
    if (m && next && next.t0 < m.t1 && next.t1 > m.t1) m = next;
    if (m) {
      out.push(m);
      taken.fill(1, m.t0, m.t1);
      i = m.t1;
    } else i++;
  }
  // Unregistered names only where the registry found nothing; a run stops at a registry match.
  for (let i = 0; i < tokens.length; ) {
    if (taken[i]) {
      i++;
      continue;
    }
    const m = nameAt(tokens, i, text, taken);
    if (m) {
      out.push(m);
      i = m.t1;
    } else i++;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A word whose key is its folded form: ASCII letters and digits only, or Arabic letters (U+0621–U+064A) only.
 *  Read by char code from the text (a regex per word cost more than the rest of the word's look-up). */
function isPlainWord(text: string, t: Token): boolean {
  const c0 = text.charCodeAt(t.start);
  const arabic = c0 >= 0x621 && c0 <= 0x64a;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (arabic ? c < 0x621 || c > 0x64a : !((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

function registryMatchAt(tokens: readonly Token[], i: number, idx: KeyIndex, text: string, keys: readonly string[], multi: Uint8Array, punctBefore: Uint8Array): Mention | null {
  const key = keys[i];
  // Hot path: most words start no name and carry no Arabic clitic — one set look-up, no allocation. A word that
  // opens with an ASCII character has a key that does too, so only other words have their key read (keys come
  // in many internal string kinds, and reading one is a slow megamorphic access).
  const c0 = text.charCodeAt(tokens[i].start) < 0x80 ? 0 : key.charCodeAt(0);
  const mayHaveClitic = c0 === 0x648 || c0 === 0x641 || c0 === 0x628 || c0 === 0x644 || c0 === 0x643;
  if (!mayHaveClitic && !descend(idx.root, key, multi[i])) return null;
  const firstVariants = mayHaveClitic ? arabicClitics(key).filter((v) => descend(idx.root, v, multi[i])) : [key];
  if (!firstVariants.length) return null;
  const maxK = Math.min(idx.maxWords, tokens.length - i);
  // Grow the window word by word while it is the start of some name or title; keep the longest full match.
  for (const first of firstVariants) {
    let best = 0;
    let bestNode: KeyNode | undefined;
    let node = descend(idx.root, first, multi[i]);
    for (let k = 1; k <= maxK && node; k++) {
      if (k > 1) {
        if (tokens[i + k - 1].para !== tokens[i].para || punctBefore[i + k - 1] === 1) break;
        node = descend(node, keys[i + k - 1], multi[i + k - 1]);
        if (!node) break;
      }
      if (node.names || node.roles) {
        best = k;
        bestNode = node;
      }
    }
    if (!best) continue;
    {
      const k = best;
      const names = bestNode!.names;
      const roles = bestNode!.roles;
      const stripped = Math.max(0, keyWords(tokens[i].text).join(' ').length - first.length);
      const start = tokens[i].start + Math.min(stripped, tokens[i].text.length - 1);
      const end = tokens[i + k - 1].end;
      const mentionText = text.slice(start, end);
      if (names) {
        const e = names[0];
        // "Ernie LeBlanc" is not the registry's LeBlanc: a lone surname glued to another capitalised word is.
        if (k === 1 && /^\p{Lu}/u.test(tokens[i].text) && i > 0 && /^\p{Lu}/u.test(tokens[i - 1].text) && !TITLE_WORDS.has(tokens[i - 1].key)
          && text.slice(tokens[i - 1].end, tokens[i].start) === ' ' && keyWords(e.name).length > 1) return null;
        return mention(start, end, mentionText, i, i + k, e.kind === 'org' ? 'org' : 'name', e, undefined, e.gender);
      }
      return mention(start, end, mentionText, i, i + k, 'title', undefined, roles![0], titleGender(mentionText));
    }
  }
  return null;
}

/** Arabic titles are feminine when their head noun ends in ta marbuta: المتحدثة، الناطقة، السكرتيرة. */
function titleGender(title: string): Gender | undefined {
  const head = title.split(/\s+/)[0] ?? '';
  if (/[\u0600-\u06ff]/.test(head)) return /ة$/.test(head) ? 'f' : 'm';
  return undefined;
}

/** A run of capitalised words in Latin or Cyrillic script: an unregistered name, its titles set aside. */
function nameAt(tokens: readonly Token[], i: number, text: string, taken: Uint8Array): Mention | null {
  if (!isNameWord(text, tokens[i])) return null;
  let j = i + 1;
  while (j < tokens.length && j - i < 7 && !taken[j]) {
    const raw = text.slice(tokens[j - 1].end, tokens[j].start);
    const gap = raw === ' ' ? raw : raw.replace(INVISIBLE, '');
    if (gap !== ' ' && gap !== '. ' && gap !== '-') break;
    if (gap === '. ' && !TITLE_WORDS.has(tokens[j - 1].key) && tokens[j - 1].end - tokens[j - 1].start > 1) break;
    if (isNameWord(text, tokens[j])) j++;
    else if (NAME_PARTICLES.has(tokens[j].key) && j + 1 < tokens.length && isNameWord(text, tokens[j + 1])) j += 2;
    else break;
  }
  const end = j;
  // Titles and offices before the name: "Veterans Affairs Minister Seamus O'Regan" → Seamus O'Regan.
  let first = i;
  let gender: Gender | undefined;
  for (let k = i; k < end; k++) {
    const possessive = endsPossessive(tokens[k].key);
    const key = possessive ? tokens[k].key.slice(0, -2) : tokens[k].key;
    // "Vancouver's Bo Horvat": a possessor before the name is not part of it.
    if (k < end - 1 && possessive) {
      first = k + 1;
      continue;
    }
    if (isTitleWord(key)) {
      first = k + 1;
      gender = HONORIFIC_GENDER[key] ?? gender;
    }
  }
  if (first >= end) return null;
  const start = tokens[first].start;
  let stop = tokens[end - 1].end;
  let t = text.slice(start, stop);
  if (endsPossessive(t)) {
    stop -= 2;
    t = t.slice(0, -2);
  }
  // A common given name tells the gender when no honorific did ("Sarah Buckley" → f).
  if (!gender && end - first >= 2) {
    const given = tokens[first].key;
    gender = MALE_GIVEN_NAMES.has(given) ? 'm' : FEMALE_GIVEN_NAMES.has(given) ? 'f' : undefined;
  }
  return mention(start, stop, t, first, end, 'unregistered', undefined, undefined, gender);
}

/** A title word, also hyphenated ("Vice-President", "premier-ministre", «пресс-секретарь»). */
function isTitleWord(key: string): boolean {
  if (TITLE_WORDS.has(key) || RU_TITLES.has(key)) return true;
  return key.includes('-') && key.split('-').some((part) => TITLE_WORDS.has(part) || RU_TITLES.has(part));
}

/** "Trump's", "Trump’s". */
function endsPossessive(s: string): boolean {
  return s.endsWith("'s") || s.endsWith('’s');
}

const ALL_CAPS = /^[\p{Lu}\p{N}'’-]+$/u;

/** Whether token t (of text) can be part of a name. Its characters are read from the text, whose internal kind
 *  is the same for every token, rather than from the token's own string (a megamorphic access). */
function isNameWord(text: string, t: Token): boolean {
  const c = text.charCodeAt(t.start);
  // Cheap rejections first: ASCII lower case, digits and punctuation never start a name.
  if (c < 0x41 || (c > 0x5a && c < 0xc0)) return false;
  // An ASCII capital is an upper-case letter; only other first letters need the Unicode tests.
  if (c > 0x5a && !(CAP.test(t.text) && /\p{L}/u.test(t.text[0]))) return false;
  if (NOT_NAME.has(t.key)) return false;
  // All-capital words are acronyms and rubrics ("CNN", "WATCH"), not people's names; a lower-case ASCII
  // second letter settles it without the regex.
  if (t.end - t.start === 1) return true;
  const c1 = text.charCodeAt(t.start + 1);
  return (c1 >= 0x61 && c1 <= 0x7a) || !ALL_CAPS.test(t.text);
}
