import { createHash } from 'node:crypto';
import { QueryFailedError, type EntityManager } from 'typeorm';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * A query run as a named prepared statement on the manager's connection. PostgreSQL parses it once per
 * connection and, once a generic plan proves no dearer than the custom ones (after five runs), stops
 * planning it at all: for a query that costs more to plan than to run (the cluster-candidate query does),
 * that is most of its cost. The statement is named after a hash of `text`, so a changed text is a new name.
 * The text must take every varying value as a parameter.
 */
export class PreparedQuery<Row> {
  private readonly name: string;

  constructor(private readonly text: string) {
    this.name = `qawl_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  }

  async run(manager: EntityManager, values: unknown[]): Promise<Row[]> {
    const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
    try {
      // PostgresQueryRunner.connect() resolves to the node-postgres client it holds (pooled, or the transaction's).
      const client = (await runner.connect()) as PgClient;
      const result = await client.query({ name: this.name, text: this.text, values });
      return result.rows as Row[];
    } catch (err) {
      throw err instanceof QueryFailedError ? err : new QueryFailedError(this.text, values, err as Error);
    } finally {
      if (!manager.queryRunner) await runner.release();
    }
  }
}
