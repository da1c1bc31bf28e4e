// The cursor of a cluster page: the last row's sort key, opaque to clients.
import { InvalidCursorError } from '../../common/pagination';
import type { ClusterCursor } from './comparison.repository';

export function encodeClusterCursor(c: ClusterCursor): string {
  return Buffer.from(`${c.appearances}|${c.firstSeenAt.toISOString()}|${c.id}`, 'utf8').toString('base64url');
}

export function decodeClusterCursor(cursor: string): ClusterCursor {
  const [n, iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const appearances = Number(n);
  const firstSeenAt = new Date(iso);
  if (rest.length || !Number.isInteger(appearances) || Number.isNaN(firstSeenAt.getTime()) || !/^[0-9a-f-]{36}$/i.test(id ?? '')) {
    throw new InvalidCursorError();
  }
  return { appearances, firstSeenAt, id };
}
