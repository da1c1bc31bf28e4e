import { Module } from '@nestjs/common';
import { SpeakersController } from './speakers.controller';
import { SpeakersRepository } from './speakers.repository';
import { SpeakersService } from './speakers.service';

@Module({
  controllers: [SpeakersController],
  providers: [SpeakersService, SpeakersRepository],
  exports: [SpeakersService],
})
export class SpeakersModule {}
