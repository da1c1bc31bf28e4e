export { DatabaseModule } from './database.module';
export { buildDataSourceOptions } from './data-source-options';
export { openEmbeddedPostgres } from './embedded-postgres';
export { runMigrationsLocked } from './migrate';
