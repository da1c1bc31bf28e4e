import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { CursorKey } from '../../common/pagination';
import type { AliasOrigin, SpeakerAliasEntity } from './speaker-alias.entity';
import { SpeakerAliasEntity as AliasEntity } from './speaker-alias.entity';
import { SpeakerMergeEntity } from './speaker-merge.entity';
import { SpeakerRoleEntity } from './speaker-role.entity';
import { SpeakerEntity, type SpeakerKind, type SpeakerOrigin } from './speaker.entity';
import { UUID } from './speaker-keys';

/** One alias to store: as written, and its normalizeText form (the SQL side adds unaccent). */
export interface NewAlias {
  alias: string;
  norm: string;
}

export interface RegistrySeed {
  speakers: { slug: string; name: string; kind: SpeakerKind; gender: string | null; wikidata: string | null }[];
  aliases: ({ slug: string } & NewAlias)[];
  roles: { slug: string; role: string; titles: string[]; from: string | null; to: string | null }[];
}

export type NewSpeaker = Pick<SpeakerEntity, 'slug' | 'name' | 'kind' | 'gender' | 'wikidata' | 'origin'>;

export interface SpeakerMatch {
  speaker: SpeakerEntity;
  matchedAlias: string;
  score: number;
}

export interface SpeakerFilter {
  origin?: SpeakerOrigin;
  kind?: SpeakerKind;
}

/** Any number; the registry seed takes it so that two instances starting together seed one after the other. */
const SEED_LOCK_KEY = 0x7161776d;

