import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { HttpResponse } from '../http/http-types';
import { AppError } from './app-error';

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

/** Errors raised by Express's body parsers carry a `type` and a `status`. */
interface BodyParserError {
  type: string;
  status: number;
  message: string;
  limit?: number;
}

function isBodyParserError(e: unknown): e is BodyParserError {
  return typeof e === 'object' && e !== null && typeof (e as BodyParserError).type === 'string' &&
    typeof (e as BodyParserError).status === 'number';
}

/** Renders every error as `{code, message, details?}`; unknown errors are logged and become a generic 500. */
@Catch()
export class GlobalErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<HttpResponse>();
    const [status, body] = this.render(error);
    res.status(status).json(body);
  }

  private render(error: unknown): [number, ErrorBody] {
    if (error instanceof AppError) {
      return [error.status, { code: error.code, message: error.message, ...(error.details !== undefined ? { details: error.details } : {}) }];
    }
    if (isBodyParserError(error)) {
      switch (error.type) {
        case 'entity.too.large':
          return [413, { code: 'PAYLOAD_TOO_LARGE', message: `the request body is larger than ${error.limit} bytes`, details: { limit: error.limit } }];
        case 'encoding.unsupported':
        case 'charset.unsupported':
          return [415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: error.message }];
        default:
          if (error.status >= 400 && error.status < 500) return [error.status, { code: 'BAD_REQUEST', message: error.message }];
      }
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const response = error.getResponse();
      const message = typeof response === 'string' ? response : this.messageOf(response) ?? error.message;
      const code = (HttpStatus[status] as string | undefined) ?? 'HTTP_ERROR';
      if (status >= 500) this.logger.error({ msg: 'http exception', status, message, stack: error.stack });
      return [status, { code, message, ...(typeof response === 'object' && status === 503 ? { details: response } : {}) }];
    }
    this.logger.error({ msg: 'unhandled error', error: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
    return [500, { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; the error has been logged.' }];
  }

  private messageOf(response: object): string | undefined {
    const m = (response as { message?: unknown }).message;
    if (typeof m === 'string') return m;
    if (Array.isArray(m)) return m.join('; ');
    return undefined;
  }
}
