import { AppError } from '../../common/errors';

export class ArticleNotFoundError extends AppError {
  readonly code = 'ARTICLE_NOT_FOUND';
  readonly status = 404;
  constructor(id: string) {
    super(`no article with id ${id}`, { id });
  }
}

export class TextTooLargeError extends AppError {
  readonly code = 'TEXT_TOO_LARGE';
  readonly status = 413;
  constructor(field: 'text' | 'page', bytes: number, limit: number) {
    super(`${field}: ${bytes} bytes is over the limit of ${limit} bytes`, [{ field, reasons: [`is larger than ${limit} bytes`] }]);
  }
}

export class EmptyContentError extends AppError {
  readonly code = 'EMPTY_CONTENT';
  readonly status = 400;
  constructor(field: 'text' | 'page') {
    super(`${field}: has no letters or digits`, [{ field, reasons: ['has no letters or digits'] }]);
  }
}

export class InvalidDateRangeError extends AppError {
  readonly code = 'INVALID_DATE_RANGE';
  readonly status = 400;
  constructor() {
    super('publishedFrom: must not be after publishedTo', [{ field: 'publishedFrom', reasons: ['is after publishedTo'] }]);
  }
}
