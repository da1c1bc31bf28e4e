import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique,
} from 'typeorm';
import type { Lang, MentionKind, Span, StatementFlags, StatementType } from '../../pipeline';
import { ArticleEntity } from '../articles/article.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';

/**
 * One statement found in an article: who (speaker, and the words naming them), how (cue, type, sieve,
 * confidence), what (the span of the article body, its text and normalised text) and when (the article's
 * published-at, else its ingested-at). An analyst's correction sets `humanCorrected`; reprocessing never
 * changes the speaker or the verdict of a corrected statement.
 *
 * `tsv` is kept by a trigger (text search configuration chosen by `language`); it, the trigram index on
 * `normalized_text` and the speaker timeline index (INCLUDE) are declared in the migrations.
 */
@Entity('statements')
@Unique('uq_statements_article_span', ['articleId', 'spanStart', 'spanEnd'])
@Check('ck_statements_type', `"type" IN ('direct', 'partial', 'indirect')`)
@Check('ck_statements_language', `"language" IN ('ar', 'en', 'ru')`)
@Index('ix_statements_stated_at_id', ['statedAt', 'id'])
// (speaker_id, stated_at, id) INCLUDE (marked_wrong): timelines count a speaker's statements from the index alone.
@Index('ix_statements_speaker_stated_at_visible', { synchronize: false })
@Index('ix_statements_language_stated_at', ['language', 'statedAt'])
@Index('ix_statements_source_stated_at', ['source', 'statedAt'])
@Index('ix_statements_type_stated_at', ['type', 'statedAt'])
@Index('ix_statements_tsv', { synchronize: false })
@Index('ix_statements_normalized_text_trgm', { synchronize: false })
export class StatementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne(() => ArticleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'fk_statements_article' })
  article?: ArticleEntity;

  @Column({ name: 'speaker_id', type: 'uuid', nullable: true })
  speakerId: string | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'fk_statements_speaker' })
  speaker?: SpeakerEntity | null;

  /** The speaker's name as the pipeline gave it (kept when the speaker row is merged or deleted). */
  @Column({ name: 'speaker_name', type: 'text', nullable: true })
  speakerName: string | null;

  @Column({ name: 'mention_text', type: 'text', nullable: true })
  mentionText: string | null;

  @Column({ name: 'mention_start', type: 'int', nullable: true })
  mentionStart: number | null;

  @Column({ name: 'mention_end', type: 'int', nullable: true })
  mentionEnd: number | null;

  @Column({ name: 'mention_kind', type: 'varchar', length: 16, nullable: true })
  mentionKind: MentionKind | null;

  @Column({ name: 'cue_text', type: 'text', nullable: true })
  cueText: string | null;

  @Column({ name: 'cue_start', type: 'int', nullable: true })
  cueStart: number | null;

  @Column({ name: 'cue_end', type: 'int', nullable: true })
  cueEnd: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  sieve: string | null;

  @Index('ix_statements_confidence')
  @Column({ type: 'double precision', nullable: true })
  confidence: number | null;

  @Column({ type: 'varchar', length: 8 })
  type: StatementType;

  /** Half-open UTF-16 offsets into the article body. */
  @Column({ name: 'span_start', type: 'int' })
  spanStart: number;

  @Column({ name: 'span_end', type: 'int' })
  spanEnd: number;

  @Column({ type: 'text' })
  text: string;

  /** normalizeText(text): what clustering and fuzzy search compare. */
  @Column({ name: 'normalized_text', type: 'text' })
  normalizedText: string;

  /** MD5 of normalized_text: exact-duplicate lookups by equality on a short key. */
  @Index('ix_statements_text_hash')
  @Column({ name: 'text_hash', type: 'char', length: 32 })
  textHash: string;

  /** The sentence(s) around the statement, for reading it in place. */
  @Column({ type: 'text' })
  context: string;

  @Column({ type: 'varchar', length: 2 })
  language: Lang;

  /** The article's outlet, copied so that the source filter has an index next to the date. */
  @Column({ type: 'text', nullable: true })
  source: string | null;

  /** The article's published-at, else its ingested-at. */
  @Column({ name: 'stated_at', type: 'timestamptz', precision: 3 })
  statedAt: Date;

  @Column({ name: 'quoted_fragments', type: 'jsonb', default: () => "'[]'" })
  quotedFragments: Span[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  flags: StatementFlags;

  /** Article segment: 0 the main article, 1.. a related-article block of a page. */
  @Column({ type: 'smallint', default: 0 })
  segment: number;

  @Column({ name: 'pipeline_version', type: 'varchar', length: 20 })
  pipelineVersion: string;

  @Column({ name: 'human_corrected', type: 'boolean', default: false })
  humanCorrected: boolean;

  /** An analyst's verdict that this is not a statement (or not this speaker's): hidden from queries. */
  @Column({ name: 'marked_wrong', type: 'boolean', default: false })
  markedWrong: boolean;

  @Column({ name: 'corrected_at', type: 'timestamptz', precision: 3, nullable: true })
  correctedAt: Date | null;

  @Column({ name: 'correction_note', type: 'text', nullable: true })
  correctionNote: string | null;

  /** Filled by the trigger statements_tsv_update; never written by the application. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  tsv: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
