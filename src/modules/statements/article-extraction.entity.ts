import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ArticleEntity } from '../articles/article.entity';

/** Which pipeline version last extracted an article (an article may have no statements at all). */
@Entity('article_extractions')
export class ArticleExtractionEntity {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @OneToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'fk_article_extractions_article' })
  article?: ArticleEntity;

  @Index('ix_article_extractions_pipeline_version')
  @Column({ name: 'pipeline_version', type: 'varchar', length: 20 })
  pipelineVersion: string;

  @Column({ name: 'statement_count', type: 'int' })
  statementCount: number;

  @Column({ name: 'extracted_at', type: 'timestamptz', precision: 3 })
  extractedAt: Date;
}
