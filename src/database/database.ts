import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { buildDataSourceOptions } from './data-source-options';
import { openEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { runMigrationsLocked } from './migrate';

/** Opens the configured database, migrates it, and closes it (data source, then PGlite) on shutdown. */
@Injectable()
export class Database implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded?: EmbeddedPostgres;
  private dataSource?: DataSource;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async open(): Promise<DataSource> {
    const started = Date.now();
    if (!this.config.databaseUrl) this.embedded = await openEmbeddedPostgres(this.config.dataDir);
    this.dataSource = await new DataSource(buildDataSourceOptions(this.config, this.embedded)).initialize();
    const applied = await runMigrationsLocked(this.dataSource, this.config.databaseSchema);
    this.logger.log({
      msg: 'database ready',
      database: this.config.databaseUrl ? 'postgresql' : 'embedded',
      ...(this.embedded ? { dataDir: this.config.dataDir } : {}),
      migrationsApplied: applied,
      ms: Date.now() - started,
    });
    return this.dataSource;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
    if (this.embedded && !this.embedded.closed) await this.embedded.close();
    this.logger.log({ msg: 'database closed' });
  }
}
