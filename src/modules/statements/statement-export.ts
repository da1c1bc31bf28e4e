// Export rows: NDJSON (one statement per line, as the API shows it) or CSV (flat columns, RFC 4180, with a
// byte-order mark so that spreadsheet programs read Arabic and Cyrillic as UTF-8).
import type { StatementDto } from './dto/statement.dto';

export type ExportFormat = 'csv' | 'ndjson';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

const CSV_COLUMNS: [string, (s: StatementDto) => string | number | boolean | null][] = [
  ['id', (s) => s.id],
  ['date', (s) => s.date],
  ['speaker_id', (s) => s.speaker?.id ?? null],
  ['speaker_slug', (s) => s.speaker?.slug ?? null],
  ['speaker_name', (s) => s.speaker?.name ?? null],
  ['type', (s) => s.type],
  ['language', (s) => s.language],
  ['confidence', (s) => s.confidence],
  ['sieve', (s) => s.sieve],
  ['text', (s) => s.text],
  ['context', (s) => s.context],
  ['article_id', (s) => s.article.id],
  ['article_title', (s) => s.article.title],
  ['source', (s) => s.article.source],
  ['url', (s) => s.article.url],
  ['human_corrected', (s) => s.humanCorrected],
  ['marked_wrong', (s) => s.markedWrong],
];

export function csvHeader(): string {
  return '\uFEFF' + CSV_COLUMNS.map(([name]) => name).join(',') + '\r\n';
}

export function csvLine(s: StatementDto): string {
  return CSV_COLUMNS.map(([, get]) => csvCell(get(s))).join(',') + '\r\n';
}

export function ndjsonLine(s: StatementDto): string {
  return JSON.stringify(s) + '\n';
}

function csvCell(v: string | number | boolean | null): string {
  if (v === null) return '';
  let text = String(v);
  // A cell a spreadsheet would run as a formula is prefixed with a quote mark (OWASP CSV injection).
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
