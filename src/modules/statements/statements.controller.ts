import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Body, Controller, Get, Logger, Param, ParseUUIDPipe, Patch, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags,
} from '@nestjs/swagger';
import { ValidationFailedError } from '../../common/errors';
import type { HttpResponse } from '../../common/http/http-types';
import { AcceptsContentType } from '../../common/validation';
import { CorrectStatementDto } from './dto/correct-statement.dto';
import { StatementDto, StatementPageDto } from './dto/statement.dto';
import { ExportStatementsQuery, ListStatementsQuery } from './dto/statement-filter.query';
import { StatementsService } from './statements.service';

export const statementIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new ValidationFailedError([{ field: 'id', reasons: ['must be a UUID'] }]),
});

@ApiTags('statements')
@Controller('statements')
export class StatementsController {
  private readonly logger = new Logger('Statements');

  constructor(private readonly statements: StatementsService) {}

  @Get()
  @ApiOperation({ summary: 'Who said what: statements by speaker(s), period, language, outlet, type, article, confidence and text, by date' })
  @ApiOkResponse({ type: StatementPageDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, INVALID_DATE_RANGE, INVALID_CURSOR' })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND (a speakers filter names nobody)' })
  list(@Query() query: ListStatementsQuery): Promise<StatementPageDto> {
    return this.statements.list(query);
  }

  // Declared before ':id', which would otherwise take "export" for an id.
  @Get('export')
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOperation({ summary: 'Every statement under the same filters as the list, streamed as CSV or NDJSON (oldest first by default)' })
  @ApiOkResponse({ description: 'A CSV file (with a byte-order mark) or one JSON statement per line.' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, INVALID_DATE_RANGE' })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND' })
  async export(@Query() query: ExportStatementsQuery, @Res() res: HttpResponse): Promise<void> {
    const file = await this.statements.export(query);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    // Once streaming has started the status is sent; a failure can only cut the response short.
    await pipeline(Readable.from(file.chunks), res).catch((error: unknown) => {
      this.logger.error({ msg: 'export failed mid-stream', error: error instanceof Error ? error.message : String(error) });
    });
  }

  @Get(':id')
  @ApiOperation({ summary: 'One statement with its speaker, article and context' })
  @ApiOkResponse({ type: StatementDto })
  @ApiNotFoundResponse({ description: 'STATEMENT_NOT_FOUND' })
  findOne(@Param('id', statementIdPipe) id: string): Promise<StatementDto> {
    return this.statements.findById(id);
  }

  @Patch(':id')
  @AcceptsContentType('application/json')
  @ApiOperation({ summary: 'Correct a statement: re-attribute it (`speakerId`, null for nobody) or mark it wrong; kept by reprocessing' })
  @ApiOkResponse({ type: StatementDto })
  @ApiBadRequestResponse({ description: 'EMPTY_CORRECTION, VALIDATION_FAILED' })
  @ApiNotFoundResponse({ description: 'STATEMENT_NOT_FOUND, SPEAKER_NOT_FOUND' })
  correct(@Param('id', statementIdPipe) id: string, @Body() dto: CorrectStatementDto): Promise<StatementDto> {
    return this.statements.correct(id, dto);
  }
}
