import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LANGS, type Lang } from '../../../pipeline';

export class ListArticlesQuery {
  @ApiPropertyOptional({ description: 'Exact outlet name.' })
  @IsOptional() @IsString() @MaxLength(200)
  source?: string;

  @ApiPropertyOptional({ enum: LANGS })
  @IsOptional() @IsIn(LANGS as Lang[])
  language?: Lang;

  @ApiPropertyOptional({ description: 'Published at or after (ISO 8601).', example: '2025-04-01' })
  @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'publishedFrom must be an ISO 8601 date' })
  publishedFrom?: string;

  @ApiPropertyOptional({ description: 'Published at or before (ISO 8601; a date includes that whole day).', example: '2025-04-30' })
  @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'publishedTo must be an ISO 8601 date' })
  publishedTo?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Page size (capped by the server, MAX_PAGE_SIZE).', minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  limit?: number;
}
