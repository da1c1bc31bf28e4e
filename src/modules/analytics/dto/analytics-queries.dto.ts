import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { SPEAKER_REF } from '../../speakers/speaker-keys';
import { CommaList, StatementFilterQuery } from '../../statements/dto/statement-filter.query';

export const BUCKETS = ['day', 'week', 'month'] as const;
export type BucketName = (typeof BUCKETS)[number];

class PagedByDate extends OmitType(StatementFilterQuery, ['speakers'] as const) {
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc', description: 'Statements oldest first (asc) or newest first.' })
  @IsOptional() @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page of statements.' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Statements per page (capped by the server, MAX_PAGE_SIZE).', minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  limit?: number;
}

export class TimelineQuery extends PagedByDate {
  @ApiPropertyOptional({ enum: BUCKETS, default: 'week', description: 'Weeks start on Monday; all buckets in UTC.' })
  @IsOptional() @IsIn(BUCKETS as unknown as string[])
  bucket?: BucketName;
}

export class CompareQuery extends PagedByDate {
  @ApiProperty({ description: 'Two to ten speaker ids or slugs, comma-separated.', example: 'dmitry-peskov,karoline-leavitt' })
  @CommaList() @ArrayMinSize(2, { message: 'speakers must name at least two speakers' }) @ArrayMaxSize(10)
  @Matches(SPEAKER_REF, { each: true, message: 'each speaker must be a speaker id or slug' })
  speakers: string[];
}