interface SpeakerRow {
  id: string;
  slug: string;
  name: string;
  kind: SpeakerKind;
  gender: 'm' | 'f' | null;
  wikidata: string | null;
  origin: SpeakerOrigin;
  merged_into_id: string | null;
  merged_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

function toEntity(r: SpeakerRow): SpeakerEntity {
  return Object.assign(new SpeakerEntity(), {
    id: r.id, slug: r.slug, name: r.name, kind: r.kind, gender: r.gender, wikidata: r.wikidata, origin: r.origin,
    mergedIntoId: r.merged_into_id, mergedAt: r.merged_at, createdAt: r.created_at, updatedAt: r.updated_at,
  });
}

@Injectable()
export class SpeakersRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adds what the registry has and the table lacks: new speakers (by slug), aliases (by speaker and key)
   * and roles (by speaker, role and start). Existing rows are never updated, so analyst edits stay; the
   * aliases and roles of a merged registry speaker go to the speaker it was merged into.
   */
  async seedFromRegistry(manager: EntityManager, seed: RegistrySeed): Promise<{ speakers: number; aliases: number; roles: number }> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const speakers: unknown[] = await manager.query(
      `INSERT INTO speakers (slug, name, kind, gender, wikidata, origin)
       SELECT r.slug, r.name, r.kind, r.gender, r.wikidata, 'registry'
       FROM jsonb_to_recordset($1::jsonb) AS r(slug text, name text, kind text, gender text, wikidata text)
       ON CONFLICT (slug) DO NOTHING RETURNING 1`,
      [JSON.stringify(seed.speakers)],
    );
    const aliases: unknown[] = await manager.query(
      `INSERT INTO speaker_aliases (speaker_id, alias, key, origin)
       SELECT COALESCE(s.merged_into_id, s.id), r.alias, public.unaccent(r.norm), 'registry'
       FROM jsonb_to_recordset($1::jsonb) AS r(slug text, alias text, norm text)
       JOIN speakers s ON s.slug = r.slug
       WHERE r.norm <> ''
       ON CONFLICT (speaker_id, key) DO NOTHING RETURNING 1`,
      [JSON.stringify(seed.aliases)],
    );
    const roles: unknown[] = await manager.query(
      `INSERT INTO speaker_roles (speaker_id, role, titles, from_date, to_date)
       SELECT COALESCE(s.merged_into_id, s.id), r.role, ARRAY(SELECT jsonb_array_elements_text(r.titles)), r.from_date, r.to_date
       FROM jsonb_to_recordset($1::jsonb) AS r(slug text, role text, titles jsonb, from_date text, to_date text)
       JOIN speakers s ON s.slug = r.slug
       WHERE NOT EXISTS (
         SELECT 1 FROM speaker_roles x
         WHERE x.speaker_id = COALESCE(s.merged_into_id, s.id) AND x.role = r.role AND x.from_date IS NOT DISTINCT FROM r.from_date)
       RETURNING 1`,
      [JSON.stringify(seed.roles.map((r) => ({ slug: r.slug, role: r.role, titles: r.titles, from_date: r.from, to_date: r.to })))],
    );
    return { speakers: speakers.length, aliases: aliases.length, roles: roles.length };
  }

  /** unaccent(norm), the key stored for an alias. */
  async aliasKeyOf(norm: string): Promise<string> {
    const [row]: { key: string }[] = await this.dataSource.query('SELECT public.unaccent($1::text) AS key', [norm]);
    return row.key;
  }

  /**
   * Speakers (not merged away) with an alias that contains `key`, or is similar to it by trigrams
   * (pg_trgm `%` and word similarity `<%`, served by the trigram GIN index on speaker_aliases.key).
   * An exact alias ranks first, then a prefix of a word, then a substring, then the most similar.
   */
  async searchByAliasKey(key: string, filter: SpeakerFilter, limit: number): Promise<SpeakerMatch[]> {
    const like = `%${key}%`;
    const rows = await this.dataSource.transaction(async (manager) => {
      // The planner prices trigram functions like any operator and picks a sequential scan of a few thousand
      // aliases, which costs 20-40 ms of similarity() calls; the trigram index answers in well under 1 ms.
      await manager.query('SET LOCAL enable_seqscan = off');
      return this.searchRows(manager, key, like, filter, limit);
    });
    return rows.map((r) => ({ speaker: toEntity(r), matchedAlias: r.matched_alias, score: Math.round(Number(r.score) * 1000) / 1000 }));
  }

  private searchRows(
    manager: EntityManager, key: string, like: string, filter: SpeakerFilter, limit: number,
  ): Promise<(SpeakerRow & { matched_alias: string; score: number })[]> {
    return manager.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (s.id) s.*, h.alias AS matched_alias, h.score
         FROM (
           SELECT a.speaker_id, a.alias,
             CASE WHEN a.key = $1 THEN 3
                  WHEN a.key LIKE $3 OR a.key LIKE $4 THEN 2 + similarity(a.key, $1)
                  WHEN a.key LIKE $2 THEN 1 + similarity(a.key, $1)
                  ELSE greatest(similarity(a.key, $1), word_similarity($1, a.key)) END AS score
           FROM speaker_aliases a
           WHERE a.key LIKE $2 OR a.key % $1 OR $1 <% a.key
         ) h
         JOIN speakers s ON s.id = h.speaker_id
         WHERE s.merged_into_id IS NULL AND ($6::text IS NULL OR s.origin = $6) AND ($7::text IS NULL OR s.kind = $7)
         ORDER BY s.id, h.score DESC, length(h.alias)
       ) best
       ORDER BY score DESC, name, id
       LIMIT $5`,
      [key, like, `${key}%`, `% ${key}%`, limit, filter.origin ?? null, filter.kind ?? null],
    );
  }

  /** Newest first by (created_at, id). */
  findPageNewestFirst(filter: SpeakerFilter, after: CursorKey | undefined, limit: number): Promise<SpeakerEntity[]> {
    const qb = this.dataSource.getRepository(SpeakerEntity).createQueryBuilder('s').where('s.mergedIntoId IS NULL');
    if (filter.origin) qb.andWhere('s.origin = :origin', { origin: filter.origin });
    if (filter.kind) qb.andWhere('s.kind = :kind', { kind: filter.kind });
    if (after) {
      qb.andWhere(new Brackets((w) => {
        w.where('s.createdAt < :afterAt', { afterAt: after.createdAt })
          .orWhere('(s.createdAt = :afterAt AND s.id < :afterId)', { afterId: after.id });
      }));
    }
    return qb.orderBy('s.createdAt', 'DESC').addOrderBy('s.id', 'DESC').limit(limit).getMany();
  }

  /** By uuid or by slug. */
  findByRef(ref: string, manager: EntityManager = this.dataSource.manager): Promise<SpeakerEntity | null> {
    const repo = manager.getRepository(SpeakerEntity);
    return UUID.test(ref) ? repo.findOneBy({ id: ref.toLowerCase() }) : repo.findOneBy({ slug: ref });
  }

  /** Locks the row until the transaction ends (a merge and a concurrent merge of the same speaker take turns). */
  findByRefForUpdate(manager: EntityManager, ref: string): Promise<SpeakerEntity | null> {
    const qb = manager.getRepository(SpeakerEntity).createQueryBuilder('s').setLock('pessimistic_write');
    return (UUID.test(ref) ? qb.where('s.id = :ref', { ref: ref.toLowerCase() }) : qb.where('s.slug = :ref', { ref })).getOne();
  }

  findManyByIds(ids: string[]): Promise<SpeakerEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.getRepository(SpeakerEntity).createQueryBuilder('s').where('s.id IN (:...ids)', { ids }).getMany();
  }

  /** Registry slug → the id statements should carry (the merge target when the speaker was merged). */
  async currentIdsBySlug(manager: EntityManager, slugs: string[]): Promise<Map<string, string>> {
    if (!slugs.length) return new Map();
    const rows: { slug: string; id: string }[] = await manager.query(
      'SELECT slug, COALESCE(merged_into_id, id) AS id FROM speakers WHERE slug = ANY($1::text[])', [slugs],
    );
    return new Map(rows.map((r) => [r.slug, r.id]));
  }

  /**
   * Normalised name → the id of a speaker with that alias (registry and analyst speakers before
   * discovered ones, then the oldest), following merges.
   */
  async currentIdsByAliasNorm(manager: EntityManager, norms: string[]): Promise<Map<string, string>> {
    if (!norms.length) return new Map();
    const rows: { norm: string; id: string }[] = await manager.query(
      `SELECT DISTINCT ON (n.norm) n.norm, COALESCE(s.merged_into_id, s.id) AS id
       FROM unnest($1::text[]) AS n(norm)
       JOIN speaker_aliases a ON a.key = public.unaccent(n.norm)
       JOIN speakers s ON s.id = a.speaker_id
       ORDER BY n.norm, (s.origin = 'discovered'), s.created_at, s.id`,
      [norms],
    );
    return new Map(rows.map((r) => [r.norm, r.id]));
  }

  /** `currentIdsBySlug` and `currentIdsByAliasNorm` in one round trip. */
  async currentIdsBySlugAndAliasNorm(
    manager: EntityManager, slugs: string[], norms: string[],
  ): Promise<{ bySlug: Map<string, string>; byNorm: Map<string, string> }> {
    if (!slugs.length) return { bySlug: new Map(), byNorm: await this.currentIdsByAliasNorm(manager, norms) };
    if (!norms.length) return { bySlug: await this.currentIdsBySlug(manager, slugs), byNorm: new Map() };
    const rows: { kind: 'slug' | 'norm'; k: string; id: string }[] = await manager.query(
      `SELECT 'slug' AS kind, slug AS k, COALESCE(merged_into_id, id) AS id FROM speakers WHERE slug = ANY($1::text[])
       UNION ALL
       (SELECT DISTINCT ON (n.norm) 'norm', n.norm, COALESCE(s.merged_into_id, s.id)
        FROM unnest($2::text[]) AS n(norm)
        JOIN speaker_aliases a ON a.key = public.unaccent(n.norm)
        JOIN speakers s ON s.id = a.speaker_id
        ORDER BY n.norm, (s.origin = 'discovered'), s.created_at, s.id)`,
      [slugs, norms],
    );
    const bySlug = new Map<string, string>();
    const byNorm = new Map<string, string>();
    for (const r of rows) (r.kind === 'slug' ? bySlug : byNorm).set(r.k, r.id);
    return { bySlug, byNorm };
  }

  /** Inserts the speaker unless its slug is taken; returns the new id, or null when the slug is taken. */
  async insertUnlessSlugTaken(manager: EntityManager, speaker: NewSpeaker): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO speakers (slug, name, kind, gender, wikidata, origin) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [speaker.slug, speaker.name, speaker.kind, speaker.gender, speaker.wikidata, speaker.origin],
    );
    return rows[0]?.id ?? null;
  }

  /** The speaker with this slug, when one of its aliases has this normalised name (a concurrent discovery). */
  async findIdBySlugAndAliasNorm(manager: EntityManager, slug: string, norm: string): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `SELECT COALESCE(s.merged_into_id, s.id) AS id FROM speakers s
       JOIN speaker_aliases a ON a.speaker_id = s.id AND a.key = public.unaccent($2::text)
       WHERE s.slug = $1 LIMIT 1`,
      [slug, norm],
    );
    return rows[0]?.id ?? null;
  }

  /** Adds aliases a speaker does not have yet (by key); returns how many were added. */
  async addAliases(manager: EntityManager, speakerId: string, aliases: NewAlias[], origin: AliasOrigin): Promise<number> {
    const usable = aliases.filter((a) => a.norm);
    if (!usable.length) return 0;
    const rows: unknown[] = await manager.query(
      `INSERT INTO speaker_aliases (speaker_id, alias, key, origin)
       SELECT $1, r.alias, public.unaccent(r.norm), $3
       FROM jsonb_to_recordset($2::jsonb) AS r(alias text, norm text)
       ON CONFLICT (speaker_id, key) DO NOTHING RETURNING 1`,
      [speakerId, JSON.stringify(usable), origin],
    );
    return rows.length;
  }

  aliasesOf(speakerId: string): Promise<SpeakerAliasEntity[]> {
    return this.dataSource.getRepository(AliasEntity).find({ where: { speakerId }, order: { createdAt: 'ASC', alias: 'ASC' } });
  }

  rolesOf(speakerId: string): Promise<SpeakerRoleEntity[]> {
    return this.dataSource.getRepository(SpeakerRoleEntity).find({ where: { speakerId }, order: { from: 'ASC', role: 'ASC' } });
  }

  mergesInvolving(speakerId: string): Promise<SpeakerMergeEntity[]> {
    return this.dataSource.getRepository(SpeakerMergeEntity).find({
      where: [{ fromSpeakerId: speakerId }, { intoSpeakerId: speakerId }],
      order: { createdAt: 'ASC' },
    });
  }

  /**
   * Makes `fromId` a merged speaker of `intoId`: its aliases and roles are copied to the target (the
   * source keeps its own as history), and speakers merged into it earlier now point at the target.
   */
  async mergeSpeakerRows(manager: EntityManager, fromId: string, intoId: string): Promise<{ aliases: number; roles: number }> {
    const aliases: unknown[] = await manager.query(
      `INSERT INTO speaker_aliases (speaker_id, alias, key, origin)
       SELECT $2, alias, key, 'merge' FROM speaker_aliases WHERE speaker_id = $1
       ON CONFLICT (speaker_id, key) DO NOTHING RETURNING 1`,
      [fromId, intoId],
    );
    const roles: unknown[] = await manager.query(
      `INSERT INTO speaker_roles (speaker_id, role, titles, from_date, to_date)
       SELECT $2, r.role, r.titles, r.from_date, r.to_date FROM speaker_roles r
       WHERE r.speaker_id = $1 AND NOT EXISTS (
         SELECT 1 FROM speaker_roles x WHERE x.speaker_id = $2 AND x.role = r.role AND x.from_date IS NOT DISTINCT FROM r.from_date)
       RETURNING 1`,
      [fromId, intoId],
    );
    await manager.query('UPDATE speakers SET merged_into_id = $2, updated_at = now() WHERE merged_into_id = $1', [fromId, intoId]);
    await manager.query('UPDATE speakers SET merged_into_id = $2, merged_at = now(), updated_at = now() WHERE id = $1', [fromId, intoId]);
    return { aliases: aliases.length, roles: roles.length };
  }

  async recordMerge(
    manager: EntityManager, merge: Pick<SpeakerMergeEntity, 'fromSpeakerId' | 'intoSpeakerId' | 'statementsMoved' | 'aliasesMoved' | 'note'>,
  ): Promise<SpeakerMergeEntity> {
    return manager.getRepository(SpeakerMergeEntity).save(manager.getRepository(SpeakerMergeEntity).create(merge));
  }
}
