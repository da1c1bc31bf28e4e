import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { decodeCursor, encodeCursor, type CursorKey, type Page } from '../../common/pagination';
import { extract, normalizeText, PIPELINE_VERSION, type Statement } from '../../pipeline';
import { ArticlesService } from '../articles/articles.service';
import { SpeakersService } from '../speakers/speakers.service';
import type { StatementDto } from './dto/statement.dto';
import type { CorrectStatementDto } from './dto/correct-statement.dto';
import type { ExportStatementsQuery, ListStatementsQuery, StatementFilterQuery } from './dto/statement-filter.query';
import { contextOf } from './statement-context';
import { csvHeader, csvLine, EXPORT_CONTENT_TYPES, ndjsonLine, type ExportFormat } from './statement-export';
import type { StatementsLeavingHook, StatementsStoredHook, StoredStatement } from './statement-events';
import type { StatementEntity } from './statement.entity';
import { toStatementDto } from './statement.mapper';
import { EmptyCorrectionError, InvalidDateRangeError, StatementNotFoundError } from './statements.errors';
import {
  StatementsRepository, type ArticleForExtraction, type Bucket, type NewStatement, type SortOrder, type SpeakerStatementStats,
  type StatementFilter, type StatementView,
} from './statements.repository';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Rows an export reads per query: memory stays bounded however many statements match. */
const EXPORT_BATCH = 500;

export interface StatementExport {
  contentType: string;
  filename: string;
  chunks: AsyncIterable<string>;
}

/** What one extraction changed in an article's statements. */
export interface ExtractionOutcome {
  added: number;
  updated: number;
  removed: number;
  /** Human-corrected statements the new extraction no longer finds, kept as they are. */
  keptCorrected: number;
}

/** Fields the pipeline decides; a human correction overrides `speakerId` and `markedWrong` only. */
const MACHINE_FIELDS = [
  'speakerName', 'mentionText', 'mentionStart', 'mentionEnd', 'mentionKind', 'cueText', 'cueStart', 'cueEnd', 'sieve',
  'confidence', 'type', 'text', 'normalizedText', 'textHash', 'context', 'language', 'source', 'statedAt', 'quotedFragments',
  'flags', 'segment', 'pipelineVersion',
] as const satisfies readonly (keyof NewStatement)[];

