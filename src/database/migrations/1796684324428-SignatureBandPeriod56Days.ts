import { MigrationInterface, QueryRunner } from "typeorm";

// Created by `npm run migration:create`, written by hand (a function and a rewrite of stored keys: nothing in
// the entities changes). The period that LSH band keys are mixed with goes from 14 to 56 days. A lookup asks for
// the keys of every period its window (14 days either side) overlaps: with 14-day periods that is nearly always
// three, 60 keys and 60 descents of the GIN index per statement, which bench:store at 1M put at most of the
// cluster-candidate query's time. A 28-day window overlaps one or two 56-day periods (30 keys on average),
// while the rows read per key grow only for keys that statements really share (a key held by one statement
// stays one row). The time window is still checked on every row, so the candidates are the same.

/** The band keys of `bands` for every period of `seconds` (since the Unix epoch) from `from_at` to `to_at`. */
function bandKeysFunction(seconds: number): string {
    return `CREATE OR REPLACE FUNCTION "statement_band_keys"("bands" integer[], "from_at" timestamptz, "to_at" timestamptz)
RETURNS integer[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg((x - ((x & 2147483648) << 1))::integer), '{}')
  FROM generate_series(floor(extract(epoch FROM from_at) / ${seconds})::bigint, floor(extract(epoch FROM to_at) / ${seconds})::bigint) AS p,
    unnest(bands) AS b,
    LATERAL (SELECT (b::bigint & 4294967295) # ((p * 2654435761) & 4294967295) AS x) k
$$`;
}

const OLD_PERIOD_S = 14 * 86_400;
const NEW_PERIOD_S = 56 * 86_400;

export class SignatureBandPeriod56Days1796684324428 implements MigrationInterface {
    name = 'SignatureBandPeriod56Days1796684324428'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await this.remix(queryRunner, NEW_PERIOD_S);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await this.remix(queryRunner, OLD_PERIOD_S);
    }

    /**
     * The mixing is a XOR with a constant per period, its own inverse: applying the current function to a stored
     * row's keys gives back the plain band keys, and the new function mixes them again. The index is dropped and
     * built again afterwards (updating 1M rows through a GIN index without pending list took 14 minutes).
     */
    private async remix(queryRunner: QueryRunner, seconds: number): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_statement_signatures_bands"`);
        await queryRunner.query(`UPDATE "statement_signatures" SET "bands" = "statement_band_keys"("bands", "stated_at", "stated_at")`);
        await queryRunner.query(bandKeysFunction(seconds));
        await queryRunner.query(`UPDATE "statement_signatures" SET "bands" = "statement_band_keys"("bands", "stated_at", "stated_at")`);
        await queryRunner.query(`CREATE INDEX "ix_statement_signatures_bands" ON "statement_signatures" USING gin ("bands") WITH (fastupdate = off)`);
    }

}
