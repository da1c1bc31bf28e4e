import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SpeakerEntity } from './speaker.entity';

/** The record of one merge, kept for history: what moved from which speaker into which. */
@Entity('speaker_merges')
export class SpeakerMergeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_speaker_merges_from')
  @Column({ name: 'from_speaker_id', type: 'uuid' })
  fromSpeakerId: string;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_speaker_id', foreignKeyConstraintName: 'fk_speaker_merges_from' })
  fromSpeaker?: SpeakerEntity;

  @Index('ix_speaker_merges_into')
  @Column({ name: 'into_speaker_id', type: 'uuid' })
  intoSpeakerId: string;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'into_speaker_id', foreignKeyConstraintName: 'fk_speaker_merges_into' })
  intoSpeaker?: SpeakerEntity;

  @Column({ name: 'statements_moved', type: 'int' })
  statementsMoved: number;

  @Column({ name: 'aliases_moved', type: 'int' })
  aliasesMoved: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
