// `qawl migrate`: applies pending migrations to the configured database (the server also does at start-up).
import type { Command } from 'commander';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { buildDataSourceOptions, openEmbeddedPostgres, runMigrationsLocked } from '../database';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (DATABASE_URL, or the embedded database in QAWL_DATA_DIR)')
    .action(async () => {
      const config = loadConfig();
      const embedded = config.databaseUrl ? undefined : await openEmbeddedPostgres(config.dataDir);
      const dataSource = await new DataSource(buildDataSourceOptions(config, embedded)).initialize();
      try {
        const applied = await runMigrationsLocked(dataSource, config.databaseSchema);
        const where = config.databaseUrl ? 'PostgreSQL' : `embedded database in ${config.dataDir}`;
        process.stdout.write(applied.length ? `applied ${applied.join(', ')} to the ${where}\n` : `the ${where} is up to date\n`);
      } finally {
        await dataSource.destroy();
        await embedded?.close();
      }
    });
}
