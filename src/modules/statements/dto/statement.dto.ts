import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGS, type Lang, type StatementType } from '../../../pipeline';

export const STATEMENT_TYPES: readonly StatementType[] = ['direct', 'partial', 'indirect'];

export class SpanDto {
  @ApiProperty() start: number;
  @ApiProperty() end: number;
}

export class TextSpanDto extends SpanDto {
  @ApiProperty() text: string;
}

export class MentionDto extends TextSpanDto {
  @ApiProperty({ type: String, nullable: true, enum: ['name', 'title', 'pronoun', 'org', 'implicit', 'description', 'continuation'] })
  kind: string | null;
}

export class StatementSpeakerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'dmitry-peskov' }) slug: string;
  @ApiProperty({ example: 'Dmitry Peskov' }) name: string;
  @ApiProperty({ description: 'False for a speaker discovered in an article or created by an analyst.' }) registered: boolean;
}

export class StatementArticleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt: string | null;
  @ApiProperty({ format: 'date-time', description: 'Published-at, else ingested-at.' }) date: string;
}

export class StatementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Exactly the article body between span.start and span.end.' }) text: string;
  @ApiProperty({ enum: STATEMENT_TYPES }) type: StatementType;
  @ApiProperty({ enum: LANGS }) language: Lang;
  @ApiProperty({ format: 'date-time', description: "The article's published-at, else its ingested-at." }) date: string;
  @ApiProperty({ type: SpanDto }) span: SpanDto;
  @ApiProperty({ description: 'The sentence(s) around the statement.' }) context: string;
  @ApiProperty({ type: StatementSpeakerDto, nullable: true }) speaker: StatementSpeakerDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'The name the pipeline attributed the statement to.' })
  extractedSpeakerName: string | null;
  @ApiProperty({ type: MentionDto, nullable: true, description: 'The words naming the speaker.' }) mention: MentionDto | null;
  @ApiProperty({ type: TextSpanDto, nullable: true, description: 'The speech verb or marker.' }) cue: TextSpanDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'The rule that attributed it (why this speaker).' }) sieve: string | null;
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 1 }) confidence: number | null;
  @ApiProperty({ type: [SpanDto] }) quotedFragments: SpanDto[];
  @ApiProperty({ description: 'unclosed, multiParagraph, headline, anonymous, unregistered, boilerplate' }) flags: Record<string, boolean>;
  @ApiProperty({ description: '0 the main article, 1.. a related-article block.' }) segment: number;
  @ApiProperty({ type: StatementArticleDto }) article: StatementArticleDto;
  @ApiProperty() pipelineVersion: string;
  @ApiProperty({ description: 'An analyst corrected it; reprocessing keeps the correction.' }) humanCorrected: boolean;
  @ApiProperty() markedWrong: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) correctedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) correctionNote: string | null;
}

export class StatementPageDto {
  @ApiProperty({ type: [StatementDto] }) items: StatementDto[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' })
  nextCursor: string | null;
}
