import { Module } from '@nestjs/common';
import { SpeakersModule } from '../speakers/speakers.module';
import { StatementsModule } from '../statements/statements.module';
import { ComparisonController } from './comparison.controller';
import { ComparisonRepository } from './comparison.repository';
import { ComparisonService } from './comparison.service';

@Module({
  imports: [SpeakersModule, StatementsModule],
  controllers: [ComparisonController],
  providers: [ComparisonService, ComparisonRepository],
})
export class ComparisonModule {}
