import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { AppError, ValidationFailedError } from '../../common/errors';
import { validateDto } from '../../common/validation';
import { ArticlesService } from '../articles/articles.service';
import { CreateArticleDto } from '../articles/dto/create-article.dto';
import type { BatchItemResultDto, BatchResultDto } from './dto/batch-result.dto';
import { readNdjson, type SourceItem } from './ingest-sources';
import { BatchTooLargeError } from './ingestion.errors';

export const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines'];

export type ProgressListener = (done: number, total: number, last: BatchItemResultDto) => void;

/**
 * Articles of a batch stored per database transaction, each inside its own savepoint. One commit (one WAL
 * flush) for many articles instead of one each; under 64 so that the savepoints' subtransactions stay in
 * PostgreSQL's per-backend cache (past it, every other session's visibility checks get slower).
 */
export const ARTICLES_PER_TRANSACTION = 32;

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
   * Ingests items one by one, in order, reporting every item's outcome. Each article is stored whole or not
   * at all: up to ARTICLES_PER_TRANSACTION share a transaction, each inside its own savepoint, so a failed
   * article is rolled back alone. A client error (bad item) rejects the item and the batch goes on; any
   * other error (the database is down) stops the batch: the articles before it are committed, and the
   * error is thrown.
   */
  async ingestItems(items: SourceItem[], onProgress?: ProgressListener): Promise<BatchResultDto> {
    const results: BatchItemResultDto[] = [];
    const report = (r: BatchItemResultDto) => {
      results.push(r);
      onProgress?.(results.length, items.length, r);
    };
    for (let from = 0; from < items.length; from += ARTICLES_PER_TRANSACTION) {
      // Checked before the transaction opens: a chunk of bad items touches no connection.
      const chunk = await Promise.all(items.slice(from, from + ARTICLES_PER_TRANSACTION).map(async (item, k) => {
        const index = from + k;
        if ('error' in item) return { index, where: item.where, outcome: rejected(index, item.where, item.error) };
        const checked = await validateDto(CreateArticleDto, item.value);
        return { index, where: item.where, outcome: checked.ok ? checked.value : rejected(index, item.where, checked.error) };
      }));
      if (chunk.every((c) => !(c.outcome instanceof CreateArticleDto))) {
        chunk.forEach((c) => report(c.outcome as BatchItemResultDto));
        continue;
      }
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      let failure: unknown;
      try {
        await runner.startTransaction();
        for (const c of chunk) {
          if (!(c.outcome instanceof CreateArticleDto)) {
            report(c.outcome);
            continue;
          }
          const r = await this.ingestOne(runner, c.index, c.where, c.outcome);
          if ('failure' in r) {
            failure = r.failure;
            break;
          }
          report(r);
        }
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

  /** One article inside the chunk's transaction, in a savepoint: on any error nothing of it is left. */
  private async ingestOne(
    runner: QueryRunner, index: number, where: string, dto: CreateArticleDto,
  ): Promise<BatchItemResultDto | { failure: unknown }> {
    // Savepoints are not released: the next one nests inside, and ROLLBACK TO the name undoes the latest.
    for (let attempt = 1; ; attempt++) {
      await runner.query('SAVEPOINT article');
      try {
        const r = await this.articles.ingestWithin(runner.manager, dto);
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

function isDeadlock(e: unknown): boolean {
  return e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '40P01';
}

function rejected(index: number, where: string, e: AppError): BatchItemResultDto {
  return { index, where, status: 'rejected', error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } };
}
