import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn,
} from 'typeorm';
import type { Gender } from '../../pipeline';

/** Where a speaker row came from: the pipeline's registry, an article (an unregistered name), or an analyst. */
export type SpeakerOrigin = 'registry' | 'discovered' | 'analyst';
export const SPEAKER_ORIGINS: readonly SpeakerOrigin[] = ['registry', 'discovered', 'analyst'];
export type SpeakerKind = 'person' | 'org';
export const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'org'];

/**
 * A person or organisation statements are attributed to. `slug` is the registry id for registry speakers
 * (`dmitry-peskov`) and a slug of the name for others; the API accepts it wherever it accepts the uuid.
 * A merged speaker stays (history) with `mergedIntoId` pointing at the speaker that absorbed it.
 */
@Entity('speakers')
@Unique('uq_speakers_slug', ['slug'])
@Check('ck_speakers_kind', `"kind" IN ('person', 'org')`)
@Check('ck_speakers_gender', `"gender" IN ('m', 'f')`)
@Check('ck_speakers_origin', `"origin" IN ('registry', 'discovered', 'analyst')`)
export class SpeakerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 6 })
  kind: SpeakerKind;

  @Column({ type: 'varchar', length: 1, nullable: true })
  gender: Gender | null;

  @Column({ type: 'text', nullable: true })
  wikidata: string | null;

  @Index('ix_speakers_origin')
  @Column({ type: 'varchar', length: 10 })
  origin: SpeakerOrigin;

  /** Always the final speaker of a merge chain (re-pointed when the target is merged in turn). */
  @Index('ix_speakers_merged_into_id')
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_speakers_merged_into' })
  mergedInto?: SpeakerEntity | null;

  @Column({ name: 'merged_at', type: 'timestamptz', precision: 3, nullable: true })
  mergedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
