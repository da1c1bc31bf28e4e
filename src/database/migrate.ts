// Applies pending migrations while holding a PostgreSQL advisory lock, so two instances starting
// together take turns: the second finds nothing pending. The lock, the migrations and the bookkeeping
// all run on one connection (PGlite has only one).
import { MigrationExecutor, type DataSource } from 'typeorm';

/** Arbitrary constant shared by every Qawl instance: "qawl" in ASCII. */
const MIGRATION_LOCK_KEY = 0x7161776c;

export async function runMigrationsLocked(dataSource: DataSource, schema?: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      if (schema) await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
