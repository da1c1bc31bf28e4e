// Calendar buckets in UTC: a day, a week from Monday, a month. Timelines list every bucket of the period
// so that a quiet week shows as 0 rather than as a gap.
import type { BucketName } from './dto/analytics-queries.dto';

export function bucketStart(d: Date, bucket: BucketName): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (bucket) {
    case 'day':
      return new Date(Date.UTC(y, m, day));
    case 'week':
      return new Date(Date.UTC(y, m, day - ((d.getUTCDay() + 6) % 7)));
    case 'month':
      return new Date(Date.UTC(y, m, 1));
  }
}

export function nextBucket(start: Date, bucket: BucketName): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  const day = start.getUTCDate();
  switch (bucket) {
    case 'day':
      return new Date(Date.UTC(y, m, day + 1));
    case 'week':
      return new Date(Date.UTC(y, m, day + 7));
    case 'month':
      return new Date(Date.UTC(y, m + 1, 1));
  }
}

/**
 * Every bucket from `first` to `last` (inclusive instants) with its count, or null when there are more than
 * `limit` of them.
 */
export function fillBuckets(
  counts: readonly { start: Date; count: number }[], bucket: BucketName, first: Date, last: Date, limit: number,
): { start: string; count: number }[] | null {
  const byStart = new Map(counts.map((c) => [bucketStart(c.start, bucket).getTime(), c.count]));
  const out: { start: string; count: number }[] = [];
  for (let b = bucketStart(first, bucket); b.getTime() <= last.getTime(); b = nextBucket(b, bucket)) {
    if (out.length === limit) return null;
    out.push({ start: b.toISOString().slice(0, 10), count: byStart.get(b.getTime()) ?? 0 });
  }
  return out;
}
