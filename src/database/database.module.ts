import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Database } from './database';

/** Provides the migrated TypeORM DataSource to every module. */
@Global()
@Module({
  providers: [Database, { provide: DataSource, inject: [Database], useFactory: (db: Database) => db.open() }],
  exports: [DataSource],
})
export class DatabaseModule {}
