import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import type { Lang } from '../../pipeline';
import type { CursorKey } from '../../common/pagination';
import { ArticleEntity } from './article.entity';

export type NewArticle = Pick<
  ArticleEntity, 'url' | 'source' | 'title' | 'language' | 'publishedAt' | 'body' | 'contentHash' | 'tags' | 'parentId'
>;

export interface ArticleFilter {
  source?: string;
  language?: Lang;
  publishedFrom?: Date;
  /** Exclusive upper bound. */
  publishedBefore?: Date;
}

@Injectable()
export class ArticlesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Inserts the article unless one with the same url or content hash exists (ON CONFLICT DO NOTHING on
   * both unique constraints); returns the new id, or null for a duplicate. A concurrent insert of the
   * same article waits for the other transaction and then does nothing: the constraints decide, not a read.
   * Returns the stored created_at too, so that the caller needs no read-back of the row it just wrote.
   */
  async insertUnlessDuplicate(manager: EntityManager, article: NewArticle): Promise<{ id: string; createdAt: Date } | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ArticleEntity)
      .values(article)
      .orIgnore()
      .returning('id, created_at')
      .execute();
    const row = (result.raw as { id: string; created_at: Date | string }[])[0];
    return row ? { id: row.id, createdAt: new Date(row.created_at) } : null;
  }

  /**
   * `insertUnlessDuplicate` for several articles in one statement, in their order: of several with the same
   * url or content hash, the first is inserted and the others do nothing, as they would one after the other.
   * Returns the inserted rows (url and hash tell which article each is).
   */
  async insertManyUnlessDuplicate(
    manager: EntityManager, articles: NewArticle[],
  ): Promise<{ id: string; createdAt: Date; url: string | null; contentHash: string }[]> {
    if (!articles.length) return [];
    const rows: { id: string; created_at: Date | string; url: string | null; content_hash: string }[] = await manager.query(
      `INSERT INTO articles (url, source, title, language, published_at, body, content_hash, tags, parent_id)
       SELECT r.url, r.source, r.title, r.language, r.published_at, r.body, r.content_hash,
         ARRAY(SELECT jsonb_array_elements_text(r.tags)), r.parent_id
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (url text, source text, title text, language text,
         published_at timestamptz, body text, content_hash text, tags jsonb, parent_id uuid))
         WITH ORDINALITY AS r(url, source, title, language, published_at, body, content_hash, tags, parent_id, n)
       ORDER BY r.n
       ON CONFLICT DO NOTHING
       RETURNING id, created_at, url, content_hash`,
      [JSON.stringify(articles.map((a) => ({
        url: a.url, source: a.source, title: a.title, language: a.language, published_at: a.publishedAt?.toISOString() ?? null,
        body: a.body, content_hash: a.contentHash, tags: a.tags, parent_id: a.parentId,
      })))],
    );
    return rows.map((r) => ({ id: r.id, createdAt: new Date(r.created_at), url: r.url, contentHash: r.content_hash }));
  }

  /** The stored article that `article` duplicates: same url first, else same content hash. */
  async findDuplicateOf(manager: EntityManager, url: string | null, contentHash: string): Promise<ArticleEntity | null> {
    const qb = manager.getRepository(ArticleEntity).createQueryBuilder('a').where('a.contentHash = :contentHash', { contentHash });
    if (url) qb.orWhere('a.url = :url', { url });
    const rows = await qb.limit(2).getMany();
    return rows.find((r) => url !== null && r.url === url) ?? rows[0] ?? null;
  }

  findById(id: string): Promise<ArticleEntity | null> {
    return this.dataSource.getRepository(ArticleEntity).findOneBy({ id });
  }

  findRelatedOf(parentId: string): Promise<Pick<ArticleEntity, 'id' | 'title'>[]> {
    return this.dataSource.getRepository(ArticleEntity).find({
      select: { id: true, title: true },
      where: { parentId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Newest first by (created_at, id); `after` is the last row of the previous page. */
  findPageNewestFirst(filter: ArticleFilter, after: CursorKey | undefined, limit: number): Promise<ArticleEntity[]> {
    const qb = this.dataSource.getRepository(ArticleEntity).createQueryBuilder('a');
    if (filter.source !== undefined) qb.andWhere('a.source = :source', { source: filter.source });
    if (filter.language !== undefined) qb.andWhere('a.language = :language', { language: filter.language });
    if (filter.publishedFrom) qb.andWhere('a.publishedAt >= :from', { from: filter.publishedFrom });
    if (filter.publishedBefore) qb.andWhere('a.publishedAt < :before', { before: filter.publishedBefore });
    if (after) {
      qb.andWhere(new Brackets((w) => {
        w.where('a.createdAt < :afterAt', { afterAt: after.createdAt })
          .orWhere('(a.createdAt = :afterAt AND a.id < :afterId)', { afterId: after.id });
      }));
    }
    return qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }
}
