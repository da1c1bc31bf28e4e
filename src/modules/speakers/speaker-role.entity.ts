import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SpeakerEntity } from './speaker.entity';

/**
 * A role a speaker holds or held (`kremlin-spokesperson` from 2012-05). Dates are ISO prefixes
 * (YYYY, YYYY-MM or YYYY-MM-DD) exactly as precise as the source; open-ended when null.
 */
@Entity('speaker_roles')
@Index('ix_speaker_roles_speaker_role', ['speakerId', 'role'])
export class SpeakerRoleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'speaker_id', type: 'uuid' })
  speakerId: string;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'fk_speaker_roles_speaker' })
  speaker?: SpeakerEntity;

  /** The registry's role id (`kremlin-spokesperson`). */
  @Column({ type: 'text' })
  role: string;

  /** The role's titles as written in the registry, in every script. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  titles: string[];

  @Column({ name: 'from_date', type: 'varchar', length: 10, nullable: true })
  from: string | null;

  @Column({ name: 'to_date', type: 'varchar', length: 10, nullable: true })
  to: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
