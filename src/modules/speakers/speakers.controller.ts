import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
} from '@nestjs/swagger';
import { AcceptsContentType } from '../../common/validation';
import { MergeResultDto, SpeakerPageDto, SpeakerWithNamesDto } from './dto/speaker.dto';
import { AddAliasesDto, CreateSpeakerDto, MergeSpeakerDto, SearchSpeakersQuery } from './dto/speaker-requests.dto';
import { SpeakerRefPipe } from './speaker-ref.pipe';
import { SpeakersService } from './speakers.service';

@ApiTags('speakers')
@Controller('speakers')
export class SpeakersController {
  constructor(private readonly speakers: SpeakersService) {}

  @Get()
  @ApiOperation({ summary: 'Find speakers by any alias in any script (partial and fuzzy), or list them newest first' })
  @ApiOkResponse({ type: SpeakerPageDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, INVALID_CURSOR' })
  search(@Query() query: SearchSpeakersQuery): Promise<SpeakerPageDto> {
    return this.speakers.search(query);
  }

  @Post()
  @AcceptsContentType('application/json')
  @ApiOperation({ summary: 'Create a speaker the registry lacks, with aliases' })
  @ApiCreatedResponse({ type: SpeakerWithNamesDto })
  @ApiConflictResponse({ description: 'SPEAKER_SLUG_TAKEN' })
  create(@Body() dto: CreateSpeakerDto): Promise<SpeakerWithNamesDto> {
    return this.speakers.create(dto);
  }

  @Post(':id/aliases')
  @AcceptsContentType('application/json')
  @ApiOperation({ summary: 'Add aliases (any script) to a speaker; ones it has already are skipped' })
  @ApiCreatedResponse({ type: SpeakerWithNamesDto })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND' })
  addAliases(@Param('id', SpeakerRefPipe) id: string, @Body() dto: AddAliasesDto): Promise<SpeakerWithNamesDto> {
    return this.speakers.addAliases(id, dto);
  }

  @Post(':id/merge')
  @HttpCode(HttpStatus.OK)
  @AcceptsContentType('application/json')
  @ApiOperation({ summary: 'Merge this speaker into `into`: statements, aliases, roles and clusters move; this one stays as history' })
  @ApiOkResponse({ type: MergeResultDto })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND' })
  @ApiBadRequestResponse({ description: 'SPEAKER_MERGE_INTO_SELF, VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'SPEAKER_ALREADY_MERGED' })
  merge(@Param('id', SpeakerRefPipe) id: string, @Body() dto: MergeSpeakerDto): Promise<MergeResultDto> {
    return this.speakers.merge(id, dto);
  }
}
