import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config';
import { ArticleEntity } from '../modules/articles/article.entity';
import { ClusterMemberEntity } from '../modules/comparison/cluster-member.entity';
import { ClusterEntity } from '../modules/comparison/cluster.entity';
import { StatementSignatureEntity } from '../modules/comparison/statement-signature.entity';
import { SpeakerAliasEntity } from '../modules/speakers/speaker-alias.entity';
import { SpeakerMergeEntity } from '../modules/speakers/speaker-merge.entity';
import { SpeakerRoleEntity } from '../modules/speakers/speaker-role.entity';
import { SpeakerEntity } from '../modules/speakers/speaker.entity';
import { ArticleExtractionEntity } from '../modules/statements/article-extraction.entity';
import { StatementEntity } from '../modules/statements/statement.entity';
import { embeddedPoolOptions, type EmbeddedPostgres } from './embedded-postgres';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [
  ArticleEntity, SpeakerEntity, SpeakerAliasEntity, SpeakerRoleEntity, SpeakerMergeEntity, StatementEntity, ArticleExtractionEntity,
  ClusterEntity, ClusterMemberEntity, StatementSignatureEntity,
];

/** TypeORM options for the configured database: `config.databaseUrl`, or else the given embedded PGlite. */
export function buildDataSourceOptions(config: AppConfig, embedded?: EmbeddedPostgres): DataSourceOptions {
  if (!config.databaseUrl && !embedded) throw new Error('no DATABASE_URL and no embedded database given');
  const searchPath = config.databaseSchema ? `-c search_path=${config.databaseSchema},public` : '';
  // No JIT on the server: every query here is a short index probe, and a plan whose estimate crosses
  // jit_above_cost (a generic plan over a JSON parameter, a LIMIT over many candidate rows) spent 60–120 ms
  // compiling to run in 1–2 ms. PGlite has no JIT to turn off.
  const serverOptions = [searchPath, '-c jit=off'].filter(Boolean).join(' ');
  return {
    type: 'postgres',
    ...(config.databaseUrl ? { url: config.databaseUrl } : {}),
    schema: config.databaseSchema,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // Extensions are created by migrations; gen_random_uuid() is core since PostgreSQL 13.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    extra: config.databaseUrl
      ? { max: 10, options: serverOptions }
      : { ...embeddedPoolOptions(embedded!), ...(searchPath ? { options: searchPath } : {}) },
  };
}
