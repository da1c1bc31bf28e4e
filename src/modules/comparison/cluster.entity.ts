import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { StatementEntity } from '../statements/statement.entity';

/**
 * One statement as reported by several articles (and a direct quote with its paraphrase). The figures are
 * kept up to date from the members each time one joins or leaves, so listing by appearances is an index scan.
 */
@Entity('clusters')
@Index('ix_clusters_appearances', ['appearances', 'firstSeenAt', 'id'])
@Index('ix_clusters_first_seen_at', ['firstSeenAt', 'id'])
@Index('ix_clusters_speaker_first_seen_at', ['speakerId', 'firstSeenAt'])
export class ClusterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The members' speaker (the most frequent one when some are unattributed). */
  @Column({ name: 'speaker_id', type: 'uuid', nullable: true })
  speakerId: string | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'fk_clusters_speaker' })
  speaker?: SpeakerEntity | null;

  /** The longest form. */
  @Column({ name: 'canonical_statement_id', type: 'uuid', nullable: true })
  canonicalStatementId: string | null;

  @ManyToOne(() => StatementEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'canonical_statement_id', foreignKeyConstraintName: 'fk_clusters_canonical_statement' })
  canonicalStatement?: StatementEntity | null;

  @Column({ name: 'canonical_text', type: 'text' })
  canonicalText: string;

  /** The earliest appearance. */
  @Column({ name: 'first_statement_id', type: 'uuid', nullable: true })
  firstStatementId: string | null;

  @ManyToOne(() => StatementEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'first_statement_id', foreignKeyConstraintName: 'fk_clusters_first_statement' })
  firstStatement?: StatementEntity | null;

  @Column({ name: 'first_seen_at', type: 'timestamptz', precision: 3 })
  firstSeenAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', precision: 3 })
  lastSeenAt: Date;

  @Column({ type: 'int' })
  appearances: number;

  @Column({ type: 'int' })
  articles: number;

  @Column({ type: 'int' })
  sources: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
