import { DynamicModule, MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GlobalErrorFilter } from './common/errors';
import { RequestLoggerMiddleware } from './common/logging/request-logger.middleware';
import { createValidationPipe } from './common/validation';
import { AppConfigModule, type AppConfig } from './config';
import { DatabaseModule } from './database';
import { AnalyticsModule } from './modules/analytics/analytics.module';
import { ArticlesModule } from './modules/articles/articles.module';
import { ComparisonModule } from './modules/comparison/comparison.module';
import { HealthModule } from './modules/health/health.module';
import { IngestionModule } from './modules/ingestion/ingestion.module';
import { SpeakersModule } from './modules/speakers/speakers.module';
import { StatementsModule } from './modules/statements/statements.module';

@Module({})
export class AppModule implements NestModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.register(config), DatabaseModule, ArticlesModule, IngestionModule, HealthModule,
        SpeakersModule, StatementsModule, AnalyticsModule, ComparisonModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GlobalErrorFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLoggerMiddleware).forRoutes('*path');
  }
}
