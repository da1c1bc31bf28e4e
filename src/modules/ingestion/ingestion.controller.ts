import { Body, Controller, Headers, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { AcceptsContentType } from '../../common/validation';
import { CreateArticleDto } from '../articles/dto/create-article.dto';
import { BatchResultDto } from './dto/batch-result.dto';
import { IngestionService, NDJSON_TYPES } from './ingestion.service';

@ApiTags('articles')
@Controller('articles')
export class IngestionController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post('batch')
  @HttpCode(HttpStatus.OK)
  @AcceptsContentType('application/json', ...NDJSON_TYPES)
  @ApiOperation({
    summary: 'Ingest many articles: a JSON array, or NDJSON (one article object per line)',
    description: 'Each item is stored in its own transaction; the response reports every item: created, duplicate, or rejected with its error.',
  })
  @ApiBody({ type: [CreateArticleDto] })
  @ApiOkResponse({ type: BatchResultDto })
  @ApiPayloadTooLargeResponse({ description: 'More than MAX_BATCH_ITEMS items, or a body over MAX_REQUEST_BYTES.' })
  ingestBatch(@Body() body: unknown, @Headers('content-type') contentType: string | undefined): Promise<BatchResultDto> {
    return this.ingestion.ingestBatch(body, contentType);
  }
}
