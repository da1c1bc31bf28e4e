// The speaker registry: people and organisations with aliases in any script, and roles with dated holders.
// "المتحدث باسم الكرملين" on 2025-04-12 → Dmitry Peskov; "White House press secretary" on 2024-06-01 → Karine Jean-Pierre.

import { normalizeText } from '../normalize/text';
import type { RegistryData, RoleDef, SpeakerEntry } from './types';

export class Registry {
  private readonly byIdMap = new Map<string, SpeakerEntry>();
  private readonly aliasMap = new Map<string, SpeakerEntry[]>();
  private readonly roleMap = new Map<string, RoleDef>();
  private readonly titleMap = new Map<string, RoleDef[]>();
  private readonly holders = new Map<string, { speaker: SpeakerEntry; from?: string; to?: string }[]>();
  /** The most words any alias or title has: bounds the longest-match window. */
  readonly maxKeyWords: number;

  constructor(groups: readonly RegistryData[]) {
    let maxWords = 1;
    for (const g of groups) for (const r of g.roles ?? []) this.roleMap.set(r.id, r);
    for (const g of groups) {
      for (const s of g.speakers) {
        if (this.byIdMap.has(s.id)) throw new Error(`registry: duplicate speaker id ${s.id}`);
        this.byIdMap.set(s.id, s);
        for (const a of new Set([s.name, ...s.aliases].map(normalizeText))) {
          if (!a) continue;
          push(this.aliasMap, a, s);
          maxWords = Math.max(maxWords, a.split(' ').length);
        }
        for (const t of s.roles ?? []) {
          if (!this.roleMap.has(t.role)) throw new Error(`registry: ${s.id} holds unknown role ${t.role}`);
          push(this.holders, t.role, { speaker: s, from: t.from, to: t.to });
        }
      }
    }
    for (const r of this.roleMap.values()) {
      for (const t of new Set(r.titles.map(normalizeText))) {
        if (!t) continue;
        push(this.titleMap, t, r);
        maxWords = Math.max(maxWords, t.split(' ').length);
      }
    }
    this.maxKeyWords = maxWords;
  }

  get speakers(): SpeakerEntry[] {
    return [...this.byIdMap.values()];
  }

  get roles(): RoleDef[] {
    return [...this.roleMap.values()];
  }

  byId(id: string): SpeakerEntry | undefined {
    return this.byIdMap.get(id);
  }

  role(id: string): RoleDef | undefined {
    return this.roleMap.get(id);
  }

  /** Speakers one of whose names normalises to `key` (see normalizeText). */
  byAlias(key: string): readonly SpeakerEntry[] {
    return this.aliasMap.get(key) ?? [];
  }

  /** Roles one of whose titles normalises to `key`. */
  rolesByTitle(key: string): readonly RoleDef[] {
    return this.titleMap.get(key) ?? [];
  }

  /** The person holding `roleId` on `date` (ISO); when the date is unknown, the role's only holder ever. */
  holderOf(roleId: string, date?: string): SpeakerEntry | undefined {
    const list = this.holders.get(roleId) ?? [];
    // Without a date only a role that ever had one holder names someone.
    if (!date) return new Set(list.map((h) => h.speaker)).size === 1 ? list[0].speaker : undefined;
    const day = date.slice(0, 10);
    const hits = list.filter((h) => (!h.from || h.from <= day) && (!h.to || day < h.to));
    return hits.length === 1 ? hits[0].speaker : undefined;
  }

  /** All roles `speakerId` holds or held, with dates. */
  rolesOf(speakerId: string): { role: RoleDef; from?: string; to?: string }[] {
    const s = this.byIdMap.get(speakerId);
    return (s?.roles ?? []).map((t) => ({ role: this.roleMap.get(t.role)!, from: t.from, to: t.to }));
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (!list) m.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}
