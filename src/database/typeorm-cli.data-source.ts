// The data source the TypeORM CLI uses to generate migrations (see README, "Migrations"):
//   DATABASE_URL=postgres://… npm run migration:generate -- src/database/migrations/Name
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { buildDataSourceOptions } from './data-source-options';

const config = loadConfig();
if (!config.databaseUrl) throw new Error('set DATABASE_URL to a scratch PostgreSQL to generate migrations');

export default new DataSource(buildDataSourceOptions(config));
