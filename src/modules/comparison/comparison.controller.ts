import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ValidationFailedError } from '../../common/errors';
import { statementIdPipe } from '../statements/statements.controller';
import { ComparisonService } from './comparison.service';
import { ClusterDto, ClusterPageDto, StatementAppearancesDto } from './dto/cluster.dto';
import { ListClustersQuery } from './dto/list-clusters.query';

const clusterIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new ValidationFailedError([{ field: 'id', reasons: ['must be a UUID'] }]),
});

@ApiTags('clusters')
@Controller()
export class ComparisonController {
  constructor(private readonly comparison: ComparisonService) {}

  @Get('clusters')
  @ApiOperation({ summary: 'The same statement across articles: clusters by appearances (or newest), by speaker and period' })
  @ApiOkResponse({ type: ClusterPageDto })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, INVALID_CURSOR' })
  @ApiNotFoundResponse({ description: 'SPEAKER_NOT_FOUND' })
  list(@Query() query: ListClustersQuery): Promise<ClusterPageDto> {
    return this.comparison.list(query);
  }

  @Get('clusters/:id')
  @ApiOperation({ summary: 'A cluster: canonical text, first seen, and every appearance with its drift' })
  @ApiOkResponse({ type: ClusterDto })
  @ApiNotFoundResponse({ description: 'CLUSTER_NOT_FOUND' })
  findOne(@Param('id', clusterIdPipe) id: string): Promise<ClusterDto> {
    return this.comparison.findById(id);
  }

  @Get('clusters/:id/claim-review')
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @ApiProduces('application/ld+json')
  @ApiOperation({ summary: 'A cluster as schema.org ClaimReview JSON-LD (claim, author, appearances, firstAppearance)' })
  @ApiNotFoundResponse({ description: 'CLUSTER_NOT_FOUND' })
  claimReview(@Param('id', clusterIdPipe) id: string): Promise<Record<string, unknown>> {
    return this.comparison.claimReview(id);
  }

  @Get('statements/:id/appearances')
  @ApiTags('statements')
  @ApiOperation({ summary: 'Where else this statement appeared, with the drift of each report' })
  @ApiOkResponse({ type: StatementAppearancesDto })
  @ApiNotFoundResponse({ description: 'STATEMENT_NOT_FOUND' })
  appearances(@Param('id', statementIdPipe) id: string): Promise<StatementAppearancesDto> {
    return this.comparison.appearancesOfStatement(id);
  }
}
