// The sieve contract (CoreNLP quote attribution): each sieve sees only the statements still unresolved, from
// the most precise sieve to the least, and says who spoke and why — or passes.

import type { Doc } from '../frames/frame';
import type { SpeakerEntry } from '../registry';
import type { Draft } from '../statements/build';
import type { Attribution, Gender, SpeakerRef } from '../types';
import type { SubjectReading } from './subject';
import { asciiLower } from '../normalize/text';

export interface Resolution {
  speaker: SpeakerRef | null;
  attribution: Attribution;
  anonymous?: boolean;
}

export interface SieveContext {
  doc: Doc;
  drafts: readonly Draft[];
  subjects: readonly (SubjectReading | undefined)[];
  resolved: (Resolution | undefined)[];
  /** Genders learned from agreement in this article ("وقالت X" → X is female). */
  learnedGender: Map<string, Gender>;
}

export interface Sieve {
  name: string;
  attribute(i: number, ctx: SieveContext): Resolution | null;
}

// A speaker's fields are written out in one literal per variant rather than added one by one: V8 keeps a
// literal's object shape alive, while a shape grown field by field is collected between articles, and the
// optimised code of the sieves that expected it is thrown away with it.
export function refOf(e: SpeakerEntry): SpeakerRef {
  const { id, name, kind, gender, wikidata } = e;
  if (gender && wikidata) return { id, name, kind, registered: true, gender, wikidata };
  if (gender) return { id, name, kind, registered: true, gender };
  if (wikidata) return { id, name, kind, registered: true, wikidata };
  return { id, name, kind, registered: true };
}

export function unregistered(name: string, gender?: Gender, kind: SpeakerRef['kind'] = 'person'): SpeakerRef {
  return gender && kind === 'person' ? { id: null, name, kind, registered: false, gender } : { id: null, name, kind, registered: false };
}

/** Keys of unregistered speakers by name, kept across articles; started over when large. Salience, descriptors
 *  and genders ask for the key of the same few names thousands of times per article. */
const nameKeys = new Map<string, string>();

export function speakerKey(s: SpeakerRef): string {
  if (s.id !== null && s.id !== undefined) return s.id;
  let key = nameKeys.get(s.name);
  if (key === undefined) {
    if (nameKeys.size >= 20_000) nameKeys.clear();
    nameKeys.set(s.name, (key = nameKeyOf(s.name)));
  }
  return key;
}

function nameKeyOf(name: string): string {
  // An ASCII name is lowered by hand (asciiLower): toLowerCase() on a name sliced from two-byte text goes through ICU.
  const n = name.length;
  let uppers = 0;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) return `~${name.toLowerCase()}`;
    if (c >= 0x41 && c <= 0x5a) uppers++;
  }
  return `~${uppers === 0 ? name : asciiLower(name, n, uppers)}`;
}

export function genderOf(s: SpeakerRef, ctx: SieveContext): Gender | undefined {
  return s.gender ?? ctx.learnedGender.get(speakerKey(s));
}
