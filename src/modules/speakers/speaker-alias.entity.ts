import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SpeakerEntity } from './speaker.entity';

export type AliasOrigin = 'registry' | 'discovered' | 'analyst' | 'merge';

/**
 * One way of writing a speaker's name, in any script. `key` is the folded form searches compare:
 * unaccent(normalizeText(alias)) — `Пе́сков`, `ПЕСКОВ` and `песков` share one key. A trigram GIN index on
 * `key` (declared in the migration: TypeORM cannot name an operator class) serves partial and fuzzy search.
 */
@Entity('speaker_aliases')
@Unique('uq_speaker_aliases_speaker_key', ['speakerId', 'key'])
@Index('ix_speaker_aliases_key_trgm', { synchronize: false })
@Check('ck_speaker_aliases_origin', `"origin" IN ('registry', 'discovered', 'analyst', 'merge')`)
export class SpeakerAliasEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'speaker_id', type: 'uuid' })
  speakerId: string;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'fk_speaker_aliases_speaker' })
  speaker?: SpeakerEntity;

  @Column({ type: 'text' })
  alias: string;

  @Index('ix_speaker_aliases_key')
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'varchar', length: 10 })
  origin: AliasOrigin;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
