import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, IsUrl, MaxLength, ValidateIf,
} from 'class-validator';
import { ExactlyOneOf, IsNotBlank } from '../../../common/validation';
import { LANGS, type Lang } from '../../../pipeline';

/** One article: its `text`, or a raw scraped `page` that Qawl splits into its article and related ones. */
export class CreateArticleDto {
  @ApiPropertyOptional({ description: 'The article text (give `text` or `page`).', example: 'قال المتحدث باسم الوزارة إن…' })
  @ValidateIf((o: CreateArticleDto) => o.text !== undefined || o.page === undefined)
  @ExactlyOneOf('page')
  @IsString()
  @IsNotBlank()
  text?: string;

  @ApiPropertyOptional({
    description: 'A raw scraped page: first line the headline, then date / source / tags lines, prose, and "read also" blocks.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  page?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(1000)
  title?: string;

  @ApiPropertyOptional({ example: 'https://example.com/news/1' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ description: 'The outlet.', maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  source?: string;

  @ApiPropertyOptional({ description: 'ISO 8601 date or date-time.', example: '2025-04-12' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'publishedAt must be an ISO 8601 date such as 2025-04-12 or 2025-04-12T10:30:00Z' })
  publishedAt?: string;

  @ApiPropertyOptional({ enum: LANGS, description: 'Detected from the text when absent.' })
  @IsOptional()
  @IsIn(LANGS as Lang[])
  language?: Lang;

  @ApiPropertyOptional({ type: [String], maxItems: 100 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotBlank({ each: true })
  @MaxLength(200, { each: true })
  tags?: string[];
}