@Injectable()
export class StatementsService implements OnModuleInit {
  private readonly storedHooks: StatementsStoredHook[] = [];
  private readonly leavingHooks: StatementsLeavingHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly statements: StatementsRepository,
    private readonly articles: ArticlesService,
    private readonly speakers: SpeakersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // An article is never visible without its statements: extraction runs in the article's transaction.
    this.articles.onArticlesCreated((articles, manager) => this.extractFresh(manager, articles));
    this.speakers.onSpeakersMerged(async ({ fromId, intoId }, manager) => ({
      statementsMoved: await this.statements.moveSpeaker(manager, fromId, intoId),
    }));
  }

  onStatementsStored(hook: StatementsStoredHook): void {
    this.storedHooks.push(hook);
  }

  onStatementsLeaving(hook: StatementsLeavingHook): void {
    this.leavingHooks.push(hook);
  }

  /**
   * The statements of articles just inserted in this transaction (so they have none yet and need no
   * read-back), in a fixed number of round trips for any number of articles: one speaker resolution, one
   * insert of every statement with the extraction records, then the stored-statements hooks once, with the
   * statements in article order (cluster linking treats them as if the articles came one after the other).
   * The same rows as `extractInto` on each article in turn.
   */
  async extractFresh(manager: EntityManager, articles: readonly ArticleForExtraction[]): Promise<void> {
    if (!articles.length) return;
    const extracted = articles.map((article) => ({
      article,
      statements: extract({ text: article.body, lang: article.language, publishedAt: article.publishedAt ?? undefined }).statements,
      extractedAt: new Date(),
    }));
    const speakerIds = await this.speakers.resolveForStatements(manager, extracted.flatMap((e) => e.statements.map((s) => s.speaker)));
    const fresh: NewStatement[] = [];
    let k = 0;
    for (const { article, statements } of extracted) {
      const drafts = new Map<string, NewStatement>();
      for (const s of statements) {
        const key = `${s.start}:${s.end}`;
        const speakerId = speakerIds[k++];
        if (!drafts.has(key)) drafts.set(key, draftOf(s, speakerId, article));
      }
      fresh.push(...drafts.values());
    }
    const inserted = await this.statements.insertFreshAndRecord(manager, fresh, extracted.map(({ article, extractedAt }) => ({
      articleId: article.id, pipelineVersion: PIPELINE_VERSION, statementCount: 0, extractedAt,
    })));
    const idBySpan = new Map(inserted.map((r) => [`${r.articleId}:${r.spanStart}:${r.spanEnd}`, r.id]));
    const added = fresh.flatMap((d) => {
      const id = idBySpan.get(`${d.articleId}:${d.spanStart}:${d.spanEnd}`);
      return id ? [storedOf(id, d)] : [];
    });
    if (added.length) {
      for (const hook of this.storedHooks) await hook({ added, reattributed: [] }, manager);
    }
  }

  /**
   * Extracts an article's statements and makes the store match, matching old and new by span: new spans
   * are added, changed ones updated, vanished ones removed. A human-corrected statement keeps its speaker
   * and verdict, and stays even when the pipeline no longer finds it. Running it twice changes nothing.
   * (Articles just inserted go through `extractFresh`.)
   */
  async extractInto(manager: EntityManager, articleId: string): Promise<ExtractionOutcome> {
    const article = await this.statements.findArticleForExtraction(manager, articleId);
    if (!article) throw new Error(`article ${articleId} vanished during extraction`);
    const { statements } = extract({ text: article.body, lang: article.language, publishedAt: article.publishedAt ?? undefined });
    const speakerIds = await this.speakers.resolveForStatements(manager, statements.map((s) => s.speaker));
    const drafts = new Map<string, NewStatement>();
    statements.forEach((s, i) => {
      const key = `${s.start}:${s.end}`;
      if (!drafts.has(key)) drafts.set(key, draftOf(s, speakerIds[i], article));
    });

    const existing = await this.statements.findByArticle(manager, article.id);
    const outcome: ExtractionOutcome = { added: 0, updated: 0, removed: 0, keptCorrected: 0 };
    const reattributed: StoredStatement[] = [];
    const removed: string[] = [];
    for (const old of existing) {
      const key = `${old.spanStart}:${old.spanEnd}`;
      const draft = drafts.get(key);
      drafts.delete(key);
      if (!draft) {
        if (old.humanCorrected) outcome.keptCorrected++;
        else removed.push(old.id);
        continue;
      }
      const changes = changedFields(old, draft);
      if (!old.humanCorrected && old.speakerId !== draft.speakerId) changes.speakerId = draft.speakerId;
      if (!Object.keys(changes).length) continue;
      await this.statements.updateFields(manager, old.id, changes);
      outcome.updated++;
      if ('speakerId' in changes && !old.markedWrong) reattributed.push(storedOf(old.id, { ...old, ...changes } as NewStatement));
    }
    if (removed.length) {
      for (const hook of this.leavingHooks) await hook(removed, manager);
      await this.statements.deleteByIds(manager, removed);
      outcome.removed = removed.length;
    }
    const fresh = [...drafts.values()];
    // The statements and the extraction record in one statement (the count adds the rows actually inserted).
    const inserted = await this.statements.insertManyAndRecord(manager, fresh, {
      articleId: article.id, pipelineVersion: PIPELINE_VERSION, statementCount: existing.length - removed.length,
      extractedAt: new Date(),
    });
    const bySpan = new Map(fresh.map((d) => [`${d.spanStart}:${d.spanEnd}`, d]));
    const added = inserted.map((r) => storedOf(r.id, bySpan.get(`${r.spanStart}:${r.spanEnd}`)!));
    outcome.added = added.length;
    if (added.length || reattributed.length) {
      for (const hook of this.storedHooks) await hook({ added, reattributed }, manager);
    }
    return outcome;
  }

  /** Re-extracts one article in its own transaction. */
  reprocessArticle(articleId: string): Promise<ExtractionOutcome> {
    return this.dataSource.transaction((manager) => this.extractInto(manager, articleId));
  }

  /**
   * Re-extracts the articles an older pipeline version extracted (or none did); with `all`, every
   * article; with `since`, every article ingested since then. One transaction per article, so an
   * interrupted run resumes where it stopped.
   */
  async reprocess(
    opts: { all?: boolean; since?: Date }, onProgress?: (done: number, total: number) => void,
  ): Promise<ExtractionOutcome & { articles: number }> {
    const scope = { version: PIPELINE_VERSION, all: opts.all ?? false, since: opts.since };
    const total = await this.statements.countArticlesToReprocess(scope);
    const sum: ExtractionOutcome & { articles: number } = { articles: 0, added: 0, updated: 0, removed: 0, keptCorrected: 0 };
    onProgress?.(0, total);
    let after: string | undefined;
    for (;;) {
      const ids = await this.statements.findArticleIdsToReprocess(scope, after, 200);
      if (!ids.length) break;
      for (const id of ids) {
        const o = await this.reprocessArticle(id);
        sum.articles++;
        sum.added += o.added;
        sum.updated += o.updated;
        sum.removed += o.removed;
        sum.keptCorrected += o.keptCorrected;
        onProgress?.(sum.articles, Math.max(total, sum.articles));
      }
      after = ids[ids.length - 1];
    }
    return sum;
  }

  async list(query: ListStatementsQuery): Promise<Page<StatementDto>> {
    const filter = await this.toFilter(query);
    return this.page(filter, query.order ?? 'desc', query.cursor, query.limit);
  }

  /** A page of statements under an already-resolved filter (timeline and comparison use it too). */
  async page(filter: StatementFilter, order: SortOrder, cursor: string | undefined, requested: number | undefined): Promise<Page<StatementDto>> {
    const limit = Math.min(requested ?? this.config.defaultPageSize, this.config.maxPageSize);
    const after = cursor ? decodeCursor(cursor) : undefined;
    const rows = await this.statements.findPageByDate(filter, order, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toStatementDto),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.statedAt, id: last.id }) : null,
    };
  }

  /**
   * Every statement under the filters, as CSV or NDJSON chunks read batch by batch (keyset pages), so an
   * export of the whole store is streamed, never held in memory. The filters are checked before the first byte.
   */
  async export(query: ExportStatementsQuery): Promise<StatementExport> {
    const filter = await this.toFilter(query);
    const format: ExportFormat = query.format ?? 'ndjson';
    return {
      contentType: EXPORT_CONTENT_TYPES[format],
      filename: `qawl-statements-${new Date().toISOString().slice(0, 10)}.${format}`,
      chunks: this.exportChunks(filter, format, query.order ?? 'asc'),
    };
  }

  private async *exportChunks(filter: StatementFilter, format: ExportFormat, order: SortOrder): AsyncGenerator<string> {
    if (format === 'csv') yield csvHeader();
    const line = format === 'csv' ? csvLine : ndjsonLine;
    let after: CursorKey | undefined;
    for (;;) {
      const rows = await this.statements.findPageByDate(filter, order, after, EXPORT_BATCH);
      if (rows.length) yield rows.map((r) => line(toStatementDto(r))).join('');
      if (rows.length < EXPORT_BATCH) return;
      const last = rows[rows.length - 1];
      after = { createdAt: last.statedAt, id: last.id };
    }
  }

  statsOfSpeaker(speakerId: string): Promise<SpeakerStatementStats> {
    return this.statements.statsOfSpeaker(speakerId);
  }

  countPerBucket(filter: StatementFilter, bucket: Bucket): Promise<{ start: Date; count: number }[]> {
    return this.statements.countPerBucket(filter, bucket);
  }

  countPerSpeaker(filter: StatementFilter): Promise<Map<string, number>> {
    return this.statements.countPerSpeaker(filter);
  }

  async findById(id: string): Promise<StatementDto> {
    return toStatementDto(await this.viewOrThrow(id));
  }

  /** Statements by id, oldest first; unknown ids are left out. */
  async findManyByIds(ids: string[], includeWrong = false): Promise<StatementDto[]> {
    if (!ids.length) return [];
    return (await this.statements.findPageByDate({ ids, includeWrong }, 'asc', undefined, ids.length)).map(toStatementDto);
  }

  /** An analyst's correction: re-attribute and/or mark wrong. Marks the statement human-corrected. */
  async correct(id: string, dto: CorrectStatementDto): Promise<StatementDto> {
    if (dto.speakerId === undefined && dto.markedWrong === undefined) throw new EmptyCorrectionError();
    const speakerId = dto.speakerId === undefined || dto.speakerId === null ? dto.speakerId : await this.speakers.currentIdOf(dto.speakerId);
    await this.dataSource.transaction(async (manager) => {
      const s = await this.statements.findForUpdate(manager, id);
      if (!s) throw new StatementNotFoundError(id);
      const changes: Partial<NewStatement> = { humanCorrected: true, correctedAt: new Date() };
      if (dto.note !== undefined) changes.correctionNote = dto.note;
      if (speakerId !== undefined) changes.speakerId = speakerId;
      if (dto.markedWrong !== undefined) changes.markedWrong = dto.markedWrong;
      const wasVisible = !s.markedWrong;
      const visible = !(dto.markedWrong ?? s.markedWrong);
      const speakerChanged = speakerId !== undefined && speakerId !== s.speakerId;
      if (wasVisible && (!visible || speakerChanged)) {
        for (const hook of this.leavingHooks) await hook([s.id], manager);
      }
      await this.statements.updateFields(manager, s.id, changes);
      if (visible && (!wasVisible || speakerChanged)) {
        const stored = storedOf(s.id, { ...s, ...changes } as NewStatement);
        for (const hook of this.storedHooks) await hook({ added: [stored], reattributed: [] }, manager);
      }
    });
    return this.findById(id);
  }

  /** Checks and resolves the shared filters: speakers by id or slug (404 when unknown), dates, text. */
  async toFilter(query: StatementFilterQuery): Promise<StatementFilter> {
    const from = query.from ? new Date(query.from) : undefined;
    let before: Date | undefined;
    if (query.to) {
      const to = new Date(query.to);
      // A bare date means "to the end of that day"; a date-time is an inclusive instant.
      before = new Date(to.getTime() + (DATE_ONLY.test(query.to) ? 86_400_000 : 1));
    }
    if (from && before && from >= before) throw new InvalidDateRangeError();
    const speakerIds = query.speakers ? [...new Set(await Promise.all(query.speakers.map((s) => this.speakers.currentIdOf(s))))] : undefined;
    const norm = query.q !== undefined ? normalizeText(query.q) : '';
    return {
      speakerIds,
      from,
      before,
      language: query.language,
      source: query.source,
      types: query.type,
      articleId: query.article,
      minConfidence: query.minConfidence,
      text: query.q !== undefined ? { query: query.q, norm } : undefined,
      includeWrong: query.includeWrong,
    };
  }

  private async viewOrThrow(id: string): Promise<StatementView> {
    const view = await this.statements.findViewById(id);
    if (!view) throw new StatementNotFoundError(id);
    return view;
  }
}

