import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { DatabaseHealthIndicator } from './database.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthCheckService, private readonly database: DatabaseHealthIndicator) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and database ping' })
  @ApiOkResponse({ description: '`{status: "ok", info: {database: {status: "up"}}}`' })
  @ApiServiceUnavailableResponse({ description: 'The database does not answer.' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.database.ping()]);
  }
}
