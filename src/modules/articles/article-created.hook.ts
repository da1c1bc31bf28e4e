import type { EntityManager } from 'typeorm';
import type { Lang } from '../../pipeline';

/** What a hook learns about an article that has just been inserted (not yet committed). */
export interface CreatedArticle {
  id: string;
  body: string;
  language: Lang;
  publishedAt: Date | null;
  parentId: string | null;
  source: string | null;
  /** When the row was inserted (as stored: millisecond precision). */
  createdAt: Date;
}

/**
 * Runs inside the transaction that inserts the article, with that transaction's EntityManager: work
 * done through `manager` commits or rolls back with the article (a throw rolls back the whole page).
 * Registered with `ArticlesService.onArticleCreated` — e.g. the statements store (issue 4) extracts
 * statements here. Not called for duplicates.
 */
export type ArticleCreatedHook = (article: CreatedArticle, manager: EntityManager) => Promise<void>;

/**
 * Like ArticleCreatedHook, once for all the articles inserted together (`ArticlesService.onArticlesCreated`):
 * a batch's articles in their order, or the one article of a single ingest. Runs before the per-article hooks.
 */
export type ArticlesCreatedHook = (articles: CreatedArticle[], manager: EntityManager) => Promise<void>;
