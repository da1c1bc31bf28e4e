import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import { decodeCursor, encodeCursor, type Page } from '../../common/pagination';
import { detectLanguage, normalizeText, type Lang } from '../../pipeline';
import { parsePage, type ParsedArticle } from '../../pipeline/page';
import type { ArticleCreatedHook, ArticlesCreatedHook, CreatedArticle } from './article-created.hook';
import type { ArticleEntity } from './article.entity';
import { toArticleDto } from './article.mapper';
import { EmptyContentError, InvalidDateRangeError, ArticleNotFoundError, TextTooLargeError } from './articles.errors';
import { ArticlesRepository, type NewArticle } from './articles.repository';
import type { ArticleDetailDto, ArticleDto, IngestResultDto, RelatedIngestResultDto } from './dto/article.dto';
import type { CreateArticleDto } from './dto/create-article.dto';
import type { ListArticlesQuery } from './dto/list-articles.query';

/** SHA-256 of the normalised text: the same article scraped twice (spacing, diacritics, quote marks) hashes alike. */
export function contentHashOf(body: string): string {
  return createHash('sha256').update(normalizeText(body), 'utf8').digest('hex');
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

@Injectable()
export class ArticlesService {
  private readonly createdHooks: ArticleCreatedHook[] = [];
  private readonly batchCreatedHooks: ArticlesCreatedHook[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly articles: ArticlesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds a step to every article insert, inside its transaction (see ArticleCreatedHook). */
  onArticleCreated(hook: ArticleCreatedHook): void {
    this.createdHooks.push(hook);
  }

  /**
   * Adds a step run once for all the articles inserted together (a batch, or one article), inside their
   * transaction, before the per-article hooks (see ArticlesCreatedHook).
   */
  onArticlesCreated(hook: ArticlesCreatedHook): void {
    this.batchCreatedHooks.push(hook);
  }

  /**
   * Stores one article, or a page with its related articles, in one transaction. Ingesting the same
   * url or the same normalised text again returns the stored article with `duplicate: true`.
   */
  async ingest(input: CreateArticleDto): Promise<IngestResultDto> {
    const drafts = this.draftsOf(input);
    return this.dataSource.transaction((manager) => this.store(manager, drafts));
  }

  /**
   * Checks and parses an article without touching the database (throws the same 4xx errors as `ingest`):
   * the drafts that `storeManyWithin` and `storeDraftsWithin` write.
   */
  prepare(input: CreateArticleDto): ArticleDrafts {
    return this.draftsOf(input);
  }

  /**
   * Stores drafts made by `prepare` (an article, or a page with its related articles) inside the caller's
   * transaction (a batch, see IngestionService): the caller isolates each article (a savepoint) so that a
   * failed one leaves nothing behind.
   */
  storeDraftsWithin(manager: EntityManager, drafts: ArticleDrafts): Promise<IngestResultDto> {
    return this.store(manager, drafts);
  }

  /**
   * Several articles without related ones (`prepare`d), inside the caller's transaction, with one insert for
   * all of them and the created-articles hooks run once for the lot: the same rows and results as
   * `storeDraftsWithin` one after the other, in order (a later copy of an earlier article of the list is
   * its duplicate). All or nothing: on any error the caller rolls the lot back (a savepoint) and can
   * store them one by one to find the article at fault.
   */
  async storeManyWithin(manager: EntityManager, drafts: NewArticle[]): Promise<RelatedIngestResultDto[]> {
    if (!drafts.length) return [];
    const inserted = await this.articles.insertManyUnlessDuplicate(manager, drafts);
    // The insert keeps the first of several rows with the same url or text; each returned row is the first
    // draft with its url and hash.
    const byKey = new Map(inserted.map((r) => [duplicateKey(r.url, r.contentHash), r]));
    const results: RelatedIngestResultDto[] = [];
    const created: CreatedArticle[] = [];
    for (const article of drafts) {
      const key = duplicateKey(article.url, article.contentHash);
      const row = byKey.get(key);
      if (row) {
        byKey.delete(key);
        const stored: ArticleEntity = { ...article, id: row.id, createdAt: row.createdAt };
        created.push(createdOf(stored));
        results.push({ id: row.id, duplicate: false, article: toArticleDto(stored) });
      } else {
        results.push(await this.duplicateOf(manager, article));
      }
    }
    await this.runCreatedHooks(created, manager);
    return results;
  }

  private draftsOf(input: CreateArticleDto): ArticleDrafts {
    const field = input.page !== undefined ? 'page' : 'text';
    const raw = input.page ?? input.text ?? '';
    const bytes = Buffer.byteLength(raw, 'utf8');
    if (bytes > this.config.maxTextBytes) throw new TextTooLargeError(field, bytes, this.config.maxTextBytes);

    const parsed: ParsedArticle & { related: ParsedArticle[] } = input.page !== undefined
      ? parsePage(input.page)
      : { title: null, publishedAt: null, source: null, tags: [], body: input.text ?? '', related: [] };
    const main = this.draft({
      ...parsed,
      title: input.title ?? parsed.title,
      source: input.source ?? parsed.source,
      publishedAt: input.publishedAt ?? parsed.publishedAt,
      tags: input.tags ?? parsed.tags,
    }, field, input.url ?? null, input.language);
    // A related article is the same outlet's, but has its own title, date and tags.
    const related = parsed.related.map((r) => this.draft({ ...r, source: r.source ?? main.source }, field, null, undefined));
    return { main, related };
  }

  private async store(manager: EntityManager, { main, related }: ArticleDrafts): Promise<IngestResultDto> {
    const page = await this.insertOrFind(manager, main);
    const children: RelatedIngestResultDto[] = [];
    for (const r of related) children.push(await this.insertOrFind(manager, { ...r, parentId: page.id }));
    return { ...page, related: children };
  }

  async findById(id: string): Promise<ArticleDetailDto> {
    const article = await this.articles.findById(id);
    if (!article) throw new ArticleNotFoundError(id);
    const related = await this.articles.findRelatedOf(id);
    return { ...toArticleDto(article), related: related.map((r) => ({ id: r.id, title: r.title })) };
  }

  async list(query: ListArticlesQuery): Promise<Page<ArticleDto>> {
    const limit = Math.min(query.limit ?? this.config.defaultPageSize, this.config.maxPageSize);
    const publishedFrom = query.publishedFrom ? new Date(query.publishedFrom) : undefined;
    let publishedBefore: Date | undefined;
    if (query.publishedTo) {
      publishedBefore = new Date(query.publishedTo);
      // A bare date means "to the end of that day"; a date-time is an inclusive instant.
      publishedBefore = new Date(publishedBefore.getTime() + (DATE_ONLY.test(query.publishedTo) ? 86_400_000 : 1));
    }
    if (publishedFrom && publishedBefore && publishedFrom >= publishedBefore) throw new InvalidDateRangeError();
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const rows = await this.articles.findPageNewestFirst(
      { source: query.source, language: query.language, publishedFrom, publishedBefore }, after, limit + 1,
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toArticleDto), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
  }

  private draft(a: ParsedArticle, field: 'text' | 'page', url: string | null, language: Lang | undefined): NewArticle {
    if (!normalizeText(a.body)) throw new EmptyContentError(field);
    return {
      url,
      source: a.source,
      title: a.title,
      language: language ?? detectLanguage(a.body),
      publishedAt: a.publishedAt ? new Date(a.publishedAt) : null,
      body: a.body,
      contentHash: contentHashOf(a.body),
      tags: a.tags,
      parentId: null,
    };
  }

  private async insertOrFind(manager: EntityManager, article: NewArticle): Promise<RelatedIngestResultDto> {
    const inserted = await this.articles.insertUnlessDuplicate(manager, article);
    if (inserted === null) return this.duplicateOf(manager, article);
    // The row is what was written plus its id and created_at (returned by the insert): no read-back.
    const stored: ArticleEntity = { ...article, id: inserted.id, createdAt: inserted.createdAt };
    await this.runCreatedHooks([createdOf(stored)], manager);
    return { id: stored.id, duplicate: false, article: toArticleDto(stored) };
  }

  private async duplicateOf(manager: EntityManager, article: NewArticle): Promise<RelatedIngestResultDto> {
    const existing = await this.articles.findDuplicateOf(manager, article.url, article.contentHash);
    // The conflicting row is committed by now (ON CONFLICT waits for it); it can only be gone if deleted meanwhile.
    if (!existing) throw new Error(`article conflicted with a row that no longer exists (hash ${article.contentHash})`);
    return { id: existing.id, duplicate: true, article: toArticleDto(existing) };
  }

  private async runCreatedHooks(created: CreatedArticle[], manager: EntityManager): Promise<void> {
    if (!created.length) return;
    for (const hook of this.batchCreatedHooks) await hook(created, manager);
    for (const article of created) {
      for (const hook of this.createdHooks) await hook(article, manager);
    }
  }
}

/** A checked, parsed article (and the related articles of a page) ready to be written. */
export interface ArticleDrafts {
  main: NewArticle;
  related: NewArticle[];
}

function createdOf(a: ArticleEntity): CreatedArticle {
  return { id: a.id, body: a.body, language: a.language, publishedAt: a.publishedAt, parentId: a.parentId, source: a.source, createdAt: a.createdAt };
}

function duplicateKey(url: string | null, contentHash: string): string {
  return `${contentHash} ${url ?? ''}`;
}
