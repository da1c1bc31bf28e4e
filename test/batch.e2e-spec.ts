// POST /articles/batch (JSON array and NDJSON) and the file reader behind `qawl ingest`:
// every item gets its own result, bad items are rejected with reasons, good ones are kept.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { readSourcePath } from '../src/modules/ingestion/ingest-sources';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../src/common/errors';
import { ArticlesService } from '../src/modules/articles/articles.service';
import { ARTICLES_PER_TRANSACTION, IngestionService } from '../src/modules/ingestion/ingestion.service';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ maxBatchItems: 10 });
});
afterAll(async () => {
  await t?.close();
});

const batch = () => request(t.http).post('/articles/batch');

describe('POST /articles/batch', () => {
  it('a JSON array: stores the good items, reports each bad one, and flags duplicates', async () => {
    const items = [
      { text: 'The mayor said the bridge would reopen in June.' },
      { text: '   ' },
      { text: 'قالت الوزيرة إن الميزانية ستُعرض على البرلمان.', publishedAt: 'not a date' },
      { text: 'The mayor said the bridge would reopen in June.' },
      { text: 'Мэр сообщил, что мост откроют в июне.', extra: true },
      'not an object',
      { page: 'Headline of a small page\nSource: Harbour Times\nFirst line of the prose.\nRead also:\nAnother story\nIts body line.' },
    ];
    const res = await batch().send(items).expect(200);
    expect(res.body.summary).toEqual({ ingested: 2, duplicates: 1, rejected: 4 });
    const r = res.body.results;
    expect(r.map((x: { status: string }) => x.status)).toEqual(['created', 'rejected', 'rejected', 'duplicate', 'rejected', 'rejected', 'created']);
    expect(r[0]).toMatchObject({ index: 0, where: '[0]', id: expect.any(String) });
    expect(r[3].id).toBe(r[0].id);
    expect(r[1].error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'text' }] });
    expect(r[2].error.details).toEqual([expect.objectContaining({ field: 'publishedAt' })]);
    expect(r[4].error.details).toEqual([expect.objectContaining({ field: 'extra' })]);
    expect(r[5].error.code).toBe('VALIDATION_FAILED');
    expect(r[6].related).toHaveLength(1);
    const page = await request(t.http).get(`/articles/${r[6].id}`).expect(200);
    expect(page.body).toMatchObject({ source: 'Harbour Times', title: 'Headline of a small page', related: [{ title: 'Another story' }] });
  });

  it('NDJSON: one article per line; a malformed line is reported by its line number', async () => {
    const body = [
      JSON.stringify({ text: 'The council voted to extend the tram line.' }),
      '{"text": "broken',
      '',
      JSON.stringify({ text: 'Совет проголосовал за продление трамвайной линии.', language: 'ru' }),
    ].join('\n');
    const res = await batch().set('content-type', 'application/x-ndjson').send(body).expect(200);
    expect(res.body.summary).toEqual({ ingested: 2, duplicates: 0, rejected: 1 });
    expect(res.body.results[1]).toMatchObject({ where: 'line 2', status: 'rejected', error: { code: 'MALFORMED_JSON' } });
    expect(res.body.results[2]).toMatchObject({ where: 'line 4', status: 'created' });
  });

  it('a body that is not an array → 400; too many items → 413; wrong content type → 415; malformed JSON → 400', async () => {
    const notArray = await batch().send({ text: 'One article, not a list.' }).expect(400);
    expect(notArray.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: '(body)' }] });
    const tooMany = await batch().send(Array.from({ length: 11 }, (_, i) => ({ text: `Item ${i}` }))).expect(413);
    expect(tooMany.body.code).toBe('BATCH_TOO_LARGE');
    const type = await batch().set('content-type', 'text/csv').send('text\nhello').expect(415);
    expect(type.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const syntax = await batch().set('content-type', 'application/json').send('[{"text": 1},').expect(400);
    expect(syntax.body.code).toBe('MALFORMED_JSON');
  });
});

