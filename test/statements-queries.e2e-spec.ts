// Who said what: speaker search in any script, the statement filters and their indexes' queries, cursor
// pagination, speaker profiles, timelines, comparison, and every 400/404, on the real app.
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
const ids: Record<string, string> = {};

const CORPUS = [
  { key: 'en-riyadh', source: 'North Wire', publishedAt: '2025-03-03T08:00:00Z', text: '"The talks in Riyadh were constructive and useful," Kremlin spokesman Dmitry Peskov told reporters.' },
  { key: 'en-leavitt-grain', source: 'North Wire', publishedAt: '2025-03-05T12:00:00Z', text: 'White House press secretary Karoline Leavitt said: "The president wants the grain deal extended."' },
  { key: 'ar-ports', source: 'الوكالة الشرقية', publishedAt: '2025-03-10T10:00:00Z', text: 'وقال المتحدث باسم الكرملين دميتري بيسكوف: "المفاوضات حول الموانئ مستمرة".' },
  { key: 'ru-ports', source: 'Вестник', publishedAt: '2025-03-17T07:30:00Z', text: 'Дмитрий Песков заявил, что переговоры о портах продолжаются.' },
  { key: 'en-leavitt-ports', source: 'South Daily', publishedAt: '2025-04-01T15:00:00Z', text: 'Leavitt said the talks on the ports would continue in April.' },
  { key: 'en-grain', source: 'South Daily', publishedAt: '2025-04-02T09:00:00Z', text: 'Peskov said the grain deal would not be extended.' },
  { key: 'ru-grain', source: 'Вестник', publishedAt: '2025-04-03T11:00:00Z', text: 'Песков сказал журналистам: «Зерновая сделка не будет продлена».' },
  { key: 'en-anonymous', source: 'South Daily', publishedAt: '2025-04-04T09:00:00Z', text: 'A government source said the budget would be approved.' },
];

beforeAll(async () => {
  t = await startTestApp({ maxPageSize: 5, defaultPageSize: 3 });
  for (const a of CORPUS) {
    const res = await request(t.http).post('/articles').send({ text: a.text, source: a.source, publishedAt: a.publishedAt, title: a.key }).expect(201);
    ids[a.key] = res.body.id;
  }
});
afterAll(async () => {
  await t?.close();
});

const get = (path: string, query: Record<string, unknown> = {}) => request(t.http).get(path).query(query);
const titles = (items: { article: { title: string } }[]) => items.map((s) => s.article.title);

