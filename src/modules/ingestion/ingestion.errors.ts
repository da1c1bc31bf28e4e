import { AppError } from '../../common/errors';

export class BatchTooLargeError extends AppError {
  readonly code = 'BATCH_TOO_LARGE';
  readonly status = 413;
  constructor(count: number, limit: number) {
    super(`a batch holds at most ${limit} articles (got ${count})`, { count, limit });
  }
}

/** A line of NDJSON, or a file, that is not valid JSON. */
export class MalformedItemError extends AppError {
  readonly code = 'MALFORMED_JSON';
  readonly status = 400;
}
