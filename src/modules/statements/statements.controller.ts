import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
} from '@nestjs/swagger';
import { ValidationFailedError } from '../../common/errors';
import { AcceptsContentType } from '../../common/validation';
import { CorrectStatementDto } from './dto/correct-statement.dto';
import { StatementDto, StatementPageDto } from './dto/statement.dto';
import { ListStatementsQuery } from './dto/statement-filter.query';
import { StatementsService } from './statements.service';

export const statementIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new ValidationFailedError([{ field: 'id', reasons: ['must be a UUID'] }]),
});

@ApiTags('statements')
@Controller('statements')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get()
  @ApiOperation({ summary: 'Who said what: statements by speaker(s), period, language, outlet, type, article, confidence and text, by date' })
  @ApiOkResponse({ type: StatementPageDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, INVALID_DATE_RANGE, INVALID_CURSOR' })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND (a speakers filter names nobody)' })
  list(@Query() query: ListStatementsQuery): Promise<StatementPageDto> {
    return this.statements.list(query);
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
