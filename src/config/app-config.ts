// Qawl's configuration, read once from the environment and validated before anything starts.
// This is the only file that reads process.env; everything else receives an AppConfig.
import { resolve } from 'node:path';

export type LogFormat = 'json' | 'pretty';
export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';
export const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

export interface AppConfig {
  port: number;
  host: string;
  /** A PostgreSQL URL; when absent Qawl uses the embedded database under `dataDir`. */
  databaseUrl?: string;
  /** Schema for Qawl's tables (created when missing); the server's default search path when absent. */
  databaseSchema?: string;
  /** Folder of the embedded PGlite database (only used without databaseUrl). */
  dataDir: string;
  /** Largest article text or page, in UTF-8 bytes. */
  maxTextBytes: number;
  /** Largest request body, in bytes (a batch holds many articles). */
  maxRequestBytes: number;
  maxBatchItems: number;
  defaultPageSize: number;
  maxPageSize: number;
  logLevel: LogLevel;
  logFormat: LogFormat;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Builds and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  };

  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const databaseSchema = env.DATABASE_SCHEMA?.trim() || undefined;
  if (databaseSchema && !/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    problems.push('DATABASE_SCHEMA must be a lower-case SQL identifier (letters, digits, _)');
  }
  const maxPageSize = int('MAX_PAGE_SIZE', 100, 1, 1000);

  const config: AppConfig = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    databaseSchema,
    dataDir: resolve(env.QAWL_DATA_DIR?.trim() || './data'),
    maxTextBytes: int('MAX_TEXT_BYTES', 1024 * 1024, 1, 512 * 1024 * 1024),
    maxRequestBytes: int('MAX_REQUEST_BYTES', 32 * 1024 * 1024, 1024, 2 * 1024 * 1024 * 1024),
    maxBatchItems: int('MAX_BATCH_ITEMS', 1000, 1, 100000),
    defaultPageSize: Math.min(int('DEFAULT_PAGE_SIZE', 20, 1, 1000), maxPageSize),
    maxPageSize,
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'log'),
    logFormat: oneOf<LogFormat>('LOG_FORMAT', ['json', 'pretty'], 'json'),
    ...overrides,
  };
  if (config.maxRequestBytes < config.maxTextBytes) {
    problems.push('MAX_REQUEST_BYTES must be at least MAX_TEXT_BYTES');
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}
