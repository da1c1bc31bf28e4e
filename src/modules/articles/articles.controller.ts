import { Body, Controller, Get, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags,
} from '@nestjs/swagger';
import type { HttpResponse } from '../../common/http/http-types';
import { ValidationFailedError } from '../../common/errors';
import { AcceptsContentType } from '../../common/validation';
import { ArticlesService } from './articles.service';
import { ArticleDetailDto, ArticlePageDto, IngestResultDto } from './dto/article.dto';
import { CreateArticleDto } from './dto/create-article.dto';
import { ListArticlesQuery } from './dto/list-articles.query';

const uuidPipe = new ParseUUIDPipe({
  exceptionFactory: () => new ValidationFailedError([{ field: 'id', reasons: ['must be a UUID'] }]),
});

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(private readonly articles: ArticlesService) {}

  @Post()
  @AcceptsContentType('application/json')
  @ApiOperation({ summary: 'Ingest one article (`text`) or one scraped page (`page`)' })
  @ApiCreatedResponse({ type: IngestResultDto, description: 'Stored.' })
  @ApiOkResponse({ type: IngestResultDto, description: 'Already stored (`duplicate: true`); nothing written.' })
  @ApiBadRequestResponse({ description: 'Invalid field, unknown field or malformed JSON: `{code, message, details}`.' })
  @ApiPayloadTooLargeResponse({ description: 'Text or page over MAX_TEXT_BYTES.' })
  async create(@Body() dto: CreateArticleDto, @Res({ passthrough: true }) res: HttpResponse): Promise<IngestResultDto> {
    const result = await this.articles.ingest(dto);
    res.status(result.duplicate ? HttpStatus.OK : HttpStatus.CREATED);
    return result;
  }

  @Get()
  @ApiOperation({ summary: 'List articles, newest first, filtered by source, language and publication dates' })
  @ApiOkResponse({ type: ArticlePageDto })
  list(@Query() query: ListArticlesQuery): Promise<ArticlePageDto> {
    return this.articles.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One article with its related articles' })
  @ApiOkResponse({ type: ArticleDetailDto })
  @ApiNotFoundResponse({ description: 'ARTICLE_NOT_FOUND' })
  findOne(@Param('id', uuidPipe) id: string): Promise<ArticleDetailDto> {
    return this.articles.findById(id);
  }
}
