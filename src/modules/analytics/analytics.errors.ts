import { AppError } from '../../common/errors';

export class CompareNeedsTwoSpeakersError extends AppError {
  readonly code = 'COMPARE_NEEDS_TWO_SPEAKERS';
  readonly status = 400;
  constructor() {
    super('speakers: name at least two different speakers (merged speakers count as the one they were merged into)', [
      { field: 'speakers', reasons: ['names fewer than two different speakers'] },
    ]);
  }
}

export class TooManyBucketsError extends AppError {
  readonly code = 'TOO_MANY_BUCKETS';
  readonly status = 400;
  constructor(count: number, limit: number) {
    super(`bucket: the period has ${count} buckets, more than ${limit}; choose a larger bucket or a shorter period`, [
      { field: 'bucket', reasons: [`gives more than ${limit} buckets`] },
    ]);
  }
}
