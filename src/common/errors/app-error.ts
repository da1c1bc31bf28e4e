// Every error a client can cause or should know about is an AppError: a stable `code`, an HTTP status,
// a readable message and optional details (e.g. which fields were wrong). The global filter renders them.

export interface FieldProblem {
  field: string;
  reasons: string[];
}

export abstract class AppError extends Error {
  abstract readonly code: string;
  abstract readonly status: number;
  constructor(message: string, readonly details?: unknown) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends AppError {
  readonly code = 'VALIDATION_FAILED';
  readonly status = 400;
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.reasons.join('; ')}`).join(' | '), problems);
  }
}

export class MalformedJsonError extends AppError {
  readonly code = 'MALFORMED_JSON';
  readonly status = 400;
}

export class PayloadTooLargeError extends AppError {
  readonly code = 'PAYLOAD_TOO_LARGE';
  readonly status = 413;
}

export class UnsupportedMediaTypeError extends AppError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  readonly status = 415;
  constructor(got: string | undefined, allowed: readonly string[]) {
    super(`Content-Type must be ${allowed.join(' or ')} (got ${got ? `"${got}"` : 'none'})`, { allowed, got: got ?? null });
  }
}
