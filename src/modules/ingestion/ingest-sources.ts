// Turns uploads and files into items to ingest, each knowing where it came from ("feed.ndjson:12"),
// and each either a parsed value or the reason it could not be read. A bad line never hides the good ones.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AppError } from '../../common/errors';
import { MalformedItemError } from './ingestion.errors';

export type SourceItem = { where: string; value: unknown } | { where: string; error: AppError };

export const INGESTIBLE_EXTENSIONS = ['.txt', '.json', '.ndjson', '.jsonl'] as const;

/** One item per non-empty line. */
export function readNdjson(text: string, name = 'line'): SourceItem[] {
  const items: SourceItem[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    const where = name === 'line' ? `line ${i + 1}` : `${name}:${i + 1}`;
    try {
      items.push({ where, value: JSON.parse(line) });
    } catch (e) {
      items.push({ where, error: new MalformedItemError(`not valid JSON (${(e as Error).message})`, { line: i + 1 }) });
    }
  }
  return items;
}

/** A JSON file: an array of articles, or one article. */
export function readJsonDocument(text: string, name: string): SourceItem[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return [{ where: name, error: new MalformedItemError(`not valid JSON (${(e as Error).message})`) }];
  }
  return Array.isArray(doc) ? doc.map((value, i) => ({ where: `${name}[${i}]`, value })) : [{ where: name, value: doc }];
}

/** Reads text as a page, a JSON document or NDJSON by file extension; `-` (stdin) is guessed from its first character. */
export function readSourceText(text: string, name: string, ext: string): SourceItem[] {
  switch (ext) {
    case '.json':
      return readJsonDocument(text, name);
    case '.ndjson':
    case '.jsonl':
      return readNdjson(text, name);
    case '.txt':
      return text.trim() ? [{ where: name, value: { page: text } }] : [];
    default: {
      const head = text.trimStart()[0];
      if (head === '[') return readJsonDocument(text, name);
      if (head === '{') return readNdjson(text, name);
      return readSourceText(text, name, '.txt');
    }
  }
}

/** Items of FILE, of every ingestible file under DIR (sorted, recursive), or of stdin for `-`. */
export function readSourcePath(path: string): SourceItem[] {
  if (path === '-') return readSourceText(readFileSync(0, 'utf8'), 'stdin', '');
  const stat = statSync(path);
  if (stat.isDirectory()) {
    return readdirSync(path, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => {
        const full = join(path, e.name);
        if (e.isDirectory()) return readSourcePath(full);
        return (INGESTIBLE_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase()) ? readSourcePath(full) : [];
      });
  }
  return readSourceText(readFileSync(path, 'utf8'), path, extname(path).toLowerCase());
}
