import { csvHeader, csvLine } from './statement-export';
import type { StatementDto } from './dto/statement.dto';

const statement = (text: string): StatementDto => ({
  id: 'id-1', text, type: 'direct', language: 'en', date: '2025-01-01T00:00:00.000Z', span: { start: 0, end: text.length }, context: text,
  speaker: null, extractedSpeakerName: null, mention: null, cue: null, sieve: null, confidence: null, quotedFragments: [], flags: {},
  segment: 0, article: { id: 'a-1', title: null, source: 'Wire, Inc.', url: null, publishedAt: null, date: '2025-01-01T00:00:00.000Z' },
  pipelineVersion: '0.2.0', humanCorrected: false, markedWrong: false, correctedAt: null, correctionNote: null,
});

describe('CSV export', () => {
  it('starts with a byte-order mark and the column names', () => {
    expect(csvHeader().startsWith('\uFEFFid,date,speaker_id')).toBe(true);
  });

  it.each([
    ['"We will not move," he said', '"""We will not move,"" he said"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['line one\nline two', '"line one\nline two"'],
    ['«المحادثات مستمرة»', '«المحادثات مستمرة»'],
  ])('quotes %j as %s', (text, cell) => {
    const line = csvLine(statement(text));
    expect(line).toContain(`,${cell},`);
    expect(line).toContain(',"Wire, Inc.",');
    expect(line.endsWith(',false,false\r\n')).toBe(true);
  });
});
