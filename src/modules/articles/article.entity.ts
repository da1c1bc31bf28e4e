import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique,
} from 'typeorm';
import type { Lang } from '../../pipeline';

/**
 * A news article. `body` is exactly the text the extraction pipeline reads (offsets point into it);
 * `contentHash` is the SHA-256 of its normalised text, so the same article from two scrapes is one row.
 */
@Entity('articles')
@Unique('uq_articles_url', ['url'])
@Unique('uq_articles_content_hash', ['contentHash'])
@Check('ck_articles_language', `"language" IN ('ar', 'en', 'ru')`)
@Index('ix_articles_created_at_id', ['createdAt', 'id'])
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Where the article was published; unique when present (PostgreSQL lets many rows have no url). */
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Index('ix_articles_source')
  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Index('ix_articles_language')
  @Column({ type: 'varchar', length: 2 })
  language: Lang;

  @Index('ix_articles_published_at')
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** The page's article, for a related article split out of that page. */
  @Index('ix_articles_parent_id')
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ArticleEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_articles_parent' })
  parent?: ArticleEntity | null;

  /** Millisecond precision so that a pagination cursor (a JS Date) compares exactly. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
