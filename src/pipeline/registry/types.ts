// Registry data shapes. One data file per group under ./data, each naming its sources.

import type { Gender } from '../types';

export interface RoleDef {
  /** Stable id, e.g. `kremlin-spokesperson`. */
  id: string;
  /** Ways the role is written, in any script and both grammatical genders (المتحدث/المتحدثة باسم الكرملين). */
  titles: string[];
  /** Registry id of the organisation the role belongs to, when there is one. */
  org?: string;
}

export interface RoleTenure {
  role: string;
  /** ISO dates; open-ended when absent. Leave empty rather than guess. */
  from?: string;
  to?: string;
}

export interface SpeakerEntry {
  id: string;
  /** Canonical name: English form for people (`Dmitry Peskov`), English name for organisations. */
  name: string;
  kind: 'person' | 'org';
  gender?: Gender;
  /** Wikidata Q-id, only when certain. */
  wikidata?: string;
  /** Names and spelling variants in Arabic, Latin and Cyrillic script (full and short forms). */
  aliases: string[];
  roles?: RoleTenure[];
}

export interface RegistryData {
  /** Where the facts come from (for review). */
  source: string;
  speakers: SpeakerEntry[];
  roles?: RoleDef[];
}
