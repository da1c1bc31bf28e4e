import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGS, type Lang } from '../../../pipeline';

export class ArticleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ enum: LANGS }) language: Lang;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ description: 'Exactly the text statements are extracted from; offsets point into it.' }) body: string;
  @ApiProperty({ description: 'SHA-256 of the normalised body.' }) contentHash: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The page article this one was split out of.' })
  parentId: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class ArticleRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
}

export class ArticleDetailDto extends ArticleDto {
  @ApiProperty({ type: [ArticleRefDto], description: 'Related articles split out of this page.' })
  related: ArticleRefDto[];
}

export class ArticlePageDto {
  @ApiProperty({ type: [ArticleDto] }) items: ArticleDto[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor: string | null;
}

export class RelatedIngestResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'True when this article was already stored (same url or same normalised text).' })
  duplicate: boolean;
  @ApiProperty({ type: ArticleDto }) article: ArticleDto;
}

export class IngestResultDto extends RelatedIngestResultDto {
  @ApiProperty({ type: [RelatedIngestResultDto], description: 'Articles after a "read also" line of a page.' })
  related: RelatedIngestResultDto[];
}
