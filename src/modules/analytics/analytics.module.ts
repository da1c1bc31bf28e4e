import { Module } from '@nestjs/common';
import { SpeakersModule } from '../speakers/speakers.module';
import { StatementsModule } from '../statements/statements.module';
import { AnalyticsController } from './analytics.controller';
import { AnalyticsService } from './analytics.service';

@Module({
  imports: [SpeakersModule, StatementsModule],
  controllers: [AnalyticsController],
  providers: [AnalyticsService],
})
export class AnalyticsModule {}
