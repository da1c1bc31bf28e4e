// The `qawl` command. Each sub-command lives in src/cli/<name>.command.ts and registers itself here.
import 'reflect-metadata';
import { Command } from 'commander';
import { registerExtractCommand } from './cli/extract.command';
import { registerIngestCommand } from './cli/ingest.command';
import { registerMigrateCommand } from './cli/migrate.command';
import { registerReprocessCommand } from './cli/reprocess.command';

// `qawl extract FILE | head`: a closed pipe ends the command quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const program = new Command('qawl').description('Qawl: who said what, when, and how it changed');
registerExtractCommand(program);
registerIngestCommand(program);
registerMigrateCommand(program);
registerReprocessCommand(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`qawl: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
