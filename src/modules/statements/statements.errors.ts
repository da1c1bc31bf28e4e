import { AppError } from '../../common/errors';

export class StatementNotFoundError extends AppError {
  readonly code = 'STATEMENT_NOT_FOUND';
  readonly status = 404;
  constructor(id: string) {
    super(`no statement with id ${id}`, { id });
  }
}

export class InvalidDateRangeError extends AppError {
  readonly code = 'INVALID_DATE_RANGE';
  readonly status = 400;
  constructor() {
    super('from: must not be after to', [{ field: 'from', reasons: ['is after to'] }]);
  }
}

export class EmptyCorrectionError extends AppError {
  readonly code = 'EMPTY_CORRECTION';
  readonly status = 400;
  constructor() {
    super('give speakerId (a speaker, or null for none) or markedWrong', [{ field: '(body)', reasons: ['has neither speakerId nor markedWrong'] }]);
  }
}
