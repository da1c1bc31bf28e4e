import { Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { HttpRequest, HttpResponse, NextFunction } from '../http/http-types';

/** Logs one line per request when the response is sent: method, path, status, duration. */
@Injectable()
export class RequestLoggerMiddleware implements NestMiddleware {
  private readonly logger = new Logger('HTTP');

  use(req: HttpRequest, res: HttpResponse, next: NextFunction): void {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      this.logger.log({ msg: 'request', method: req.method, path: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
    });
    next();
  }
}
