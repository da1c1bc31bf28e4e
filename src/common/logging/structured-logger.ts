// One JSON object per line on stdout (errors on stderr): `{"time","level","context","msg",…}`.
// Messages may be objects (`logger.log({ msg: 'database ready', ms: 812 })`): their fields are kept as is.
import { ConsoleLogger, type LoggerService } from '@nestjs/common';
import { LOG_LEVELS, type LogFormat, type LogLevel } from '../../config';

export class StructuredLogger implements LoggerService {
  private readonly enabled: Set<LogLevel>;
  private readonly pretty?: ConsoleLogger;

  constructor(level: LogLevel, format: LogFormat) {
    this.enabled = new Set(LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1));
    if (format === 'pretty') this.pretty = new ConsoleLogger({ logLevels: [...this.enabled] });
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (!this.enabled.has(level)) return;
    if (this.pretty) {
      this.pretty[level](message, ...rest);
      return;
    }
    // Nest passes the context last; for error() a stack may come before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = level === 'error' && rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const fields = typeof message === 'object' && message !== null && !(message instanceof Error)
      ? (message as Record<string, unknown>)
      : { msg: message instanceof Error ? message.message : String(message) };
    const line = JSON.stringify({ time: new Date().toISOString(), level, ...(context ? { context } : {}), ...fields, ...(stack ? { stack } : {}) });
    (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
  }
}
