import { Injectable } from '@nestjs/common';
import { SpeakersService } from '../speakers/speakers.service';
import { StatementsService } from '../statements/statements.service';
import { CompareNeedsTwoSpeakersError, TooManyBucketsError } from './analytics.errors';
import { fillBuckets } from './buckets';
import type { CompareQuery, TimelineQuery } from './dto/analytics-queries.dto';
import type { CompareDto, SpeakerProfileDto, TimelineDto } from './dto/analytics.dto';

/** The most buckets a timeline returns (ten years of weeks, about three of days). */
const MAX_BUCKETS = 1100;

@Injectable()
export class AnalyticsService {
  constructor(private readonly speakers: SpeakersService, private readonly statements: StatementsService) {}

  /** A speaker with names, roles, merges, statement counts and first and last statement. */
  async speakerProfile(ref: string): Promise<SpeakerProfileDto> {
    const speaker = await this.speakers.getByRef(ref);
    const [names, stats, first, last] = await Promise.all([
      this.speakers.withNames(speaker),
      this.statements.statsOfSpeaker(speaker.id),
      this.statements.page({ speakerIds: [speaker.id] }, 'asc', undefined, 1),
      this.statements.page({ speakerIds: [speaker.id] }, 'desc', undefined, 1),
    ]);
    return {
      ...names,
      counts: {
        statements: stats.statements, direct: stats.direct, partial: stats.partial, indirect: stats.indirect,
        byLanguage: { ar: stats.ar, en: stats.en, ru: stats.ru }, articles: stats.articles, sources: stats.sources,
      },
      firstStatement: first.items[0] ?? null,
      lastStatement: last.items[0] ?? null,
    };
  }

  /** What a speaker said per day, week or month (optionally on a topic), with the statements themselves. */
  async timeline(ref: string, query: TimelineQuery): Promise<TimelineDto> {
    const speaker = await this.speakers.getByRef(ref);
    const filter = { ...(await this.statements.toFilter(query)), speakerIds: [speaker.mergedIntoId ?? speaker.id] };
    const bucket = query.bucket ?? 'week';
    const counts = await this.statements.countPerBucket(filter, bucket);
    const first = filter.from ?? counts[0]?.start;
    const last = filter.before ? new Date(filter.before.getTime() - 1) : counts[counts.length - 1]?.start;
    const buckets = first && last ? fillBuckets(counts, bucket, first, last, MAX_BUCKETS) : [];
    if (!buckets) throw new TooManyBucketsError(Math.round((last!.getTime() - first!.getTime()) / 86_400_000), MAX_BUCKETS);
    const statements = await this.statements.page(filter, query.order ?? 'asc', query.cursor, query.limit);
    return {
      speaker: await this.speakers.toDto(speaker),
      bucket,
      buckets,
      total: counts.reduce((n, c) => n + c.count, 0),
      statements,
    };
  }

  /** Two or more speakers side by side on a topic: their counts, and their statements interleaved by date. */
  async compare(query: CompareQuery): Promise<CompareDto> {
    const filter = await this.statements.toFilter(query);
    const ids = filter.speakerIds ?? [];
    if (ids.length < 2) throw new CompareNeedsTwoSpeakersError();
    const [counts, page, entities] = await Promise.all([
      this.statements.countPerSpeaker(filter),
      this.statements.page(filter, query.order ?? 'asc', query.cursor, query.limit),
      this.speakers.findManyByIds(ids),
    ]);
    const speakers = await Promise.all(ids.map(async (id) => ({ speaker: await this.speakers.toDto(entities.get(id)!), count: counts.get(id) ?? 0 })));
    return { speakers, items: page.items, nextCursor: page.nextCursor };
  }
}
