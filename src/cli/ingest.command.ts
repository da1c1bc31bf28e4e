// `qawl ingest FILE|DIR|-`: stores .txt pages, .json articles (one or an array) and .ndjson/.jsonl lines,
// with a progress bar on a terminal and a summary line at the end (rejected items listed with reasons).
import { NestFactory } from '@nestjs/core';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { AppModule } from '../app.module';
import { StructuredLogger } from '../common/logging/structured-logger';
import { loadConfig } from '../config';
import { readSourcePath } from '../modules/ingestion/ingest-sources';
import { IngestionService } from '../modules/ingestion/ingestion.service';

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('ingest articles from a file, a folder, or stdin (-): .txt pages, .json, .ndjson/.jsonl')
    .argument('<paths...>', 'files, folders, or - for stdin')
    .action(async (paths: string[]) => {
      const items = paths.flatMap(readSourcePath);
      const config = loadConfig(process.env, { logLevel: 'warn' });
      const app = await NestFactory.createApplicationContext(AppModule.register(config), {
        logger: new StructuredLogger(config.logLevel, config.logFormat),
      });
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'ingesting {bar} {value}/{total} | {rate}/s | ETA {eta_formatted}', stream: process.stderr })
        : undefined;
      const started = Date.now();
      bar?.start(items.length, 0, { rate: '0' });
      try {
        const result = await app.get(IngestionService).ingestItems(items, (done) => {
          bar?.update(done, { rate: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) });
        });
        bar?.stop();
        for (const r of result.results) {
          if (r.status === 'rejected') process.stderr.write(`rejected ${r.where}: ${r.error?.code} ${r.error?.message}\n`);
        }
        const { ingested, duplicates, rejected } = result.summary;
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        process.stdout.write(`ingested ${ingested}, duplicates ${duplicates}, rejected ${rejected} (${items.length} items in ${secs}s)\n`);
        if (rejected) process.exitCode = 2;
      } finally {
        bar?.stop();
        await app.close();
      }
    });
}
