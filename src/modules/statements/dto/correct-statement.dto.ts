import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { SPEAKER_REF } from '../../speakers/speaker-keys';

/** An analyst's correction: re-attribute (`speakerId`, null for no speaker) and/or mark wrong. */
export class CorrectStatementDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Speaker id or slug; null when nobody said it.', example: 'dmitry-peskov' })
  @ValidateIf((o: CorrectStatementDto) => o.speakerId !== null && o.speakerId !== undefined)
  @IsString() @Matches(SPEAKER_REF, { message: 'speakerId must be a speaker id or slug, or null' })
  speakerId?: string | null;

  @ApiPropertyOptional({ description: 'True: not a statement (hidden from queries and clusters); false: restore it.' })
  @IsOptional() @IsBoolean()
  markedWrong?: boolean;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional() @IsString() @MaxLength(1000)
  note?: string;
}