function draftOf(s: Statement, speakerId: string | null, article: ArticleForExtraction): NewStatement {
  const normalizedText = normalizeText(s.text);
  const mention = s.attribution?.mention ?? null;
  return {
    articleId: article.id,
    speakerId,
    speakerName: s.speaker?.name ?? null,
    mentionText: mention?.text ?? null,
    mentionStart: mention?.start ?? null,
    mentionEnd: mention?.end ?? null,
    mentionKind: s.attribution?.mentionKind ?? null,
    cueText: s.cue?.text ?? null,
    cueStart: s.cue?.start ?? null,
    cueEnd: s.cue?.end ?? null,
    sieve: s.attribution?.sieve ?? null,
    confidence: s.attribution?.confidence ?? null,
    type: s.type,
    spanStart: s.start,
    spanEnd: s.end,
    text: s.text,
    normalizedText,
    textHash: textHashOf(normalizedText),
    context: contextOf(article.body, s.start, s.end),
    language: article.language,
    source: article.source,
    statedAt: article.publishedAt ?? article.createdAt,
    quotedFragments: s.quotedFragments.map((f) => ({ start: f.start, end: f.end })),
    flags: s.flags,
    segment: s.segment,
    pipelineVersion: PIPELINE_VERSION,
    humanCorrected: false,
    markedWrong: false,
    correctedAt: null,
    correctionNote: null,
  };
}

export function textHashOf(normalizedText: string): string {
  return createHash('md5').update(normalizedText, 'utf8').digest('hex');
}

function changedFields(old: StatementEntity, draft: NewStatement): Partial<NewStatement> {
  const changes: Record<string, unknown> = {};
  for (const f of MACHINE_FIELDS) {
    const a: unknown = old[f];
    const b: unknown = draft[f];
    const same = a instanceof Date && b instanceof Date ? a.getTime() === b.getTime()
      : typeof a === 'object' && a !== null ? canonicalJson(a) === canonicalJson(b)
        : a === b;
    if (!same) changes[f] = b;
  }
  return changes as Partial<NewStatement>;
}

/** JSON with object keys sorted: jsonb does not keep the order they were written in. */
function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x);
}

function storedOf(id: string, s: NewStatement): StoredStatement {
  return {
    id, articleId: s.articleId, speakerId: s.speakerId, type: s.type, normalizedText: s.normalizedText, textHash: s.textHash,
    language: s.language, statedAt: s.statedAt,
  };
}