describe('GET /speakers?q=', () => {
  it.each(['بيسكوف', 'Peskov', 'Песков', 'peskow', 'PESKOV', 'dmitri pesk', 'ПЕСКОВ', 'بيسكو'])('%s finds Dmitry Peskov first', async (q) => {
    const res = await get('/speakers', { q }).expect(200);
    expect(res.body.items[0]).toMatchObject({ slug: 'dmitry-peskov', name: 'Dmitry Peskov', registered: true, origin: 'registry' });
    expect(res.body.items[0].score).toBeGreaterThan(0);
  });

  it('ranks an exact alias above a fuzzy one, and finds nothing for nonsense', async () => {
    const res = await get('/speakers', { q: 'Leavitt', limit: 5 }).expect(200);
    expect(res.body.items[0]).toMatchObject({ slug: 'karoline-leavitt', score: 3 });
    const none = await get('/speakers', { q: 'zzqxv' }).expect(200);
    expect(none.body).toEqual({ items: [], nextCursor: null });
  });

  it('lists speakers without q, page by page', async () => {
    const first = await get('/speakers', { origin: 'registry', limit: 2 }).expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await get('/speakers', { origin: 'registry', limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(second.body.items.map((s: { id: string }) => s.id)).not.toContain(first.body.items[0].id);
  });
});

describe('GET /speakers/:id', () => {
  it('by slug or id: aliases in three scripts, roles, counts, first and last statement', async () => {
    const res = await get('/speakers/dmitry-peskov').expect(200);
    expect(res.body.aliases.map((a: { alias: string }) => a.alias)).toEqual(expect.arrayContaining(['بيسكوف', 'Peskov', 'Песков']));
    expect(res.body.roles).toEqual([expect.objectContaining({ role: 'kremlin-spokesperson', from: '2012-05', to: null })]);
    expect(res.body.counts).toMatchObject({ statements: 5, direct: 3, indirect: 2, byLanguage: { ar: 1, en: 2, ru: 2 }, articles: 5, sources: 4 });
    expect(res.body.firstStatement.article.title).toBe('en-riyadh');
    expect(res.body.lastStatement.article.title).toBe('ru-grain');
    const byId = await get(`/speakers/${res.body.id}`).expect(200);
    expect(byId.body.slug).toBe('dmitry-peskov');
  });

  it('404s an unknown speaker with SPEAKER_NOT_FOUND, 400s a malformed one', async () => {
    expect((await get('/speakers/no-such-speaker').expect(404)).body).toMatchObject({ code: 'SPEAKER_NOT_FOUND' });
    expect((await get('/speakers/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('SPEAKER_NOT_FOUND');
    expect((await get('/speakers/bad%20slug!').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /statements', () => {
  it('sorted by date, newest first, or oldest first', async () => {
    const desc = await get('/statements', { speakers: 'dmitry-peskov', limit: 5 }).expect(200);
    expect(titles(desc.body.items)).toEqual(['ru-grain', 'en-grain', 'ru-ports', 'ar-ports', 'en-riyadh']);
    const asc = await get('/statements', { speakers: 'dmitry-peskov', limit: 5, order: 'asc' }).expect(200);
    expect(titles(asc.body.items)).toEqual(['en-riyadh', 'ar-ports', 'ru-ports', 'en-grain', 'ru-grain']);
  });

  it('walks every page with the cursor; the page size is capped', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await get('/statements', { limit: 2, ...(cursor ? { cursor } : {}) }).expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((s: { id: string }) => s.id));
      cursor = res.body.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(CORPUS.length);
    expect((await get('/statements', { limit: 500 }).expect(200)).body.items).toHaveLength(5);
    expect((await get('/statements').expect(200)).body.items).toHaveLength(3);
  });

  it.each([
    ['several speakers (slug and alias-free)', { speakers: 'dmitry-peskov,karoline-leavitt', limit: 5, from: '2025-03-04', to: '2025-04-01' }, ['en-leavitt-ports', 'ru-ports', 'ar-ports', 'en-leavitt-grain']],
    ['language', { language: 'ru' }, ['ru-grain', 'ru-ports']],
    ['source', { source: 'South Daily' }, ['en-anonymous', 'en-grain', 'en-leavitt-ports']],
    ['type', { type: 'indirect', speakers: 'dmitry-peskov' }, ['en-grain', 'ru-ports']],
    ['article', { article: 'ar-ports' }, ['ar-ports']],
    ['date range, a bare end date including its day', { from: '2025-04-02', to: '2025-04-03' }, ['ru-grain', 'en-grain']],
    ['minimum confidence', { minConfidence: 0.9, source: 'South Daily' }, ['en-grain', 'en-leavitt-ports']],
    ['English text, stemmed (deals → deal)', { q: 'deals', language: 'en' }, ['en-grain', 'en-leavitt-grain']],
    ['Russian text, stemmed (портов → порт)', { q: 'портов' }, ['ru-ports']],
    ['Arabic text (stem or substring)', { q: 'الموانئ' }, ['ar-ports']],
    ['Arabic text folded (مستمره for مستمرة)', { q: 'مستمره' }, ['ar-ports']],
    ['a phrase', { q: '"grain deal" extended', limit: 5 }, ['en-grain', 'en-leavitt-grain']],
  ])('filters by %s', async (_name, query, expected) => {
    const q = { ...query } as Record<string, unknown>;
    if (q.article) q.article = ids[q.article as string];
    const res = await get('/statements', { limit: 5, ...q }).expect(200);
    expect(titles(res.body.items)).toEqual(expected);
  });

  it.each([
    [{ language: 'de' }, 'language'],
    [{ type: 'rumour' }, 'type'],
    [{ minConfidence: 2 }, 'minConfidence'],
    [{ minConfidence: 'high' }, 'minConfidence'],
    [{ from: 'yesterday' }, 'from'],
    [{ article: 'not-a-uuid' }, 'article'],
    [{ speakers: 'bad slug!' }, 'speakers'],
    [{ includeWrong: 'maybe' }, 'includeWrong'],
    [{ order: 'sideways' }, 'order'],
    [{ limit: 0 }, 'limit'],
    [{ colour: 'red' }, 'colour'],
  ])('400s a bad filter %j naming the field', async (query, field) => {
    const res = await get('/statements', query).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('400s a reversed date range and a forged cursor; 404s an unknown speaker filter', async () => {
    expect((await get('/statements', { from: '2025-04-02', to: '2025-04-01' }).expect(400)).body.code).toBe('INVALID_DATE_RANGE');
    expect((await get('/statements', { cursor: 'not-a-cursor' }).expect(400)).body.code).toBe('INVALID_CURSOR');
    expect((await get('/statements', { speakers: 'dmitry-peskov,nobody-at-all' }).expect(404)).body).toMatchObject({
      code: 'SPEAKER_NOT_FOUND', details: { id: 'nobody-at-all' },
    });
  });

  it('GET /statements/:id; 404 STATEMENT_NOT_FOUND; 400 for a non-uuid', async () => {
    const [item] = (await get('/statements', { article: ids['en-riyadh'] }).expect(200)).body.items;
    expect((await get(`/statements/${item.id}`).expect(200)).body).toEqual(item);
    expect((await get('/statements/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('STATEMENT_NOT_FOUND');
    expect((await get('/statements/42').expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /speakers/:id/timeline', () => {
  it('counts per week with empty weeks, and the statements oldest first', async () => {
    const res = await get('/speakers/dmitry-peskov/timeline', { from: '2025-03-01', to: '2025-04-06', bucket: 'week', limit: 5 }).expect(200);
    expect(res.body.speaker.slug).toBe('dmitry-peskov');
    expect(res.body.buckets).toEqual([
      { start: '2025-02-24', count: 0 }, { start: '2025-03-03', count: 1 }, { start: '2025-03-10', count: 1 },
      { start: '2025-03-17', count: 1 }, { start: '2025-03-24', count: 0 }, { start: '2025-03-31', count: 2 },
    ]);
    expect(res.body.total).toBe(5);
    expect(titles(res.body.statements.items)).toEqual(['en-riyadh', 'ar-ports', 'ru-ports', 'en-grain', 'ru-grain']);
  });

  it('on a topic, per month, in any language', async () => {
    const res = await get('/speakers/dmitry-peskov/timeline', { q: 'grain', bucket: 'month' }).expect(200);
    expect(res.body.buckets).toEqual([{ start: '2025-04-01', count: 1 }]);
    const ru = await get('/speakers/dmitry-peskov/timeline', { q: 'зерновая сделка', bucket: 'day' }).expect(200);
    expect(ru.body.buckets).toEqual([{ start: '2025-04-03', count: 1 }]);
  });

  it('400s a bad bucket or too many buckets; 404s an unknown speaker', async () => {
    expect((await get('/speakers/dmitry-peskov/timeline', { bucket: 'year' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/speakers/dmitry-peskov/timeline', { bucket: 'day', from: '2000-01-01', to: '2025-01-01' }).expect(400)).body.code)
      .toBe('TOO_MANY_BUCKETS');
    expect((await get('/speakers/nobody-at-all/timeline').expect(404)).body.code).toBe('SPEAKER_NOT_FOUND');
  });
});

describe('GET /compare', () => {
  it('two speakers on a topic, interleaved by date, with counts', async () => {
    const res = await get('/compare', { speakers: 'dmitry-peskov,karoline-leavitt', q: 'grain', limit: 5 }).expect(200);
    expect(res.body.speakers.map((s: { speaker: { slug: string }; count: number }) => [s.speaker.slug, s.count]))
      .toEqual([['dmitry-peskov', 1], ['karoline-leavitt', 1]]);
    expect(titles(res.body.items)).toEqual(['en-leavitt-grain', 'en-grain']);
    const ports = await get('/compare', { speakers: 'karoline-leavitt,Dmitry-Peskov'.toLowerCase(), q: 'ports', limit: 5 }).expect(200);
    expect(titles(ports.body.items)).toEqual(['en-leavitt-ports']);
  });

  it('400s one speaker (or the same twice); 404s an unknown one', async () => {
    expect((await get('/compare', { speakers: 'dmitry-peskov' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/compare').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await get('/compare', { speakers: 'dmitry-peskov,dmitry-peskov' }).expect(400)).body.code).toBe('COMPARE_NEEDS_TWO_SPEAKERS');
    expect((await get('/compare', { speakers: 'dmitry-peskov,nobody-at-all' }).expect(404)).body.code).toBe('SPEAKER_NOT_FOUND');
  });
});
