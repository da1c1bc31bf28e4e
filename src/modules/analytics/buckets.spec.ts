import { bucketStart, fillBuckets } from './buckets';

describe('buckets', () => {
  it.each([
    ['day', '2025-04-09T23:59:00Z', '2025-04-09'],
    ['week', '2025-04-09T10:00:00Z', '2025-04-07'],
    ['week', '2025-04-06T10:00:00Z', '2025-03-31'],
    ['week', '2025-04-07T00:00:00Z', '2025-04-07'],
    ['month', '2025-04-30T23:00:00Z', '2025-04-01'],
  ] as const)('%s of %s starts on %s', (bucket, at, start) => {
    expect(bucketStart(new Date(at), bucket).toISOString().slice(0, 10)).toBe(start);
  });

  it('fills every bucket of the period, quiet ones with 0', () => {
    const counts = [{ start: new Date('2025-04-07T00:00:00Z'), count: 2 }, { start: new Date('2025-04-21T00:00:00Z'), count: 1 }];
    expect(fillBuckets(counts, 'week', new Date('2025-04-08T00:00:00Z'), new Date('2025-04-22T00:00:00Z'), 100)).toEqual([
      { start: '2025-04-07', count: 2 }, { start: '2025-04-14', count: 0 }, { start: '2025-04-21', count: 1 },
    ]);
    expect(fillBuckets([], 'month', new Date('2024-11-15T00:00:00Z'), new Date('2025-02-01T00:00:00Z'), 100)?.map((b) => b.start))
      .toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
  });

  it('gives up beyond the limit', () => {
    expect(fillBuckets([], 'day', new Date('2020-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z'), 1000)).toBeNull();
  });
});
