import { Inject, Injectable } from '@nestjs/common';
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

@Injectable()
export class IngestionService {
  constructor(private readonly articles: ArticlesService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A batch upload: a JSON array, or NDJSON text (one article per line). Each item is its own transaction. */
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

  /** Ingests items one by one (in order, each in its own transaction), reporting every item's outcome. */
  async ingestItems(items: SourceItem[], onProgress?: ProgressListener): Promise<BatchResultDto> {
    const results: BatchItemResultDto[] = [];
    for (const [index, item] of items.entries()) {
      const result = await this.ingestOne(index, item);
      results.push(result);
      onProgress?.(results.length, items.length, result);
    }
    const count = (s: BatchItemResultDto['status']) => results.filter((r) => r.status === s).length;
    return { summary: { ingested: count('created'), duplicates: count('duplicate'), rejected: count('rejected') }, results };
  }

  private async ingestOne(index: number, item: SourceItem): Promise<BatchItemResultDto> {
    const { where } = item;
    if ('error' in item) return rejected(index, where, item.error);
    const checked = await validateDto(CreateArticleDto, item.value);
    if (!checked.ok) return rejected(index, where, checked.error);
    try {
      const r = await this.articles.ingest(checked.value);
      return {
        index, where, status: r.duplicate ? 'duplicate' : 'created', id: r.id,
        related: r.related.map((x) => ({ id: x.id, duplicate: x.duplicate })),
      };
    } catch (e) {
      // Client errors reject the item; anything else (the database is down) stops the batch.
      if (e instanceof AppError && e.status < 500) return rejected(index, where, e);
      throw e;
    }
  }
}

function rejected(index: number, where: string, e: AppError): BatchItemResultDto {
  return { index, where, status: 'rejected', error: { code: e.code, message: e.message, ...(e.details !== undefined ? { details: e.details } : {}) } };
}