describe('qawl ingest sources (files, folders)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qawl-ingest-'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'a-page.txt'), 'عنوان ملف نصي\nتاريخ النشر: 3 مارس 2025\nقال المتحدث إن الاجتماع انتهى.\n');
    writeFileSync(join(dir, 'b-one.json'), JSON.stringify({ text: 'A single JSON article about rail freight.' }));
    writeFileSync(join(dir, 'c-many.json'), JSON.stringify([{ text: 'First of two JSON articles on ferries.' }, { text: '' }]));
    writeFileSync(join(dir, 'nested', 'd-lines.jsonl'), `${JSON.stringify({ text: 'A JSON line about canal tolls.' })}\nnot json\n`);
    writeFileSync(join(dir, 'ignored.csv'), 'text\nnope\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads .txt pages, .json documents and .jsonl lines recursively, skipping other files', async () => {
    const items = readSourcePath(dir);
    expect(items.map((i) => i.where.replace(dir, ''))).toEqual([
      '/a-page.txt', '/b-one.json', '/c-many.json[0]', '/c-many.json[1]', '/nested/d-lines.jsonl:1', '/nested/d-lines.jsonl:2',
    ]);
    const progress: number[] = [];
    const result = await t.app.get(IngestionService).ingestItems(items, (done) => progress.push(done));
    expect(result.summary).toEqual({ ingested: 4, duplicates: 0, rejected: 2 });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    const again = await t.app.get(IngestionService).ingestItems(readSourcePath(dir));
    expect(again.summary).toEqual({ ingested: 0, duplicates: 4, rejected: 2 });
    const page = await request(t.http).get(`/articles/${result.results[0].id}`).expect(200);
    expect(page.body).toMatchObject({ title: 'عنوان ملف نصي', publishedAt: '2025-03-03T00:00:00.000Z' });
  });
});

describe('batches share transactions, each article whole or absent', () => {
  let u: TestApp;
  beforeAll(async () => {
    u = await startTestApp({ maxTextBytes: 400 });
    // A step of every article's transaction that fails for one marked article, after its row, its
    // statements and their clusters are written: a server error in the middle of a batch transaction.
    u.app.get(ArticlesService).onArticleCreated(async (article) => {
      if (article.body.includes('[fail here]')) throw new Error('storage step failed');
      // A client error raised after the article's rows (and those of the articles written with it) exist.
      if (article.body.includes('[reject here]')) throw new ValidationFailedError([{ field: 'text', reasons: ['refused by a storage step'] }]);
    });
  });
  afterAll(async () => {
    await u?.close();
  });
  const count = async (like: string) =>
    Number((await u.app.get(DataSource).query('SELECT count(*) AS n FROM articles WHERE body LIKE $1', [like]))[0].n);
  const statementCount = async (like: string) =>
    Number((await u.app.get(DataSource).query('SELECT count(*) AS n FROM statements s JOIN articles a ON a.id = s.article_id WHERE a.body LIKE $1', [like]))[0].n);
  const item = (i: number, extra = '') => ({ where: `[${i}]`, value: { text: `Councillor Brannock said: "The ferry number ${i} will sail again from the old pier next spring."${extra}` } });

  it(`more items than ARTICLES_PER_TRANSACTION: all stored, in order; a rejected one in the middle does not stop its transaction`, async () => {
    const items = Array.from({ length: ARTICLES_PER_TRANSACTION + 8 }, (_, i) => item(i));
    items[5] = { where: '[5]', value: { text: `Too long: ${'x'.repeat(500)}` } };
    items[ARTICLES_PER_TRANSACTION + 2] = item(3); // the same text as item 3: a duplicate, found in another transaction
    const result = await u.app.get(IngestionService).ingestItems(items);
    expect(result.summary).toEqual({ ingested: ARTICLES_PER_TRANSACTION + 6, duplicates: 1, rejected: 1 });
    expect(result.results.map((r) => r.index)).toEqual(items.map((_, i) => i));
    expect(result.results[5]).toMatchObject({ status: 'rejected', error: { code: 'TEXT_TOO_LARGE' } });
    expect(result.results[ARTICLES_PER_TRANSACTION + 2]).toMatchObject({ status: 'duplicate', id: result.results[3].id });
    expect(await count('%The ferry number%')).toBe(ARTICLES_PER_TRANSACTION + 6);
    expect(await statementCount('%The ferry number%')).toBe(ARTICLES_PER_TRANSACTION + 6);
  });

  it('a server error stops the batch: the articles before it are kept, nothing of the failed one is, none after it', async () => {
    const items = [0, 1, 2, 3].map((i) => ({ where: `[${i}]`, value: { text: `Mayor Quillon said: "The tram line ${i} will reach the harbour district by the autumn."${i === 2 ? ' [fail here]' : ''}` } }));
    // Items 0 and 1 are near-duplicates (one cluster); the failed item 2 repeats item 1's quote exactly, so it
    // joined that cluster before failing: its membership and the cluster's refreshed figures are undone too.
    items[2].value.text = `Mayor Quillon said: "The tram line 1 will reach the harbour district by the autumn." [fail here]`;
    await expect(u.app.get(IngestionService).ingestItems(items)).rejects.toThrow('storage step failed');
    expect(await count('%Mayor Quillon%')).toBe(2);
    expect(await count('%[fail here]%')).toBe(0);
    expect(await statementCount('%Mayor Quillon%')).toBe(2);
    const clusters = await u.app.get(DataSource).query(
      `SELECT c.appearances, count(*) AS members FROM cluster_members cm JOIN clusters c ON c.id = cm.cluster_id
       JOIN statements s ON s.id = cm.statement_id JOIN articles a ON a.id = s.article_id
       WHERE a.body LIKE '%Mayor Quillon%' GROUP BY c.id, c.appearances`,
    );
    expect(clusters.map((c: { appearances: number; members: string }) => [c.appearances, Number(c.members)])).toEqual([[2, 2]]);
    expect(await count('%The tram line 3%')).toBe(0);
  });

  it('an article refused while its batch is written (after its rows exist): the others land whole, that one is rejected with its reason', async () => {
    const items = [0, 1, 2, 3, 4].map((i) => ({ where: `[${i}]`, value: { text: `Senator Oduya said: "The grain corridor number ${i} will reopen before the harvest ends."` } }));
    // Item 2 repeats item 1's quote: in the batch's write it joined item 1's cluster before being refused.
    items[2].value.text = `Senator Oduya said: "The grain corridor number 1 will reopen before the harvest ends." [reject here]`;
    const result = await u.app.get(IngestionService).ingestItems(items);
    expect(result.summary).toEqual({ ingested: 4, duplicates: 0, rejected: 1 });
    expect(result.results.map((r) => r.status)).toEqual(['created', 'created', 'rejected', 'created', 'created']);
    expect(result.results[2]).toMatchObject({ index: 2, error: { code: 'VALIDATION_FAILED', details: [{ field: 'text', reasons: ['refused by a storage step'] }] } });
    expect(await count('%Senator Oduya%')).toBe(4);
    expect(await count('%[reject here]%')).toBe(0);
    expect(await statementCount('%Senator Oduya%')).toBe(4);
    const extractions = await u.app.get(DataSource).query(
      `SELECT e.statement_count FROM article_extractions e JOIN articles a ON a.id = e.article_id WHERE a.body LIKE '%Senator Oduya%'`,
    );
    expect(extractions.map((e: { statement_count: number }) => e.statement_count)).toEqual([1, 1, 1, 1]);
    // No cluster keeps a member or a count of the refused article.
    const clusters = await u.app.get(DataSource).query(
      `SELECT c.appearances, count(*) AS members FROM cluster_members cm JOIN clusters c ON c.id = cm.cluster_id
       JOIN statements s ON s.id = cm.statement_id JOIN articles a ON a.id = s.article_id
       WHERE a.body LIKE '%Senator Oduya%' GROUP BY c.id, c.appearances`,
    );
    for (const c of clusters) expect(c.appearances).toBe(Number(c.members));
  });
});

