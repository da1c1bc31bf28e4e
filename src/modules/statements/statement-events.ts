import type { EntityManager } from 'typeorm';
import type { Lang, StatementType } from '../../pipeline';

/** What comparison needs to know about a stored statement to link it to its cluster. */
export interface StoredStatement {
  id: string;
  articleId: string;
  speakerId: string | null;
  type: StatementType;
  normalizedText: string;
  textHash: string;
  language: Lang;
  statedAt: Date;
}

export interface StatementsStored {
  /** New statements (an article's extraction, or a statement no longer marked wrong). */
  added: StoredStatement[];
  /** Statements whose speaker changed (reprocess, a correction, a merge is not one: it moves whole speakers). */
  reattributed: StoredStatement[];
}

/**
 * Steps run inside the transaction that writes statements (see StatementsService.onStatementsStored and
 * onStatementsLeaving). `leaving` runs before statements are deleted or marked wrong, while they still exist;
 * `stored` runs after new and re-attributed statements are written.
 */
export type StatementsStoredHook = (change: StatementsStored, manager: EntityManager) => Promise<void>;
export type StatementsLeavingHook = (statementIds: string[], manager: EntityManager) => Promise<void>;
