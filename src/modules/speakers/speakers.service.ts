import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { decodeCursor, encodeCursor } from '../../common/pagination';
import { defaultRegistry, type Registry, type SpeakerRef } from '../../pipeline';
import type {
  MergeResultDto, SpeakerDto, SpeakerMatchDto, SpeakerPageDto, SpeakerWithNamesDto,
} from './dto/speaker.dto';
import type { AddAliasesDto, CreateSpeakerDto, MergeSpeakerDto, SearchSpeakersQuery } from './dto/speaker-requests.dto';
import { normalizeName, slugOf } from './speaker-keys';
import type { SpeakersMergedHook } from './speaker-merged.hook';
import type { SpeakerEntity } from './speaker.entity';
import { toSpeakerDto, toSpeakerMergeDto, toSpeakerWithNamesDto } from './speaker.mapper';
import {
  SpeakerAlreadyMergedError, SpeakerMergeIntoSelfError, SpeakerNotFoundError, SpeakerSlugTakenError,
} from './speakers.errors';
import { SpeakersRepository, type RegistrySeed } from './speakers.repository';

/** How many numbered slugs (`name-2`, `name-3`…) a discovered speaker tries before giving up. */
const MAX_SLUG_TRIES = 50;

@Injectable()
export class SpeakersService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Speakers');
  private readonly mergedHooks: SpeakersMergedHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly speakers: SpeakersRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const started = Date.now();
    const added = await this.seedRegistry(defaultRegistry());
    this.logger.log({ msg: 'speaker registry seeded', added, ms: Date.now() - started });
  }

  /** Adds the registry's new speakers, aliases and roles; idempotent, never touches existing rows. */
  seedRegistry(registry: Registry): Promise<{ speakers: number; aliases: number; roles: number }> {
    const seed: RegistrySeed = { speakers: [], aliases: [], roles: [] };
    for (const s of registry.speakers) {
      seed.speakers.push({ slug: s.id, name: s.name, kind: s.kind, gender: s.gender ?? null, wikidata: s.wikidata ?? null });
      for (const alias of new Set([s.name, ...s.aliases])) seed.aliases.push({ slug: s.id, alias, norm: normalizeName(alias) });
      for (const r of registry.rolesOf(s.id)) {
        seed.roles.push({ slug: s.id, role: r.role.id, titles: r.role.titles, from: r.from ?? null, to: r.to ?? null });
      }
    }
    return this.dataSource.transaction((manager) => this.speakers.seedFromRegistry(manager, seed));
  }

  /** Adds a step to every merge, inside its transaction (see SpeakersMergedHook). */
  onSpeakersMerged(hook: SpeakersMergedHook): void {
    this.mergedHooks.push(hook);
  }

  /**
   * The speaker ids for the pipeline's speaker references, in order: a registry speaker by its slug, an
   * unregistered name by an alias any speaker already has, else a new `discovered` speaker. Merged
   * speakers resolve to the speaker they were merged into.
   */
  async resolveForStatements(manager: EntityManager, refs: readonly (SpeakerRef | null)[]): Promise<(string | null)[]> {
    const slugs = [...new Set(refs.flatMap((r) => (r?.id ? [r.id] : [])))];
    const byName = (r: SpeakerRef) => normalizeName(r.name);
    // Slugs and names in one round trip: a name's speaker does not depend on which other names are asked,
    // so every name is looked up and only those of refs without a known slug are used.
    const named = [...new Set(refs.flatMap((r) => (r && byName(r) !== '' ? [byName(r)] : [])))];
    const { bySlug, byNorm: found } = await this.speakers.currentIdsBySlugAndAliasNorm(manager, slugs, named);
    const unresolved = refs.filter((r): r is SpeakerRef => !!r && !(r.id && bySlug.has(r.id)) && byName(r) !== '');
    const unresolvedNorms = new Set(unresolved.map(byName));
    const byNorm = new Map([...found].filter(([norm]) => unresolvedNorms.has(norm)));
    for (const r of unresolved) {
      const norm = byName(r);
      if (!byNorm.has(norm)) byNorm.set(norm, await this.createDiscovered(manager, r, norm));
    }
    return refs.map((r) => {
      if (!r) return null;
      if (r.id && bySlug.has(r.id)) return bySlug.get(r.id)!;
      return byNorm.get(byName(r)) ?? null;
    });
  }

  async search(query: SearchSpeakersQuery): Promise<SpeakerPageDto> {
    const limit = Math.min(query.limit ?? this.config.defaultPageSize, this.config.maxPageSize);
    if (query.q !== undefined) {
      const norm = normalizeName(query.q);
      if (!norm) return { items: [], nextCursor: null };
      const key = await this.speakers.aliasKeyOf(norm);
      const matches = await this.speakers.searchByAliasKey(key, { origin: query.origin, kind: query.kind }, limit);
      const items: SpeakerMatchDto[] = matches.map((m) => ({ ...toSpeakerDto(m.speaker), matchedAlias: m.matchedAlias, score: m.score }));
      return { items, nextCursor: null };
    }
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const rows = await this.speakers.findPageNewestFirst({ origin: query.origin, kind: query.kind }, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map((s) => toSpeakerDto(s)), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  /** The speaker (merged ones too, with `mergedInto`), or SPEAKER_NOT_FOUND. */
  async getByRef(ref: string): Promise<SpeakerEntity> {
    const speaker = await this.speakers.findByRef(ref);
    if (!speaker) throw new SpeakerNotFoundError(ref);
    return speaker;
  }

  /** The id statements of `ref` carry now: the merge target for a merged speaker. */
  async currentIdOf(ref: string): Promise<string> {
    const s = await this.getByRef(ref);
    return s.mergedIntoId ?? s.id;
  }

  async findManyByIds(ids: string[]): Promise<Map<string, SpeakerEntity>> {
    const rows = await this.speakers.findManyByIds([...new Set(ids)]);
    return new Map(rows.map((s) => [s.id, s]));
  }

  async toDto(speaker: SpeakerEntity): Promise<SpeakerDto> {
    const related = await this.findManyByIds(speaker.mergedIntoId ? [speaker.mergedIntoId] : []);
    return toSpeakerDto(speaker, related);
  }

  async withNames(speaker: SpeakerEntity): Promise<SpeakerWithNamesDto> {
    const [aliases, roles, merges] = await Promise.all([
      this.speakers.aliasesOf(speaker.id), this.speakers.rolesOf(speaker.id), this.speakers.mergesInvolving(speaker.id),
    ]);
    const related = await this.findManyByIds([
      speaker.id, ...(speaker.mergedIntoId ? [speaker.mergedIntoId] : []), ...merges.flatMap((m) => [m.fromSpeakerId, m.intoSpeakerId]),
    ]);
    return toSpeakerWithNamesDto(speaker, aliases, roles, merges, related);
  }

  async create(dto: CreateSpeakerDto): Promise<SpeakerWithNamesDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const slug = dto.slug ?? slugOf(dto.name);
      const created = await this.speakers.insertUnlessSlugTaken(manager, {
        slug, name: dto.name.trim(), kind: dto.kind ?? 'person', gender: dto.gender ?? null, wikidata: dto.wikidata ?? null, origin: 'analyst',
      });
      if (!created) throw new SpeakerSlugTakenError(slug);
      const names = [dto.name, ...(dto.aliases ?? [])].map((a) => a.trim());
      await this.speakers.addAliases(manager, created, names.map((alias) => ({ alias, norm: normalizeName(alias) })), 'analyst');
      return created;
    });
    return this.withNames(await this.getByRef(id));
  }

  async addAliases(ref: string, dto: AddAliasesDto): Promise<SpeakerWithNamesDto> {
    const speaker = await this.getByRef(ref);
    const aliases = dto.aliases.map((a) => a.trim()).map((alias) => ({ alias, norm: normalizeName(alias) }));
    await this.speakers.addAliases(this.dataSource.manager, speaker.id, aliases, 'analyst');
    return this.withNames(speaker);
  }

  /**
   * Merges speaker `ref` into `dto.into`: statements, aliases, roles and clusters move to the target; the
   * source stays as a merged speaker (history), and later mentions of it resolve to the target.
   */
  async merge(ref: string, dto: MergeSpeakerDto): Promise<MergeResultDto> {
    const { intoId, mergeId } = await this.dataSource.transaction(async (manager) => {
      const from = await this.speakers.findByRefForUpdate(manager, ref);
      if (!from) throw new SpeakerNotFoundError(ref);
      const into = await this.speakers.findByRefForUpdate(manager, dto.into);
      if (!into) throw new SpeakerNotFoundError(dto.into);
      if (from.id === into.id) throw new SpeakerMergeIntoSelfError();
      if (from.mergedIntoId) throw new SpeakerAlreadyMergedError(from.slug, from.mergedIntoId);
      if (into.mergedIntoId) throw new SpeakerAlreadyMergedError(into.slug, into.mergedIntoId);
      const moved = await this.speakers.mergeSpeakerRows(manager, from.id, into.id);
      let statementsMoved = 0;
      for (const hook of this.mergedHooks) statementsMoved += (await hook({ fromId: from.id, intoId: into.id }, manager))?.statementsMoved ?? 0;
      const record = await this.speakers.recordMerge(manager, {
        fromSpeakerId: from.id, intoSpeakerId: into.id, statementsMoved, aliasesMoved: moved.aliases, note: dto.note ?? null,
      });
      return { intoId: into.id, mergeId: record.id };
    });
    const into = await this.withNames(await this.getByRef(intoId));
    const merge = (await this.speakers.mergesInvolving(intoId)).find((m) => m.id === mergeId)!;
    return { into, merge: toSpeakerMergeDto(merge, await this.findManyByIds([merge.fromSpeakerId, merge.intoSpeakerId])) };
  }

  private async createDiscovered(manager: EntityManager, ref: SpeakerRef, norm: string): Promise<string> {
    const base = slugOf(ref.name);
    for (let i = 1; i <= MAX_SLUG_TRIES; i++) {
      const slug = i === 1 ? base : `${base}-${i}`;
      const id = await this.speakers.insertUnlessSlugTaken(manager, {
        slug, name: ref.name.trim(), kind: ref.kind, gender: ref.gender ?? null, wikidata: ref.wikidata ?? null, origin: 'discovered',
      });
      if (id) {
        await this.speakers.addAliases(manager, id, [{ alias: ref.name.trim(), norm }], 'discovered');
        return id;
      }
      // Taken: by the same name discovered in a concurrent transaction (use it), or by another speaker.
      const same = await this.speakers.findIdBySlugAndAliasNorm(manager, slug, norm);
      if (same) return same;
    }
    throw new Error(`no free slug for discovered speaker ${ref.name} after ${MAX_SLUG_TRIES} tries`);
  }
}
