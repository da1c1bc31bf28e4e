import { MigrationInterface, QueryRunner } from "typeorm";

// Created by `npm run migration:create`, written by hand (an index storage parameter is not in the entities).
// The LSH band index without GIN's pending list: every linking lookup probes it, and each probe scanned the
// whole pending list, which grows with ingest until vacuum (bench:store at 100k: linking 3.3 → 1.3 ms per
// statement). Entries are then written straight into the index, a little more work per insert.

export class SignatureBandsNoPendingList1795951275126 implements MigrationInterface {
    name = 'SignatureBandsNoPendingList1795951275126'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER INDEX "ix_statement_signatures_bands" SET (fastupdate = off)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER INDEX "ix_statement_signatures_bands" RESET (fastupdate)`);
    }

}
