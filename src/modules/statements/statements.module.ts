import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { SpeakersModule } from '../speakers/speakers.module';
import { StatementsController } from './statements.controller';
import { StatementsRepository } from './statements.repository';
import { StatementsService } from './statements.service';

@Module({
  imports: [ArticlesModule, SpeakersModule],
  controllers: [StatementsController],
  providers: [StatementsService, StatementsRepository],
  exports: [StatementsService],
})
export class StatementsModule {}
