import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StatementEntity } from '../statements/statement.entity';
import { ClusterEntity } from './cluster.entity';

/** How a statement joined its cluster. */
export type ClusterLink = 'exact' | 'near' | 'paraphrase';
export const CLUSTER_LINKS: readonly ClusterLink[] = ['exact', 'near', 'paraphrase'];

/** A statement's place in a cluster (at most one cluster per statement). */
@Entity('cluster_members')
@Check('ck_cluster_members_link', `"link" IN ('exact', 'near', 'paraphrase')`)
export class ClusterMemberEntity {
  @PrimaryColumn({ name: 'statement_id', type: 'uuid' })
  statementId: string;

  @ManyToOne(() => StatementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'statement_id', foreignKeyConstraintName: 'fk_cluster_members_statement' })
  statement?: StatementEntity;

  @Index('ix_cluster_members_cluster_id')
  @Column({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => ClusterEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_cluster_members_cluster' })
  cluster?: ClusterEntity;

  @Column({ type: 'varchar', length: 10 })
  link: ClusterLink;

  /** Trigram similarity to the statement it was linked through (1 for exact). */
  @Column({ type: 'double precision' })
  similarity: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
