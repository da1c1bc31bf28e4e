import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, Max,
  MaxLength, Min,
} from 'class-validator';
import { IsNotBlank } from '../../../common/validation';
import { LANGS, type Lang, type StatementType } from '../../../pipeline';
import { SPEAKER_REF } from '../../speakers/speaker-keys';
import { STATEMENT_TYPES } from './statement.dto';

/** `a,b` or repeated parameters → ['a', 'b']. */
export const CommaList = () =>
  Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
      .map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== ''));

export const BooleanFlag = () =>
  Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));

const ISO_DATE = { strict: true, strictSeparator: true } as const;

/** Filters shared by listing, export, timeline and comparison. */
export class StatementFilterQuery {
  @ApiPropertyOptional({ description: 'Speaker ids or slugs, comma-separated (a merged speaker means the one it was merged into).', example: 'dmitry-peskov' })
  @IsOptional() @CommaList() @ArrayMinSize(1) @ArrayMaxSize(20)
  @Matches(SPEAKER_REF, { each: true, message: 'each speaker must be a speaker id or slug' })
  speakers?: string[];

  @ApiPropertyOptional({ description: 'From this date (ISO 8601).', example: '2025-04-01' })
  @IsOptional() @IsISO8601(ISO_DATE, { message: 'from must be an ISO 8601 date' })
  from?: string;

  @ApiPropertyOptional({ description: 'To this date (ISO 8601; a date includes that whole day).', example: '2025-04-30' })
  @IsOptional() @IsISO8601(ISO_DATE, { message: 'to must be an ISO 8601 date' })
  to?: string;

  @ApiPropertyOptional({ enum: LANGS })
  @IsOptional() @IsIn(LANGS as Lang[])
  language?: Lang;

  @ApiPropertyOptional({ description: 'Exact outlet name.' })
  @IsOptional() @IsString() @MaxLength(200)
  source?: string;

  @ApiPropertyOptional({ description: 'Statement types, comma-separated.', example: 'direct,partial' })
  @IsOptional() @CommaList() @ArrayMinSize(1) @IsIn(STATEMENT_TYPES as StatementType[], { each: true })
  type?: StatementType[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only statements of this article.' })
  @IsOptional() @IsUUID('all', { message: 'article must be a UUID' })
  article?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1, description: 'Attribution confidence at least this.' })
  @IsOptional() @Type(() => Number) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1)
  minConfidence?: number;

  @ApiPropertyOptional({ description: 'Text search in the statement\'s language ("quoted phrase", -excluded, or), plus substring match.' })
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Include statements an analyst marked wrong.', default: false })
  @IsOptional() @BooleanFlag() @IsBoolean({ message: 'includeWrong must be true or false' })
  includeWrong?: boolean;
}

export class ListStatementsQuery extends StatementFilterQuery {
  @ApiPropertyOptional({ enum: ['desc', 'asc'], default: 'desc', description: 'By date: newest first (desc) or oldest first.' })
  @IsOptional() @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Page size (capped by the server, MAX_PAGE_SIZE).', minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  limit?: number;
}

export class ExportStatementsQuery extends StatementFilterQuery {
  @ApiPropertyOptional({ enum: ['csv', 'ndjson'], default: 'ndjson' })
  @IsOptional() @IsIn(['csv', 'ndjson'])
  format?: 'csv' | 'ndjson';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional() @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}
