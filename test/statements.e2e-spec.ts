// The statements store on ingest (same transaction as the article), the registry seed, who-said-what
// queries, analyst corrections, merges and reprocessing, on the real app (PGlite, or DATABASE_URL).
import request from 'supertest';
import { DataSource } from 'typeorm';
import { defaultRegistry } from '../src/pipeline';
import { SpeakersService } from '../src/modules/speakers/speakers.service';
import { StatementsService } from '../src/modules/statements/statements.service';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let db: DataSource;
beforeAll(async () => {
  t = await startTestApp({ maxPageSize: 5, defaultPageSize: 3 });
  db = t.app.get(DataSource);
});
afterAll(async () => {
  await t?.close();
});

const post = (body: object) => request(t.http).post('/articles').send(body).expect(201);
const statementsOf = async (articleId: string) =>
  (await request(t.http).get('/statements').query({ article: articleId, limit: 5 }).expect(200)).body.items;

const EN_PESKOV = '"The talks in Riyadh were constructive and useful," Kremlin spokesman Dmitry Peskov told reporters on Friday.';
const AR_PESKOV = 'وقال المتحدث باسم الكرملين دميتري بيسكوف: "المحادثات في الرياض كانت بناءة ومفيدة".';
const RU_PESKOV = 'Пресс-секретарь президента Дмитрий Песков заявил: «Переговоры в Эр-Рияде были конструктивными и полезными».';
const EN_UNREGISTERED = 'Harbour master Olek Brandvold said: "The northern pier will reopen on Monday after the repairs."';

describe('registry seed', () => {
  it('seeds every registry speaker once, with aliases and dated roles', async () => {
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM speakers WHERE origin = 'registry'`);
    expect(n).toBe(defaultRegistry().speakers.length);
    const roles = await db.query(
      `SELECT r.role, r.from_date FROM speaker_roles r JOIN speakers s ON s.id = r.speaker_id WHERE s.slug = 'dmitry-peskov'`,
    );
    expect(roles).toEqual([{ role: 'kremlin-spokesperson', from_date: '2012-05' }]);
  });

  it('seeding again adds nothing and keeps analyst edits', async () => {
    await request(t.http).post('/speakers/dmitry-peskov/aliases').send({ aliases: ['Peskoff'] }).expect(201);
    const before = await db.query('SELECT (SELECT count(*) FROM speakers) AS s, (SELECT count(*) FROM speaker_aliases) AS a, (SELECT count(*) FROM speaker_roles) AS r');
    const added = await t.app.get(SpeakersService).seedRegistry(defaultRegistry());
    expect(added).toEqual({ speakers: 0, aliases: 0, roles: 0 });
    const after = await db.query('SELECT (SELECT count(*) FROM speakers) AS s, (SELECT count(*) FROM speaker_aliases) AS a, (SELECT count(*) FROM speaker_roles) AS r');
    expect(after).toEqual(before);
    const peskov = await request(t.http).get('/speakers').query({ q: 'Peskoff' }).expect(200);
    expect(peskov.body.items[0]).toMatchObject({ slug: 'dmitry-peskov', matchedAlias: 'Peskoff' });
  });
});

describe('statements stored on ingest', () => {
  it.each([
    ['en', EN_PESKOV, '"The talks in Riyadh were constructive and useful,"'],
    ['ar', AR_PESKOV, '"المحادثات في الرياض كانت بناءة ومفيدة"'],
    ['ru', RU_PESKOV, '«Переговоры в Эр-Рияде были конструктивными и полезными»'],
  ])('%s: the statement, its speaker, article and context', async (lang, text, quote) => {
    const res = await post({ text, source: `Wire ${lang}`, title: `Talks (${lang})`, url: `https://example.com/store/${lang}`, publishedAt: '2025-03-07T09:00:00Z' });
    const items = await statementsOf(res.body.id);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      text: quote, type: 'direct', language: lang, date: '2025-03-07T09:00:00.000Z', context: text,
      speaker: { slug: 'dmitry-peskov', name: 'Dmitry Peskov', registered: true },
      extractedSpeakerName: 'Dmitry Peskov', sieve: expect.any(String), confidence: expect.any(Number),
      article: { id: res.body.id, title: `Talks (${lang})`, source: `Wire ${lang}`, url: `https://example.com/store/${lang}`, date: '2025-03-07T09:00:00.000Z' },
      humanCorrected: false, markedWrong: false,
    });
    expect(text.slice(items[0].span.start, items[0].span.end)).toBe(quote);
    expect(text.slice(items[0].mention.start, items[0].mention.end)).toBe(items[0].mention.text);
    const [row] = await db.query('SELECT normalized_text, tsv IS NOT NULL AS has_tsv, pipeline_version FROM statements WHERE id = $1', [items[0].id]);
    expect(row.has_tsv).toBe(true);
    expect(row.normalized_text).not.toMatch(/["«»,]/);
    expect(row.pipeline_version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('dates a statement by the ingest time when the article has no date', async () => {
    const res = await post({ text: 'Peskov said the delegation would travel to Istanbul next week.' });
    const [item] = await statementsOf(res.body.id);
    expect(item.article.publishedAt).toBeNull();
    expect(item.date).toBe(res.body.article.createdAt);
  });

  it('stores an unregistered speaker once, marked as discovered', async () => {
    const first = await post({ text: EN_UNREGISTERED, source: 'Port Gazette' });
    const second = await post({ text: 'Olek Brandvold said the southern pier would stay closed until June.' });
    const [a] = await statementsOf(first.body.id);
    const [b] = await statementsOf(second.body.id);
    expect(a.speaker).toMatchObject({ name: 'Olek Brandvold', registered: false, slug: 'olek-brandvold' });
    expect(b.speaker.id).toBe(a.speaker.id);
    const found = await request(t.http).get('/speakers').query({ q: 'brandvold', origin: 'discovered' }).expect(200);
    expect(found.body.items.map((s: { id: string }) => s.id)).toEqual([a.speaker.id]);
    expect(found.body.items[0]).toMatchObject({ origin: 'discovered', registered: false });
  });

  it('an article whose statements fail to store is not stored either', async () => {
    const statements = t.app.get(StatementsService);
    let fail = true;
    statements.onStatementsStored(async () => {
      if (fail) throw new Error('simulated failure while storing statements');
    });
    try {
      await request(t.http).post('/articles').send({ text: 'Peskov said the exchange of prisoners was agreed.', source: 'Rollback Wire' }).expect(500);
    } finally {
      fail = false;
    }
    const listed = await request(t.http).get('/articles').query({ source: 'Rollback Wire' }).expect(200);
    expect(listed.body.items).toEqual([]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM statements WHERE source = 'Rollback Wire'`);
    expect(n).toBe(0);
  });
});
