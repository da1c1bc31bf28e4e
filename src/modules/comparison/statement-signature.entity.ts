import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { StatementEntity } from '../statements/statement.entity';

/**
 * A statement's MinHash LSH band keys (see minhash.ts), each mixed with the statement's 56-day period by
 * the SQL function `statement_band_keys` (migrations SignatureBandKeysByPeriod, SignatureBandPeriod56Days): two statements of the same
 * period that share a key are likely near-duplicates. A lookup asks for the keys of every period its time
 * window overlaps, so the GIN index on `bands` finds a new statement's candidates among those weeks only,
 * with a handful of index probes, whatever the size of the store; the signature row then drops those of
 * another speaker, and trigram similarity decides on the rest.
 */
@Entity('statement_signatures')
@Index('ix_statement_signatures_bands', ['bands'], { type: 'gin' })
export class StatementSignatureEntity {
  @PrimaryColumn({ name: 'statement_id', type: 'uuid' })
  statementId: string;

  @OneToOne(() => StatementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id', foreignKeyConstraintName: 'fk_statement_signatures_statement' })
  statement?: StatementEntity;

  @Column({ type: 'int', array: true })
  bands: number[];

  /** The statement's date, copied so the time window is checked without reading the statement. */
  @Column({ name: 'stated_at', type: 'timestamptz', precision: 3 })
  statedAt: Date;

  /**
   * The statement's speaker, copied (as linking last saw it: kept in step on re-attribution and on merges)
   * so that a band-sharing statement of another speaker, which linking never accepts, is dropped without
   * reading the statement and comparing texts. Linking still checks the statement's own speaker.
   */
  @Column({ name: 'speaker_id', type: 'uuid', nullable: true })
  speakerId: string | null;
}
