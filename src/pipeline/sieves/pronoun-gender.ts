// Learns the gender of people the registry does not know from the pronouns that follow their name
// outside quotes: "Jayme Closs … her father" → female; "Ken Njoroge … he was unable" → male — and from a
// gendered noun right before the name, which says more than any pronoun: "her son Kody Cook" → male.

import { quoteIndexAt } from '../frames/common';
import type { Doc } from '../frames/frame';
import type { Gender } from '../types';
import { mentionSpeaker } from './mention-speaker';
import { speakerKey } from './sieve';

const HE = new Set(['he', 'his', 'him', 'himself', 'он', 'его', 'ему', 'им', 'нем', 'нём']);
const SHE = new Set(['she', 'her', 'hers', 'herself', 'она', 'ее', 'её', 'ей', 'нее', 'неё']);
/** Nouns of kinship and address that tell a person's gender when they stand right before the name. */
const MALE_NOUNS = new Set(['son', 'brother', 'father', 'dad', 'husband', 'boyfriend', 'nephew', 'uncle', 'grandson', 'grandfather', 'stepson', 'stepfather', 'widower', 'fiancé', 'mr', 'mr.', 'sir', 'king', 'prince', 'businessman', 'congressman', 'councilman', 'chairman', 'spokesman', 'actor', 'сын', 'брат', 'отец', 'муж', 'господин']);
const FEMALE_NOUNS = new Set(['daughter', 'sister', 'mother', 'mom', 'mum', 'wife', 'girlfriend', 'niece', 'aunt', 'granddaughter', 'grandmother', 'stepdaughter', 'stepmother', 'widow', 'fiancée', 'mrs', 'mrs.', 'ms', 'ms.', 'madam', 'queen', 'princess', 'businesswoman', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman', 'actress', 'дочь', 'сестра', 'мать', 'жена', 'госпожа']);
/** Whether the word at `start` may be in HE or SHE: their English words open with h or s, and a word that opens
 *  with an ASCII character keeps it, in lower case, first in its key. (Read from the text: most words are turned
 *  away without hashing their key for two sets.) */
function mayBePronoun(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c >= 0x80 || (c | 0x20) === 0x68 || (c | 0x20) === 0x73;
}
/** A noun before the name outweighs this many pronoun votes. */
const NOUN_VOTES = 3;

export function learnGenderFromPronouns(doc: Doc, into: Map<string, Gender>): void {
  const votes = new Map<string, { m: number; f: number }>();
  for (let i = 0; i < doc.mentions.length; i++) {
    const m = doc.mentions[i];
    if (m.kind !== 'unregistered' && !(m.kind === 'name' && !m.gender)) continue;
    if (quoteIndexAt(doc, m.start) >= 0) continue;
    const before = m.t0 > 0 ? doc.tokens[m.t0 - 1] : undefined;
    const nounGender: Gender | undefined = before && /^\s+$/.test(doc.text.slice(before.end, m.start)) ? (MALE_NOUNS.has(before.key) ? 'm' : FEMALE_NOUNS.has(before.key) ? 'f' : undefined) : undefined;
    if (nounGender) {
      const sp = mentionSpeaker(doc, m);
      if (sp && sp.kind === 'person') {
        const key = speakerKey(sp);
        const v = votes.get(key) ?? { m: 0, f: 0 };
        v[nounGender] += NOUN_VOTES;
        votes.set(key, v);
      }
    }
    const next = doc.mentions[i + 1];
    const limit = Math.min(doc.tokens.length, m.t1 + 15);
    for (let t = m.t1; t < limit; t++) {
      const tok = doc.tokens[t];
      if (next && tok.start >= next.start) break;
      // Only within the sentence: "Patterson dragged Jayme outside. He pulled her …" says nothing of Jayme.
      if (doc.sentenceOfToken[t] !== doc.sentenceOfToken[m.t0]) break;
      const g: Gender | undefined = !mayBePronoun(doc.text, tok.start) ? undefined : HE.has(tok.key) ? 'm' : SHE.has(tok.key) ? 'f' : undefined;
      if (!g || quoteIndexAt(doc, tok.start) >= 0) continue;
      const sp = mentionSpeaker(doc, m);
      if (!sp || sp.kind !== 'person') break;
      const key = speakerKey(sp);
      const v = votes.get(key) ?? { m: 0, f: 0 };
      v[g]++;
      votes.set(key, v);
      break;
    }
  }
  for (const [key, v] of votes) if (v.m !== v.f && !into.has(key)) into.set(key, v.m > v.f ? 'm' : 'f');
}
