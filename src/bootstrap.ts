// Builds the HTTP application exactly as `npm start` runs it; e2e tests call it too.
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { StructuredLogger } from './common/logging/structured-logger';
import { MalformedJsonError } from './common/errors';
import type { NextFunction } from './common/http/http-types';
import type { AppConfig } from './config';
import { NDJSON_TYPES } from './modules/ingestion/ingestion.service';

export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bodyParser: false,
    logger: new StructuredLogger(config.logLevel, config.logFormat),
  });
  // The request limit is above the per-article text limit, so an oversized text gets the precise
  // TEXT_TOO_LARGE error naming its field rather than a bare PAYLOAD_TOO_LARGE.
  app.useBodyParser('json', { limit: config.maxRequestBytes });
  app.useBodyParser('text', { type: NDJSON_TYPES, limit: config.maxRequestBytes });
  // Nest turns a JSON syntax error into an anonymous 400; name it before it gets there.
  app.use((error: unknown, _req: unknown, _res: unknown, next: NextFunction) => {
    const parseFailed = (error as { type?: unknown } | null)?.type === 'entity.parse.failed';
    next(parseFailed ? new MalformedJsonError(`the request body is not valid JSON: ${(error as Error).message}`) : error);
  });
  app.enableShutdownHooks();

  const openApi = new DocumentBuilder()
    .setTitle('Qawl')
    .setDescription('Quote attribution and statement tracker for news analysts (Arabic, English, Russian).')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi), { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
