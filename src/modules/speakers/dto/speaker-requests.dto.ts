import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min,
} from 'class-validator';
import { IsNotBlank } from '../../../common/validation';
import { SPEAKER_KINDS, SPEAKER_ORIGINS, type SpeakerKind, type SpeakerOrigin } from '../speaker.entity';

export class SearchSpeakersQuery {
  @ApiPropertyOptional({ description: 'Any alias in any script, whole, partial or misspelt: `بيسكوف`, `Peskov`, `Песков`, `peskow`.' })
  @IsOptional() @IsString() @IsNotBlank() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SPEAKER_ORIGINS })
  @IsOptional() @IsIn(SPEAKER_ORIGINS as SpeakerOrigin[])
  origin?: SpeakerOrigin;

  @ApiPropertyOptional({ enum: SPEAKER_KINDS })
  @IsOptional() @IsIn(SPEAKER_KINDS as SpeakerKind[])
  kind?: SpeakerKind;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page (listing without `q`).' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ description: 'Page size (capped by the server, MAX_PAGE_SIZE).', minimum: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  limit?: number;
}

export class CreateSpeakerDto {
  @ApiProperty({ example: 'Maria Zakharova', maxLength: 200 })
  @IsString() @IsNotBlank() @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ enum: SPEAKER_KINDS, default: 'person' })
  @IsOptional() @IsIn(SPEAKER_KINDS as SpeakerKind[])
  kind?: SpeakerKind;

  @ApiPropertyOptional({ enum: ['m', 'f'] })
  @IsOptional() @IsIn(['m', 'f'])
  gender?: 'm' | 'f';

  @ApiPropertyOptional({ example: 'Q4184080' })
  @IsOptional() @Matches(/^Q[1-9]\d{0,11}$/, { message: 'wikidata must be a Wikidata item id such as Q42' })
  wikidata?: string;

  @ApiPropertyOptional({ description: 'Letters (any script), digits and dashes; made from the name when absent.', example: 'maria-zakharova' })
  @IsOptional() @Matches(/^[\p{Ll}\p{Lo}\p{Lm}\p{N}][\p{Ll}\p{Lo}\p{Lm}\p{N}-]{0,79}$/u, { message: 'slug must be lower-case letters, digits and dashes' })
  @Matches(/^(?![0-9a-f]{8}-[0-9a-f]{4}-)/i, { message: 'slug must not look like a uuid' })
  slug?: string;

  @ApiPropertyOptional({ type: [String], description: 'Other names in any script (the name is an alias already).', maxItems: 50 })
  @IsOptional() @IsArray() @ArrayMaxSize(50)
  @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(200, { each: true })
  aliases?: string[];
}

export class AddAliasesDto {
  @ApiProperty({ type: [String], example: ['Мария Захарова', 'ماريا زاخاروفا'], minItems: 1, maxItems: 50 })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50)
  @IsString({ each: true }) @IsNotBlank({ each: true }) @MaxLength(200, { each: true })
  aliases: string[];
}

export class MergeSpeakerDto {
  @ApiProperty({ description: 'Id or slug of the speaker that absorbs this one.', example: 'dmitry-peskov' })
  @IsString() @IsNotBlank() @MaxLength(200)
  into: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional() @IsString() @MaxLength(1000)
  note?: string;
}
