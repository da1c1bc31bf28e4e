import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SpeakerDto, SpeakerWithNamesDto } from '../../speakers/dto/speaker.dto';
import { StatementDto, StatementPageDto } from '../../statements/dto/statement.dto';
import { BUCKETS, type BucketName } from './analytics-queries.dto';

export class LanguageCountsDto {
  @ApiProperty() ar: number;
  @ApiProperty() en: number;
  @ApiProperty() ru: number;
}

export class SpeakerCountsDto {
  @ApiProperty({ description: 'Statements attributed to the speaker (not those marked wrong).' }) statements: number;
  @ApiProperty() direct: number;
  @ApiProperty() partial: number;
  @ApiProperty() indirect: number;
  @ApiProperty({ type: LanguageCountsDto }) byLanguage: LanguageCountsDto;
  @ApiProperty() articles: number;
  @ApiProperty({ description: 'Distinct outlets.' }) sources: number;
}

export class SpeakerProfileDto extends SpeakerWithNamesDto {
  @ApiProperty({ type: SpeakerCountsDto }) counts: SpeakerCountsDto;
  @ApiPropertyOptional({ type: StatementDto, nullable: true }) firstStatement: StatementDto | null;
  @ApiPropertyOptional({ type: StatementDto, nullable: true }) lastStatement: StatementDto | null;
}

export class BucketCountDto {
  @ApiProperty({ format: 'date', example: '2025-04-07', description: 'First day of the bucket (UTC).' }) start: string;
  @ApiProperty() count: number;
}

export class TimelineDto {
  @ApiProperty({ type: SpeakerDto }) speaker: SpeakerDto;
  @ApiProperty({ enum: BUCKETS }) bucket: BucketName;
  @ApiProperty({ type: [BucketCountDto], description: 'Every bucket of the period, empty ones with 0.' }) buckets: BucketCountDto[];
  @ApiProperty({ description: 'Statements in the period matching the filters.' }) total: number;
  @ApiProperty({ type: StatementPageDto }) statements: StatementPageDto;
}

export class ComparedSpeakerDto {
  @ApiProperty({ type: SpeakerDto }) speaker: SpeakerDto;
  @ApiProperty({ description: 'Statements matching the filters.' }) count: number;
}

export class CompareDto {
  @ApiProperty({ type: [ComparedSpeakerDto] }) speakers: ComparedSpeakerDto[];
  @ApiProperty({ type: [StatementDto], description: "The speakers' statements interleaved by date." }) items: StatementDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor: string | null;
}
