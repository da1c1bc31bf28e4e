import { AppError } from '../../common/errors';

export class SpeakerNotFoundError extends AppError {
  readonly code = 'SPEAKER_NOT_FOUND';
  readonly status = 404;
  constructor(idOrSlug: string) {
    super(`no speaker with id or slug ${idOrSlug}`, { id: idOrSlug });
  }
}

export class SpeakerSlugTakenError extends AppError {
  readonly code = 'SPEAKER_SLUG_TAKEN';
  readonly status = 409;
  constructor(slug: string) {
    super(`slug: another speaker is already called ${slug}`, [{ field: 'slug', reasons: ['is taken by another speaker'] }]);
  }
}

export class SpeakerMergeIntoSelfError extends AppError {
  readonly code = 'SPEAKER_MERGE_INTO_SELF';
  readonly status = 400;
  constructor() {
    super('into: a speaker cannot be merged into itself', [{ field: 'into', reasons: ['is the speaker being merged'] }]);
  }
}

export class SpeakerAlreadyMergedError extends AppError {
  readonly code = 'SPEAKER_ALREADY_MERGED';
  readonly status = 409;
  constructor(slug: string, intoId: string) {
    super(`speaker ${slug} was already merged into ${intoId}`, { id: slug, mergedIntoId: intoId });
  }
}
