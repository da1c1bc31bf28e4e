import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SpeakerRefPipe } from '../speakers/speaker-ref.pipe';
import { AnalyticsService } from './analytics.service';
import { CompareQuery, TimelineQuery } from './dto/analytics-queries.dto';
import { CompareDto, SpeakerProfileDto, TimelineDto } from './dto/analytics.dto';

@ApiTags('speakers')
@Controller()
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('speakers/:id')
  @ApiOperation({ summary: 'A speaker by id or slug: aliases, roles, merges, statement counts, first and last statement' })
  @ApiOkResponse({ type: SpeakerProfileDto })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND' })
  profile(@Param('id', SpeakerRefPipe) id: string): Promise<SpeakerProfileDto> {
    return this.analytics.speakerProfile(id);
  }

  @Get('speakers/:id/timeline')
  @ApiOperation({ summary: 'What a speaker said over time: counts per day, week or month, and the statements (filter by topic with q)' })
  @ApiOkResponse({ type: TimelineDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, INVALID_DATE_RANGE, TOO_MANY_BUCKETS, INVALID_CURSOR' })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND' })
  timeline(@Param('id', SpeakerRefPipe) id: string, @Query() query: TimelineQuery): Promise<TimelineDto> {
    return this.analytics.timeline(id, query);
  }

  @Get('compare')
  @ApiTags('statements')
  @ApiOperation({ summary: 'Two or more speakers side by side on a topic, their statements interleaved by date' })
  @ApiOkResponse({ type: CompareDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, COMPARE_NEEDS_TWO_SPEAKERS, INVALID_DATE_RANGE' })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND' })
  compare(@Query() query: CompareQuery): Promise<CompareDto> {
    return this.analytics.compare(query);
  }
}
