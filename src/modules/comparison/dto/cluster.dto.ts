import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SpeakerRefDto } from '../../speakers/dto/speaker.dto';
import { StatementArticleDto, StatementDto } from '../../statements/dto/statement.dto';
import { CLUSTER_LINKS, type ClusterLink } from '../cluster-member.entity';
import { DRIFTS, type Drift } from '../drift';

export class FirstSeenDto extends StatementArticleDto {
  @ApiProperty({ format: 'uuid' }) statementId: string;
}

export class ClusterSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: SpeakerRefDto, nullable: true }) speaker: SpeakerRefDto | null;
  @ApiProperty({ description: 'The longest form of the statement.' }) canonicalText: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) canonicalStatementId: string | null;
  @ApiProperty({ type: FirstSeenDto, nullable: true, description: 'The earliest appearance: article, outlet, time.' })
  firstSeen: FirstSeenDto | null;
  @ApiProperty({ format: 'date-time' }) firstSeenAt: string;
  @ApiProperty({ format: 'date-time' }) lastSeenAt: string;
  @ApiProperty({ description: 'Statements in the cluster.' }) appearanceCount: number;
  @ApiProperty() articles: number;
  @ApiProperty({ description: 'Distinct outlets.' }) sources: number;
}

export class ClusterPageDto {
  @ApiProperty({ type: [ClusterSummaryDto] }) items: ClusterSummaryDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor: string | null;
}

export class AppearanceDto {
  @ApiProperty({ type: StatementDto }) statement: StatementDto;
  @ApiProperty({ enum: DRIFTS, description: 'Against the canonical text: exact, cut (words dropped), addition, substitution.' })
  drift: Drift;
  @ApiProperty() removedWords: number;
  @ApiProperty() addedWords: number;
  @ApiProperty({ type: String, enum: CLUSTER_LINKS, nullable: true, description: 'How it joined: exact, near (trigram), paraphrase (same article).' })
  link: ClusterLink | null;
  @ApiProperty({ description: 'Trigram similarity to the statement it was linked through (1 for exact).' }) similarity: number;
  @ApiProperty() canonical: boolean;
  @ApiProperty() firstSeen: boolean;
}

export class ClusterDto extends ClusterSummaryDto {
  @ApiProperty({ type: [AppearanceDto], description: 'Oldest first.' }) appearances: AppearanceDto[];
}

export class StatementAppearancesDto {
  @ApiProperty({ format: 'uuid' }) statementId: string;
  @ApiProperty({ type: ClusterSummaryDto, nullable: true, description: 'Null when no other article reports this statement.' })
  cluster: ClusterSummaryDto | null;
  @ApiProperty({ type: [AppearanceDto], description: 'Every appearance, this one included, oldest first.' }) appearances: AppearanceDto[];
}
