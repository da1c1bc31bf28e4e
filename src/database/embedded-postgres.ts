// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a folder, reached through
// node-postgres like a real server so the same TypeORM driver, migrations and SQL run on both.
import { mkdirSync } from 'node:fs';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';

// The contrib entry points declare only ESM typings, so TypeScript refuses to import them from CommonJS;
// at run time `require` resolves their CommonJS builds.
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension };

export type EmbeddedPostgres = PGlite;

export async function openEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir, { extensions: { pg_trgm, unaccent } });
  await pglite.waitReady;
  return pglite;
}

/**
 * node-postgres pool options for a PGlite: one connection (PGlite is single-session, so a larger pool
 * would interleave transactions), never closed for idleness (the one connection is reused for good).
 */
export function embeddedPoolOptions(pglite: EmbeddedPostgres): Record<string, unknown> {
  const pgConfig = createPgConfig(pglite);
  return {
    connection: pgConfig.connection,
    host: pgConfig.host,
    port: pgConfig.port,
    user: pgConfig.user,
    password: pgConfig.password,
    database: pgConfig.database,
    max: 1,
    idleTimeoutMillis: 0,
  };
}
