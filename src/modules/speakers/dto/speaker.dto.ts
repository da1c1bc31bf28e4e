import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SPEAKER_KINDS, SPEAKER_ORIGINS, type SpeakerKind, type SpeakerOrigin } from '../speaker.entity';

export class SpeakerRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'dmitry-peskov', description: 'Registry id, or a slug of the name; accepted wherever the id is.' })
  slug: string;
  @ApiProperty({ example: 'Dmitry Peskov' }) name: string;
}

export class SpeakerDto extends SpeakerRefDto {
  @ApiProperty({ enum: SPEAKER_KINDS }) kind: SpeakerKind;
  @ApiProperty({ type: String, enum: ['m', 'f'], nullable: true }) gender: 'm' | 'f' | null;
  @ApiProperty({ type: String, nullable: true, example: 'Q2252497' }) wikidata: string | null;
  @ApiProperty({ enum: SPEAKER_ORIGINS, description: '`registry`, `discovered` in an article (unregistered), or created by an `analyst`.' })
  origin: SpeakerOrigin;
  @ApiProperty({ description: 'True for speakers of the pipeline registry.' }) registered: boolean;
  @ApiProperty({ type: SpeakerRefDto, nullable: true, description: 'The speaker this one was merged into.' })
  mergedInto: SpeakerRefDto | null;
}

export class SpeakerMatchDto extends SpeakerDto {
  @ApiProperty({ description: 'The alias that matched the query, as written.' }) matchedAlias: string;
  @ApiProperty({ description: 'Higher is better: 3 exact alias, 2+ word prefix, 1+ substring, below 1 trigram similarity.' })
  score: number;
}

export class SpeakerPageDto {
  @ApiProperty({ type: [SpeakerMatchDto], description: 'Best match first with `q`; newest first without.' })
  items: (SpeakerDto | SpeakerMatchDto)[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as `cursor` for the next page (listing without `q`).' })
  nextCursor: string | null;
}

export class SpeakerAliasDto {
  @ApiProperty({ example: 'بيسكوف' }) alias: string;
  @ApiProperty({ enum: ['registry', 'discovered', 'analyst', 'merge'] }) origin: string;
}

export class SpeakerRoleDto {
  @ApiProperty({ example: 'kremlin-spokesperson' }) role: string;
  @ApiProperty({ type: [String] }) titles: string[];
  @ApiProperty({ type: String, nullable: true, example: '2012-05', description: 'ISO date prefix; open when null.' }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
}

export class SpeakerMergeDto {
  @ApiProperty({ type: SpeakerRefDto }) from: SpeakerRefDto;
  @ApiProperty({ type: SpeakerRefDto }) into: SpeakerRefDto;
  @ApiProperty() statementsMoved: number;
  @ApiProperty() aliasesMoved: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class SpeakerWithNamesDto extends SpeakerDto {
  @ApiProperty({ type: [SpeakerAliasDto] }) aliases: SpeakerAliasDto[];
  @ApiProperty({ type: [SpeakerRoleDto] }) roles: SpeakerRoleDto[];
  @ApiProperty({ type: [SpeakerMergeDto], description: 'Merges into or out of this speaker, oldest first.' }) merges: SpeakerMergeDto[];
}

export class MergeResultDto {
  @ApiProperty({ type: SpeakerWithNamesDto, description: 'The speaker that absorbed the other.' }) into: SpeakerWithNamesDto;
  @ApiProperty({ type: SpeakerMergeDto }) merge: SpeakerMergeDto;
}
