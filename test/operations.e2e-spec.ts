// Health, OpenAPI, migrations under a lock, configuration validation, and closing the embedded database.
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../src/config';
import { buildDataSourceOptions, openEmbeddedPostgres, runMigrationsLocked } from '../src/database';
import { MIGRATIONS } from '../src/database/migrations';
import { freshDatabaseConfig, startAppOn, startTestApp, usingPostgres } from './support/test-app';

describe('operations', () => {
  it('GET /health pings the database; /docs serves OpenAPI', async () => {
    const t = await startTestApp();
    try {
      const health = await request(t.http).get('/health').expect(200);
      expect(health.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
      await request(t.http).get('/docs').expect(200).expect('content-type', /html/);
      const spec = await request(t.http).get('/docs/openapi.json').expect(200);
      expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/articles', '/articles/{id}', '/articles/batch', '/health']));
    } finally {
      await t.close();
    }
  });

  it('applies every migration once; starting again finds nothing pending', async () => {
    const { config, cleanup } = freshDatabaseConfig();
    try {
      const first = await startAppOn(config);
      const ds = first.get(DataSource);
      const rows: { name: string }[] = await ds.query('SELECT name FROM migrations ORDER BY id');
      expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      const ext: { extname: string }[] = await ds.query(`SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'unaccent') ORDER BY 1`);
      expect(ext.map((e) => e.extname)).toEqual(['pg_trgm', 'unaccent']);
      const [{ sim }] = await ds.query(`SELECT similarity('بيسكوف', 'بيسكوفا') > 0.3 AS sim`);
      expect(sim).toBe(true);
      await first.close();
      const second = await startAppOn(config);
      const again: { n: string }[] = await second.get(DataSource).query('SELECT count(*)::int AS n FROM migrations');
      expect(Number(again[0].n)).toBe(MIGRATIONS.length);
      await second.close();
    } finally {
      await cleanup();
    }
  });

  /**
   * One migration on a database the migrations before it built: `seed` writes rows before it runs, `check` reads
   * them after (on a data source whose last migration is that one, so that it may undo it).
   */
  async function migrationStep<T>(name: string, seed: (ds: DataSource) => Promise<T>, check: (ds: DataSource, seeded: T) => Promise<void>): Promise<void> {
    const { config, cleanup } = freshDatabaseConfig();
    const embedded = config.databaseUrl ? undefined : await openEmbeddedPostgres(config.dataDir);
    const options = buildDataSourceOptions(config, embedded);
    const at = MIGRATIONS.findIndex((m) => m.name.startsWith(name));
    expect(at).toBeGreaterThan(0);
    const before = await new DataSource({ ...options, migrations: MIGRATIONS.slice(0, at) }).initialize();
    try {
      await runMigrationsLocked(before, config.databaseSchema);
      const seeded = await seed(before);
      await before.destroy();
      const after = await new DataSource({ ...options, migrations: MIGRATIONS.slice(0, at + 1) }).initialize();
      try {
        expect(await runMigrationsLocked(after, config.databaseSchema)).toEqual([MIGRATIONS[at].name]);
        await check(after, seeded);
        const [{ def }] = await after.query(`SELECT pg_get_indexdef('ix_statement_signatures_bands'::regclass) AS def`);
        expect(def).toMatch(/USING gin \(bands\) WITH \(fastupdate='?off'?\)/);
      } finally {
        await after.destroy();
      }
    } finally {
      if (before.isInitialized) await before.destroy();
      if (embedded) await embedded.close();
      await cleanup();
    }
  }

  it('SignatureSpeaker copies each stored statement\'s speaker into its signature; the band index is back', async () => {
    await migrationStep(
      'SignatureSpeaker',
      async (ds) => {
        const [{ id: speaker }] = await ds.query(`INSERT INTO speakers (slug, name, kind, origin) VALUES ('ada-vel', 'Ada Vel', 'person', 'analyst') RETURNING id`);
        const [{ id: article }] = await ds.query(`INSERT INTO articles (language, body, content_hash) VALUES ('en', 'body', repeat('a', 64)) RETURNING id`);
        await ds.query(
          `INSERT INTO statements (article_id, speaker_id, type, span_start, span_end, text, normalized_text, text_hash, context, language, stated_at, pipeline_version)
           VALUES ($1, $2, 'direct', 0, 4, 'said', 'said', repeat('b', 32), 'said', 'en', '2025-01-01', 'test'),
                  ($1, NULL, 'direct', 5, 9, 'told', 'told', repeat('c', 32), 'told', 'en', '2025-01-01', 'test')`,
          [article, speaker],
        );
        await ds.query(`INSERT INTO statement_signatures (statement_id, bands, stated_at) SELECT id, '{1,2,3}', stated_at FROM statements`);
        return speaker as string;
      },
      async (ds, speaker) => {
        const rows: { span_start: number; speaker_id: string | null; bands: number[] }[] = await ds.query(
          `SELECT s.span_start, g.speaker_id, g.bands FROM statement_signatures g JOIN statements s ON s.id = g.statement_id ORDER BY 1`,
        );
        expect(rows).toEqual([{ span_start: 0, speaker_id: speaker, bands: [1, 2, 3] }, { span_start: 5, speaker_id: null, bands: [1, 2, 3] }]);
      },
    );
  });

  it('SignatureBandPeriod56Days mixes the stored band keys with 56-day periods instead of 14-day ones, and back', async () => {
    // Keys of the same plain bands for a statement of 2025-05-20, as the function of the moment mixes them.
    const keysNow = async (ds: DataSource): Promise<number[]> => (await ds.query(`SELECT statement_band_keys('{1,2,3}', '2025-05-20T10:00:00Z', '2025-05-20T10:00:00Z') AS k`))[0].k;
    const stored = async (ds: DataSource): Promise<number[]> => (await ds.query('SELECT bands FROM statement_signatures'))[0].bands;
    await migrationStep(
      'SignatureBandPeriod56Days',
      async (ds) => {
        const [{ id: article }] = await ds.query(`INSERT INTO articles (language, body, content_hash) VALUES ('en', 'body', repeat('d', 64)) RETURNING id`);
        await ds.query(
          `INSERT INTO statements (article_id, type, span_start, span_end, text, normalized_text, text_hash, context, language, stated_at, pipeline_version)
           VALUES ($1, 'direct', 0, 4, 'said', 'said', repeat('e', 32), 'said', 'en', '2025-05-20T10:00:00Z', 'test')`,
          [article],
        );
        await ds.query(`INSERT INTO statement_signatures (statement_id, bands, stated_at) SELECT id, statement_band_keys('{1,2,3}', stated_at, stated_at), stated_at FROM statements`);
        const fourteen = await keysNow(ds);
        expect(await stored(ds)).toEqual(fourteen);
        return fourteen;
      },
      async (ds, fourteen) => {
        const fiftySix = await keysNow(ds);
        expect(fiftySix).not.toEqual(fourteen);
        expect(await stored(ds)).toEqual(fiftySix);
        await ds.undoLastMigration();
        expect(await keysNow(ds)).toEqual(fourteen);
        expect(await stored(ds)).toEqual(fourteen);
        // (The check of the index below runs after the undo: the way down builds it again too.)
      },
    );
  });

  (usingPostgres ? it : it.skip)('two instances migrating together take turns under the advisory lock (PostgreSQL)', async () => {
    const { config, cleanup } = freshDatabaseConfig();
    const a = await new DataSource(buildDataSourceOptions(config)).initialize();
    const b = await new DataSource(buildDataSourceOptions(config)).initialize();
    try {
      const [ranA, ranB] = await Promise.all([runMigrationsLocked(a, config.databaseSchema), runMigrationsLocked(b, config.databaseSchema)]);
      expect([...ranA, ...ranB].sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      expect(Math.min(ranA.length, ranB.length)).toBe(0);
    } finally {
      await a.destroy();
      await b.destroy();
      await cleanup();
    }
  });

  it('rejects bad configuration naming each variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MAX_TEXT_BYTES: '-1', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', MAX_TEXT_BYTES: '-1', LOG_LEVEL: 'loud' });
    } catch (e) {
      const problems = (e as ConfigError).problems;
      for (const name of ['PORT', 'DATABASE_URL', 'MAX_TEXT_BYTES', 'LOG_LEVEL']) {
        expect(problems).toContainEqual(expect.stringContaining(name));
      }
    }
    expect(loadConfig({})).toMatchObject({ port: 3000, maxTextBytes: 1024 * 1024, databaseUrl: undefined });
  });
});
