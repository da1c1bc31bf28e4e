// Cursor pagination over (created_at, id), newest first: the cursor is the last row's pair, opaque to clients.
import { AppError } from './errors';

export interface CursorKey {
  createdAt: Date;
  id: string;
}

export class InvalidCursorError extends AppError {
  readonly code = 'INVALID_CURSOR';
  readonly status = 400;
  constructor() {
    super('cursor: not a cursor returned by this API', [{ field: 'cursor', reasons: ['is not a valid cursor'] }]);
  }
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(`${key.createdAt.toISOString()}|${key.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  const [iso, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso);
  if (rest.length || !id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) throw new InvalidCursorError();
  return { createdAt, id };
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
