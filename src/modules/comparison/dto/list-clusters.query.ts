import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { SPEAKER_REF } from '../../speakers/speaker-keys';

export class ListClustersQuery {
  @ApiPropertyOptional({ description: 'Speaker id or slug.', example: 'dmitry-peskov' })
  @IsOptional() @Matches(SPEAKER_REF, { message: 'speaker must be a speaker id or slug' })
  speaker?: string;

  @ApiPropertyOptional({ description: 'First seen from this date (ISO 8601).' })
  @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @ApiPropertyOptional({ description: 'First seen up to this date (a date includes its whole day).' })
  @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'to must be an ISO 8601 date' })
  to?: string;

  @ApiPropertyOptional({ minimum: 2, default: 2 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(2) @Max(1_000_000)
  minAppearances?: number;

  @ApiPropertyOptional({ enum: ['appearances', 'recent'], default: 'appearances' })
  @IsOptional() @IsIn(['appearances', 'recent'])
  sort?: 'appearances' | 'recent';

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(300)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Page size (capped by the server, MAX_PAGE_SIZE).', minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  limit?: number;
}