describe('the batch path stores what one-by-one ingest stores', () => {
  let one: TestApp;
  let many: TestApp;
  beforeAll(async () => {
    one = await startTestApp();
    many = await startTestApp();
  });
  afterAll(async () => {
    await one?.close();
    await many?.close();
  });

  const ferry = 'The ferry will sail again from the old pier next spring, the council confirmed on Monday.';
  const tram = 'The tram line will reach the harbour district by the autumn at the latest, whatever the cost.';
  const grain = 'We will not sign any grain deal that leaves our farmers without a fair price for the harvest.';
  const articles = [
    { text: `Councillor Brannock said: "${ferry}" The works start soon.`, source: 'Harbour Times', publishedAt: '2025-03-01T08:00:00Z', url: 'https://example.test/a' },
    { text: `In other news, Councillor Brannock said: "${ferry}" Residents welcomed it.`, source: 'Coast Daily', publishedAt: '2025-03-02T08:00:00Z' },
    {
      text: `Mayor Quillon said: "${tram}" Later, Mayor Quillon said the tram line would reach the harbour district by the autumn at the latest.`,
      source: 'Harbour Times', publishedAt: '2025-03-03T08:00:00Z',
    },
    { text: `Councillor Brannock said: "The ferry will sail again from the old pier next spring, the council confirmed." No date yet.`, source: 'Bay News', publishedAt: '2025-03-04T08:00:00Z' },
    { text: `Speaking on the radio, Mayor Quillon said: "${tram}"`, source: 'Coast Daily', publishedAt: '2025-03-05T08:00:00Z' },
    { text: `Ilse Varnhagen said: "${grain}" The talks resume next week.`, source: 'Bay News', publishedAt: '2025-03-06T08:00:00Z' },
    { text: `Oskar Lindqvist said: "${grain}" He spoke after the meeting.`, source: 'Harbour Times', publishedAt: '2025-03-07T08:00:00Z' },
    { text: `"${grain}" the statement read.`, source: 'Coast Daily', publishedAt: '2025-03-07T09:00:00Z' },
    { text: `In other news, Councillor Brannock said: "${ferry}" Residents welcomed it.`, source: 'Coast Daily', publishedAt: '2025-03-02T08:00:00Z' },
    { text: 'A different body under the url of the first article.', url: 'https://example.test/a' },
    { text: `Ilse Varnhagen said: "${grain}" She repeated it twice.`, source: 'Coast Daily', publishedAt: '2025-03-08T08:00:00Z' },
  ];

  /** Everything linking and extraction decided, keyed by article position and span (ids differ between the two stores). */
  async function snapshot(t: TestApp, ids: string[]) {
    const ds = t.app.get(DataSource);
    const pos = new Map(ids.map((id, i) => [id, i]));
    const statements: { id: string; article_id: string; span_start: number; span_end: number; type: string; speaker_name: string | null; slug: string | null; text: string }[] =
      await ds.query(`SELECT s.id, s.article_id, s.span_start, s.span_end, s.type, s.speaker_name, sp.slug, s.text
        FROM statements s LEFT JOIN speakers sp ON sp.id = s.speaker_id`);
    const key = new Map(statements.map((s) => [s.id, `${pos.get(s.article_id)}:${s.span_start}-${s.span_end}`]));
    const members: { statement_id: string; cluster_id: string; link: string; similarity: number }[] = await ds.query('SELECT * FROM cluster_members');
    const clusters: Record<string, unknown>[] = await ds.query('SELECT * FROM clusters');
    const slugOf = new Map((await ds.query('SELECT id, slug FROM speakers') as { id: string; slug: string }[]).map((r) => [r.id, r.slug]));
    const membersOf = (c: string) => members.filter((m) => m.cluster_id === c).map((m) => `${key.get(m.statement_id)} ${m.link} ${Number(m.similarity).toFixed(4)}`).sort();
    return {
      statements: statements.map((s) => `${key.get(s.id)} ${s.type} ${s.speaker_name} ${s.slug} ${s.text}`).sort(),
      extractions: (await ds.query('SELECT article_id, statement_count FROM article_extractions') as { article_id: string; statement_count: number }[])
        .map((e) => `${pos.get(e.article_id)}:${e.statement_count}`).sort(),
      clusters: clusters.map((c) => ({
        members: membersOf(c.id as string),
        appearances: c.appearances, articles: c.articles, sources: c.sources, canonicalText: c.canonical_text,
        canonical: key.get(c.canonical_statement_id as string),
        // Not the first statement's key: two statements of one article tie on date and ingest time, and then on a random id.
        firstSeenAt: new Date(c.first_seen_at as string).toISOString(), lastSeenAt: new Date(c.last_seen_at as string).toISOString(),
        speaker: c.speaker_id ? slugOf.get(c.speaker_id as string) : null,
      })).sort((a, b) => a.members[0].localeCompare(b.members[0])),
      speakers: (await ds.query(`SELECT slug FROM speakers WHERE origin = 'discovered' ORDER BY slug`) as { slug: string }[]).map((r) => r.slug),
    };
  }

  it('same statements, speakers, extraction records and clusters (members, links, figures), duplicates alike', async () => {
    const service = one.app.get(ArticlesService);
    const oneByOne: { id: string; duplicate: boolean }[] = [];
    for (const a of articles) oneByOne.push(await service.ingest(a));
    const batch = await many.app.get(IngestionService).ingestItems(articles.map((value, i) => ({ where: `[${i}]`, value })));
    expect(batch.results.map((r) => r.status)).toEqual(oneByOne.map((r) => (r.duplicate ? 'duplicate' : 'created')));
    expect(batch.results[8].id).toBe(batch.results[1].id);
    expect(batch.results[9].id).toBe(batch.results[0].id);
    const createdIds = (ids: string[], dup: boolean[]) => ids.filter((_, i) => !dup[i]);
    const a = await snapshot(one, createdIds(oneByOne.map((r) => r.id), oneByOne.map((r) => r.duplicate)));
    const b = await snapshot(many, createdIds(batch.results.map((r) => r.id!), batch.results.map((r) => r.status === 'duplicate')));
    expect(a.clusters.length).toBeGreaterThanOrEqual(3);
    expect(a.clusters.some((c) => c.members.some((m) => m.includes('paraphrase')))).toBe(true);
    expect(a.clusters.some((c) => c.members.some((m) => m.includes(' near ')))).toBe(true);
    expect(b).toEqual(a);
  });
});
