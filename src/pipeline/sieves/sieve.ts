// The sieve contract (CoreNLP quote attribution): each sieve sees only the statements still unresolved, from
// the most precise sieve to the least, and says who spoke and why — or passes.

import type { Doc } from '../frames/frame';
import type { SpeakerEntry } from '../registry';
import type { Draft } from '../statements/build';
import type { Attribution, Gender, SpeakerRef } from '../types';
import type { SubjectReading } from './subject';

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

export function refOf(e: SpeakerEntry): SpeakerRef {
  const ref: SpeakerRef = { id: e.id, name: e.name, kind: e.kind, registered: true };
  if (e.gender) ref.gender = e.gender;
  if (e.wikidata) ref.wikidata = e.wikidata;
  return ref;
}

export function unregistered(name: string, gender?: Gender, kind: SpeakerRef['kind'] = 'person'): SpeakerRef {
  const ref: SpeakerRef = { id: null, name, kind, registered: false };
  if (gender && kind === 'person') ref.gender = gender;
  return ref;
}

export function speakerKey(s: SpeakerRef): string {
  return s.id ?? `~${s.name.toLowerCase()}`;
}

export function genderOf(s: SpeakerRef, ctx: SieveContext): Gender | undefined {
  return s.gender ?? ctx.learnedGender.get(speakerKey(s));
}
