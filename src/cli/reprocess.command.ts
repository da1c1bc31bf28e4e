// `qawl reprocess [--all | --since DATE]`: re-extracts statements with the current pipeline, one article per
// transaction, keeping every human correction. Without options, only articles an older version extracted.
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { AppModule } from '../app.module';
import { StructuredLogger } from '../common/logging/structured-logger';
import { loadConfig } from '../config';
import { PIPELINE_VERSION } from '../pipeline';
import { StatementsService } from '../modules/statements/statements.service';

export function registerReprocessCommand(program: Command): void {
  program
    .command('reprocess')
    .description(`re-extract statements with pipeline ${PIPELINE_VERSION}; human corrections are kept`)
    .option('--all', 'every article, whatever version extracted it')
    .option('--since <date>', 'every article ingested on or after DATE (ISO 8601), whatever version extracted it')
    .action(async (opts: { all?: boolean; since?: string }) => {
      if (opts.all && opts.since) throw new Error('give --all or --since, not both');
      const since = opts.since !== undefined ? new Date(opts.since) : undefined;
      if (since && Number.isNaN(since.getTime())) throw new Error(`--since: not a date: ${opts.since}`);
      const config = loadConfig(process.env, { logLevel: 'warn' });
      const app = await NestFactory.createApplicationContext(AppModule.register(config), {
        logger: new StructuredLogger(config.logLevel, config.logFormat),
      });
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'reprocessing {bar} {value}/{total} | {rate}/s | ETA {eta_formatted}', stream: process.stderr })
        : undefined;
      const started = Date.now();
      try {
        const result = await app.get(StatementsService).reprocess({ all: opts.all, since }, (done, total) => {
          if (done === 0) bar?.start(total, 0, { rate: '0' });
          else {
            bar?.setTotal(total);
            bar?.update(done, { rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
          }
        });
        bar?.stop();
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        process.stdout.write(
          `reprocessed ${result.articles} articles in ${secs}s: ${result.added} statements added, ${result.updated} updated, ` +
          `${result.removed} removed, ${result.keptCorrected} corrected ones kept\n`,
        );
      } finally {
        bar?.stop();
        await app.close();
      }
    });
}
