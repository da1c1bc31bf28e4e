import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export type ItemStatus = 'created' | 'duplicate' | 'rejected';

export class ItemErrorDto {
  @ApiProperty() code: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional() details?: unknown;
}

export class RelatedRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() duplicate: boolean;
}

export class BatchItemResultDto {
  @ApiProperty({ description: 'Position in the batch, from 0.' }) index: number;
  @ApiProperty({ description: 'Where the item came from: `line 3` of an NDJSON upload, `[2]` of an array, a file.' }) where: string;
  @ApiProperty({ enum: ['created', 'duplicate', 'rejected'] }) status: ItemStatus;
  @ApiPropertyOptional({ format: 'uuid' }) id?: string;
  @ApiPropertyOptional({ type: [RelatedRefDto] }) related?: RelatedRefDto[];
  @ApiPropertyOptional({ type: ItemErrorDto }) error?: ItemErrorDto;
}

export class BatchSummaryDto {
  @ApiProperty() ingested: number;
  @ApiProperty() duplicates: number;
  @ApiProperty() rejected: number;
}

export class BatchResultDto {
  @ApiProperty({ type: BatchSummaryDto }) summary: BatchSummaryDto;
  @ApiProperty({ type: [BatchItemResultDto] }) results: BatchItemResultDto[];
}
