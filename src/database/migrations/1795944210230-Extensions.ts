import { MigrationInterface, QueryRunner } from 'typeorm';

/** pg_trgm (similarity search on names and statements) and unaccent; in `public` so every schema sees them. */
export class Extensions1795944210230 implements MigrationInterface {
  name = 'Extensions1795944210230';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "unaccent" WITH SCHEMA public`);
  }

  public async down(): Promise<void> {
    // Extensions stay: other schemas in the same database may rely on them.
  }
}
