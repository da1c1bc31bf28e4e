// `npm start`: validate the configuration, open (and migrate) the database, serve HTTP.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  Logger.log({ msg: 'listening', url: `http://${config.host}:${config.port}`, docs: '/docs' }, 'Qawl');
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `qawl: failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
