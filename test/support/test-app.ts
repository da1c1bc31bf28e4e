// Starts the real HTTP app for an e2e file: on DATABASE_URL's PostgreSQL in a fresh schema of its own
// (dropped afterwards), or, without DATABASE_URL, on an embedded PGlite in a fresh temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/config';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  config: AppConfig;
  /** 'postgresql' or 'embedded', for test titles. */
  database: string;
  close(): Promise<void>;
}

export const usingPostgres = Boolean(process.env.DATABASE_URL);

export function freshDatabaseConfig(overrides: Partial<AppConfig> = {}): { config: AppConfig; cleanup: () => Promise<void> } {
  const base = loadConfig(process.env, { logLevel: 'error', ...overrides });
  if (base.databaseUrl) {
    const schema = `qawl_e2e_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const url = base.databaseUrl;
    return {
      config: { ...base, databaseSchema: schema },
      cleanup: async () => {
        const client = new Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'qawl-e2e-'));
  return { config: { ...base, dataDir: join(dir, 'data') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** The app on a database the caller manages (see freshDatabaseConfig); close it with `app.close()`. */
export async function startAppOn(config: AppConfig): Promise<NestExpressApplication> {
  const app = await createApp(config);
  await app.init();
  return app;
}

export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const { config, cleanup } = freshDatabaseConfig(overrides);
  const app = await startAppOn(config);
  return {
    app,
    http: app.getHttpServer(),
    config,
    database: config.databaseUrl ? 'postgresql' : 'embedded',
    close: async () => {
      await app.close();
      await cleanup();
    },
  };
}
