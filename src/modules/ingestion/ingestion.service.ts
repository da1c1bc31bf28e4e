import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AppError, ValidationFailedError } from '../../common/errors';
import { validateDto } from '../../common/validation';
import { ArticlesService, type ArticleDrafts } from '../articles/articles.service';
import { CreateArticleDto } from '../articles/dto/create-article.dto';
import type { BatchItemResultDto, BatchResultDto } from './dto/batch-result.dto';
import { readNdjson, type SourceItem } from './ingest-sources';
import { BatchTooLargeError } from './ingestion.errors';

export const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines'];

export type ProgressListener = (done: number, total: number, last: BatchItemResultDto) => void;

/**
 * Articles of a batch stored per database transaction (written together in one savepoint, or one savepoint
 * each when that fails). One commit (one WAL flush) and one set of bulk statements for many articles; with
 * the fallback's savepoints still under 64, so that the subtransactions stay in PostgreSQL's per-backend
 * cache (past it, every other session's visibility checks get slower).
 */
export const ARTICLES_PER_TRANSACTION = 50;

@Injectable()
export class IngestionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticlesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A batch upload: a JSON array, or NDJSON text (one article per line). Each item is stored whole or not at all. */
  async ingestBatch(body: unknown, contentType: string | undefined): Promise<BatchResultDto> {
    const isNdjson = NDJSON_TYPES.includes(contentType?.split(';')[0].trim().toLowerCase() ?? '');
    let items: SourceItem[];
    if (isNdjson) {
      items = readNdjson(typeof body === 'string' ? body : '');
    } else if (Array.isArray(body)) {
      items = body.map((value, i) => ({ where: `[${i}]`, value }));
    } else {
      throw new ValidationFailedError([{ field: '(body)', reasons: ['must be a JSON array of articles'] }]);
    }
    if (items.length > this.config.maxBatchItems) throw new BatchTooLargeError(items.length, this.config.maxBatchItems);
    return this.ingestItems(items);
  }

  /**
   * Ingests items in order, reporting every item's outcome. Each article is stored whole or not at all: up
   * to ARTICLES_PER_TRANSACTION share a transaction. Consecutive articles without related ones are written
   * together (one insert of the articles, one of their statements, one cluster-candidate query: see
   * ArticlesService.storeManyWithin) inside one savepoint; if that fails, the savepoint is rolled back and
   * those articles are stored one by one, each inside its own savepoint, so a failed article is rolled back
   * alone. A page with related articles is stored alone, in its own savepoint. A client error (bad item)
   * rejects the item and the batch goes on; any other error (the database is down) stops the batch: the
   * articles before it are committed, and the error is thrown.
   */
  async ingestItems(items: SourceItem[], onProgress?: ProgressListener): Promise<BatchResultDto> {
    const results: BatchItemResultDto[] = [];
    const report = (r: BatchItemResultDto) => {
      results.push(r);
      onProgress?.(results.length, items.length, r);
    };
    for (let from = 0; from < items.length; from += ARTICLES_PER_TRANSACTION) {
      // Checked and parsed before the transaction opens: a chunk of bad items touches no connection.
      const chunk = await Promise.all(items.slice(from, from + ARTICLES_PER_TRANSACTION).map(async (item, k) => {
        const index = from + k;
        return { index, where: item.where, outcome: await this.prepare(item, index) };
      }));
      if (chunk.every((c) => !('drafts' in c.outcome) && !('failure' in c.outcome))) {
        chunk.forEach((c) => report(c.outcome as BatchItemResultDto));
        continue;
      }
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      let failure: unknown;
      try {
        await runner.startTransaction();
        const { outcomes, failed } = await this.storeChunk(runner, chunk);
        // Every item before the one that failed, in order (none after it is reported).
        for (const c of chunk) {
          const outcome = outcomes.get(c.index);
          if (!outcome) break;
          report(outcome);
        }
        failure = failed?.failure;
        await runner.commitTransaction();
      } catch (e) {
        // The first error is the one to report, not a failed rollback on a broken connection.
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        throw e;
      } finally {
        await runner.release();
      }
      if (failure !== undefined) throw failure;
    }
    const count = (s: BatchItemResultDto['status']) => results.filter((r) => r.status === s).length;
    return { summary: { ingested: count('created'), duplicates: count('duplicate'), rejected: count('rejected') }, results };
  }

  /**
   * A checked and parsed item, or its rejection (bad JSON, a failed validation, empty or too large a text),
   * or a server error while parsing it (which stops the batch at that item, as a failed write does).
   */
  private async prepare(item: SourceItem, index: number): Promise<Prepared> {
    if ('error' in item) return rejected(index, item.where, item.error);
    const checked = await validateDto(CreateArticleDto, item.value);
    if (!checked.ok) return rejected(index, item.where, checked.error);
    try {
      return { drafts: this.articles.prepare(checked.value) };
    } catch (e) {
      if (e instanceof AppError && e.status < 500) return rejected(index, item.where, e);
      return { failure: e };
    }
  }

  /**
   * The articles of a chunk, in order, inside its transaction. Consecutive articles without related ones
   * (rejected items in between do not count) form a group written together inside one savepoint; when that
   * fails (any error: one bad row fails the whole statement), the savepoint is rolled back and each article
   * of the group is stored alone, so the others land and the one at fault is rejected, or stops the batch,
   * as it would have alone. A page with related articles is stored alone. Stops at the first article that
   * failed with a server error and returns that failure; the caller reports the items before it only.
   */
  private async storeChunk(
    runner: QueryRunner, chunk: { index: number; where: string; outcome: Prepared }[],
  ): Promise<{ outcomes: Map<number, BatchItemResultDto>; failed?: { failure: unknown } }> {
    const outcomes = new Map<number, BatchItemResultDto>();
    let group: { index: number; where: string; drafts: ArticleDrafts }[] = [];
    const alone = async (g: typeof group): Promise<{ failure: unknown } | undefined> => {
      for (const a of g) {
        const r = await this.ingestOne(runner, a.index, a.where, a.drafts);
        if ('failure' in r) return r;
        outcomes.set(a.index, r);
      }
      return undefined;
    };
    const flush = async (): Promise<{ failure: unknown } | undefined> => {
      const g = group;
      group = [];
      if (g.length < 2 || !(await this.storeTogether(runner, g, outcomes))) return alone(g);
      return undefined;
    };
    for (const c of chunk) {
      if ('failure' in c.outcome) {
        const failed = (await flush()) ?? c.outcome;
        return { outcomes, failed };
      }
      if (!('drafts' in c.outcome)) {
        outcomes.set(c.index, c.outcome);
        continue;
      }
      const entry = { index: c.index, where: c.where, drafts: c.outcome.drafts };
      if (entry.drafts.related.length === 0) {
        group.push(entry);
        continue;
      }
      const failed = (await flush()) ?? (await alone([entry]));
      if (failed) return { outcomes, failed };
    }
    const failed = await flush();
    return { outcomes, failed };
  }

  /** A group of articles without related ones, written together in a savepoint; false (rolled back) on any error. */
  private async storeTogether(
    runner: QueryRunner, group: { index: number; where: string; drafts: ArticleDrafts }[], outcomes: Map<number, BatchItemResultDto>,
  ): Promise<boolean> {
    await runner.query('SAVEPOINT articles');
    try {
      const stored = await this.articles.storeManyWithin(runner.manager, group.map((a) => a.drafts.main));
      group.forEach((a, k) => {
        outcomes.set(a.index, { index: a.index, where: a.where, status: stored[k].duplicate ? 'duplicate' : 'created', id: stored[k].id, related: [] });
      });
      return true;
    } catch (e) {
      // Whatever failed (a deadlock, a bad row, a server error), storing them one by one tells which article it
      // was. If even the rollback fails (the connection is gone), the first error is the one to report.
      await runner.query('ROLLBACK TO SAVEPOINT articles').catch(() => {
        throw e;
      });
      return false;
    }
  }

  /** One article inside the chunk's transaction, in a savepoint: on any error nothing of it is left. */
  private async ingestOne(
    runner: QueryRunner, index: number, where: string, drafts: ArticleDrafts,
  ): Promise<BatchItemResultDto | { failure: unknown }> {
    // Savepoints are not released: the next one nests inside, and ROLLBACK TO the name undoes the latest.
    for (let attempt = 1; ; attempt++) {
      await runner.query('SAVEPOINT article');
      try {
        const r = await this.articles.storeDraftsWithin(runner.manager, drafts);
        return {
          index, where, status: r.duplicate ? 'duplicate' : 'created', id: r.id,
          related: r.related.map((x) => ({ id: x.id, duplicate: x.duplicate })),
        };
      } catch (e) {
        await runner.query('ROLLBACK TO SAVEPOINT article');
        // Client errors reject the item; anything else (the database is down) stops the batch.
        if (e instanceof AppError && e.status < 500) return rejected(index, where, e);
        // A deadlock with another batch writing the same articles or clusters in another order: PostgreSQL
        // aborted this article only, and its rollback let the other transaction go on. Once more, then give up.
        if (attempt === 1 && isDeadlock(e)) continue;
        return { failure: e };
      }
    }
  }
}

/** An item ready to be written, rejected, or whose parsing failed with a server error. */
type Prepared = { drafts: ArticleDrafts } | BatchItemResultDto | { failure: unknown };

function isDeadlock(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '40P01';
}

function rejected(index: number, where: string, e: AppError): BatchItemResultDto {
  return { index, where, status: 'rejected', error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } };
}
