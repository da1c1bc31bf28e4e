import type { SpeakerAliasEntity } from './speaker-alias.entity';
import type { SpeakerMergeEntity } from './speaker-merge.entity';
import type { SpeakerRoleEntity } from './speaker-role.entity';
import type { SpeakerEntity } from './speaker.entity';
import type { SpeakerDto, SpeakerMergeDto, SpeakerRefDto, SpeakerWithNamesDto } from './dto/speaker.dto';

export function toSpeakerRefDto(s: Pick<SpeakerEntity, 'id' | 'slug' | 'name'>): SpeakerRefDto {
  return { id: s.id, slug: s.slug, name: s.name };
}

/** `speakers` resolves the merge target's id to its entity (absent ones render as null). */
export function toSpeakerDto(s: SpeakerEntity, speakers: ReadonlyMap<string, SpeakerEntity> = new Map()): SpeakerDto {
  const into = s.mergedIntoId ? speakers.get(s.mergedIntoId) : undefined;
  return {
    ...toSpeakerRefDto(s),
    kind: s.kind,
    gender: s.gender,
    wikidata: s.wikidata,
    origin: s.origin,
    registered: s.origin === 'registry',
    mergedInto: into ? toSpeakerRefDto(into) : null,
  };
}

export function toSpeakerMergeDto(m: SpeakerMergeEntity, speakers: ReadonlyMap<string, SpeakerEntity>): SpeakerMergeDto {
  const ref = (id: string) => {
    const s = speakers.get(id);
    return s ? toSpeakerRefDto(s) : { id, slug: id, name: '' };
  };
  return {
    from: ref(m.fromSpeakerId),
    into: ref(m.intoSpeakerId),
    statementsMoved: m.statementsMoved,
    aliasesMoved: m.aliasesMoved,
    note: m.note,
    at: m.createdAt.toISOString(),
  };
}

export function toSpeakerWithNamesDto(
  s: SpeakerEntity, aliases: SpeakerAliasEntity[], roles: SpeakerRoleEntity[], merges: SpeakerMergeEntity[],
  speakers: ReadonlyMap<string, SpeakerEntity>,
): SpeakerWithNamesDto {
  return {
    ...toSpeakerDto(s, speakers),
    aliases: aliases.map((a) => ({ alias: a.alias, origin: a.origin })),
    roles: roles.map((r) => ({ role: r.role, titles: r.titles, from: r.from, to: r.to })),
    merges: merges.map((m) => toSpeakerMergeDto(m, speakers)),
  };
}
