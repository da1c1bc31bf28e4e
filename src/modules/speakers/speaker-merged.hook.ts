import type { EntityManager } from 'typeorm';

/** What other modules report back about a merge they took part in. */
export interface MergeContribution {
  statementsMoved?: number;
}

/**
 * Runs inside the merge's transaction after the speaker rows are merged: the statements store moves the
 * source's statements, comparison moves its clusters. Registered with `SpeakersService.onSpeakersMerged`.
 */
export type SpeakersMergedHook = (merge: { fromId: string; intoId: string }, manager: EntityManager) => Promise<MergeContribution | void>;
