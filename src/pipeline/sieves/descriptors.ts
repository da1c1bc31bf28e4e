// What the article calls each person besides their name, so that a description finds them again:
// "Mayor Doug McCallum … the mayor said" → McCallum; "Nadia Jamil, principal researcher at Dixon Hall, … the
// researcher"; "corporate lawyer Jay Shin"; a registry person's role titles ("foreign minister" → the minister).

import { quoteIndexAt } from '../frames/common';
import type { Doc } from '../frames/frame';
import type { Mention } from '../mentions/find-mentions';
import type { RoleDef } from '../registry';
import { keyWords } from '../mentions/match-key';
import { mentionSpeaker } from './mention-speaker';
import { speakerKey } from './sieve';

const cache = new WeakMap<Doc, Map<string, Set<string>>>();

/** Words that end an apposition's noun phrase: "principal researcher | at Dixon Hall". */
const APPOSITION_END = /[,;.()]|\s(?:at|of|for|with|in|on|from|who|which|and|since|since|to)\s/u;

/** Descriptor words per speaker key, built once per article (lower-case heads and title words). */
export function descriptorsOf(doc: Doc): Map<string, Set<string>> {
  let out = cache.get(doc);
  if (out) return out;
  out = new Map();
  const add = (key: string, w: string) => {
    const word = descriptorWord(w, doc.lang);
    if (!word || word.length < 3) return;
    let set = out!.get(key);
    if (!set) out!.set(key, (set = new Set()));
    set.add(word);
  };
  for (const m of doc.mentions) {
    // Inside a quote only a title counts ("“Mayor McCallum’s statements …”" still says he is the mayor).
    const quoted = quoteIndexAt(doc, m.start) >= 0;
    if (quoted && !m.titles?.length) continue;
    const sp = mentionSpeaker(doc, m);
    if (!sp || sp.kind !== 'person') continue;
    const key = speakerKey(sp);
    for (const t of m.titles ?? []) add(key, t);
    if (quoted) continue;
    if (m.kind === 'title' && m.role) for (const w of titleWords(m.role)) add(key, w);
    if (m.entry) for (const w of roleWords(doc, m.entry.id)) add(key, w);
    // English noun phrases end with their head: the words before a name describe it, an apposition after it too.
    if (doc.lang !== 'en' || m.kind === 'title') continue;
    for (const w of lowerWordsBefore(doc, m)) add(key, w);
    const fronted = frontedApposition(doc, m);
    if (fronted) add(key, fronted);
    const head = appositionHead(doc, m);
    if (head) add(key, head);
  }
  cache.set(doc, out);
  return out;
}

/** A descriptor word as compared: Arabic without its definite article, so that «الوزير» finds the holder of
 *  «وزير الخارجية» (title words are kept as written, «الخارجية» with its article). */
export function descriptorWord(word: string, lang: Doc['lang']): string {
  return lang === 'ar' && word.length > 4 && word.startsWith('ال') ? word.slice(2) : word;
}

const titleWordCache = new WeakMap<RoleDef, string[]>();

/** The words a role's titles are written with, in every script, computed once per role. */
function titleWords(role: RoleDef): string[] {
  let words = titleWordCache.get(role);
  if (!words) {
    const set = new Set<string>();
    for (const t of role.titles) for (const w of keyWords(t)) set.add(w);
    titleWordCache.set(role, (words = [...set]));
  }
  return words;
}

/** The title words of every role a registry person holds or held. */
function roleWords(doc: Doc, id: string): string[] {
  const out: string[] = [];
  for (const r of doc.registry.rolesOf(id)) out.push(...titleWords(r.role));
  return out;
}

/** Lower-case words right before a name: "corporate lawyer Jay Shin" → lawyer, corporate. */
function lowerWordsBefore(doc: Doc, m: Mention): string[] {
  const out: string[] = [];
  for (let t = m.t0 - 1; t >= 0 && m.t0 - t <= 3; t--) {
    const tok = doc.tokens[t];
    if (!/^\s+$/.test(doc.text.slice(tok.end, doc.tokens[t + 1].start)) || !/^\p{Ll}/u.test(tok.text) || /^(?:the|a|an|and|of|by|to|with|said|says|told)$/.test(tok.key)) break;
    out.push(tok.key);
  }
  return out;
}

/** The head of an apposition after a name: "Nadia Jamil, principal researcher at Dixon Hall," → researcher. */
function appositionHead(doc: Doc, m: Mention): string | undefined {
  if (doc.text.charCodeAt(m.end) !== 44) return undefined; // ","
  const after = doc.text.slice(m.end, m.end + 80);
  const open = /^,\s+(?:a|an|the)?\s*/u.exec(after);
  if (!open) return undefined;
  const rest = after.slice(open[0].length);
  const cut = rest.search(APPOSITION_END);
  const phrase = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  const words = phrase.split(/\s+/);
  if (!phrase || words.length > 5 || /^\p{Lu}/u.test(words[words.length - 1])) return undefined;
  return words[words.length - 1].toLowerCase().replace(/['’]s$/, '');
}

/** The head of a description set before a name between commas: "Spindler's father, Joseph, says" → father. */
function frontedApposition(doc: Doc, m: Mention): string | undefined {
  if (m.t0 < 2 || !/^,\s+$/.test(doc.text.slice(doc.tokens[m.t0 - 1].end, m.start))) return undefined;
  const head = doc.tokens[m.t0 - 1];
  if (!/^\p{Ll}+$/u.test(head.text)) return undefined;
  // Only after a possessor or a determiner: "the mayor's wife, Ann," / "his lawyer, Tom Reed,".
  const before = doc.tokens[m.t0 - 2];
  if (!/['’]s$/.test(before.text) && !/^(?:his|her|their|its|the)$/.test(before.key)) return undefined;
  return head.key;
}
