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

describe('analyst corrections: PATCH /statements/:id', () => {
  let id: string;
  beforeAll(async () => {
    const res = await post({ text: 'Peskov said the ferry line to the islands would resume in summer.', source: 'Correction Wire', publishedAt: '2025-05-02' });
    [{ id }] = await statementsOf(res.body.id);
  });
  const patch = (body: object, sid = id) => request(t.http).patch(`/statements/${sid}`).send(body);

  it('re-attributes to another speaker by slug, marking the statement human-corrected', async () => {
    const res = await patch({ speakerId: 'karoline-leavitt', note: 'the quote is hers' }).expect(200);
    expect(res.body).toMatchObject({
      speaker: { slug: 'karoline-leavitt' }, extractedSpeakerName: 'Dmitry Peskov', humanCorrected: true, correctionNote: 'the quote is hers',
    });
    expect(res.body.correctedAt).toEqual(expect.any(String));
    const hers = await request(t.http).get('/statements').query({ speakers: 'karoline-leavitt', source: 'Correction Wire' }).expect(200);
    expect(hers.body.items.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('re-attributes to nobody', async () => {
    expect((await patch({ speakerId: null }).expect(200)).body.speaker).toBeNull();
  });

  it('marks wrong: hidden from queries unless includeWrong, still readable by id; and restores', async () => {
    await patch({ markedWrong: true }).expect(200);
    expect((await request(t.http).get('/statements').query({ source: 'Correction Wire' }).expect(200)).body.items).toEqual([]);
    const all = await request(t.http).get('/statements').query({ source: 'Correction Wire', includeWrong: true }).expect(200);
    expect(all.body.items).toHaveLength(1);
    expect((await request(t.http).get(`/statements/${id}`).expect(200)).body.markedWrong).toBe(true);
    await patch({ markedWrong: false, speakerId: 'dmitry-peskov' }).expect(200);
    expect((await request(t.http).get('/statements').query({ source: 'Correction Wire' }).expect(200)).body.items).toHaveLength(1);
  });

  it.each([
    [{}, 400, 'EMPTY_CORRECTION'],
    [{ note: 'only a note' }, 400, 'EMPTY_CORRECTION'],
    [{ markedWrong: 'yes' }, 400, 'VALIDATION_FAILED'],
    [{ speakerId: 'bad slug!' }, 400, 'VALIDATION_FAILED'],
    [{ speakerId: 'dmitry-peskov', confidence: 1 }, 400, 'VALIDATION_FAILED'],
    [{ speakerId: 'nobody-at-all' }, 404, 'SPEAKER_NOT_FOUND'],
  ])('%j → %i %s', async (body, status, code) => {
    expect((await patch(body).expect(status)).body.code).toBe(code);
  });

  it('404s an unknown statement; 400s a non-uuid; 415s a non-JSON body', async () => {
    expect((await patch({ markedWrong: true }, '00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('STATEMENT_NOT_FOUND');
    expect((await patch({ markedWrong: true }, 'abc').expect(400)).body.code).toBe('VALIDATION_FAILED');
    const res = await request(t.http).patch(`/statements/${id}`).set('content-type', 'text/plain').send('markedWrong').expect(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('speakers created, named and merged by analysts', () => {
  it('POST /speakers with aliases in three scripts; found by any of them', async () => {
    const res = await request(t.http).post('/speakers')
      .send({ name: 'Ilse Varnhagen', gender: 'f', wikidata: 'Q99999991', aliases: ['Ильзе Варнхаген', 'إلزه فارنهاغن'] }).expect(201);
    expect(res.body).toMatchObject({ slug: 'ilse-varnhagen', origin: 'analyst', registered: false, kind: 'person', gender: 'f', mergedInto: null });
    expect(res.body.aliases.map((a: { alias: string }) => a.alias).sort()).toEqual(['Ilse Varnhagen', 'Ильзе Варнхаген', 'إلزه فارنهاغن'].sort());
    for (const q of ['варнхаген', 'فارنهاغن', 'varnhagen']) {
      expect((await request(t.http).get('/speakers').query({ q }).expect(200)).body.items[0].slug).toBe('ilse-varnhagen');
    }
  });

  it.each([
    [{ name: 'Ilse Varnhagen' }, 409, 'SPEAKER_SLUG_TAKEN'],
    [{}, 400, 'VALIDATION_FAILED'],
    [{ name: '   ' }, 400, 'VALIDATION_FAILED'],
    [{ name: 'X', wikidata: 'Douglas Adams' }, 400, 'VALIDATION_FAILED'],
    [{ name: 'X', slug: 'Upper Case' }, 400, 'VALIDATION_FAILED'],
    [{ name: 'X', kind: 'robot' }, 400, 'VALIDATION_FAILED'],
    [{ name: 'X', title: 'Dr' }, 400, 'VALIDATION_FAILED'],
  ])('POST /speakers %j → %i %s', async (body, status, code) => {
    expect((await request(t.http).post('/speakers').send(body).expect(status)).body.code).toBe(code);
  });

  it('POST /speakers/:id/aliases adds new aliases and skips known ones; 404 and 400', async () => {
    const res = await request(t.http).post('/speakers/ilse-varnhagen/aliases').send({ aliases: ['I. Varnhagen', 'ilse varnhagen'] }).expect(201);
    expect(res.body.aliases.filter((a: { alias: string }) => /varnhagen/i.test(a.alias))).toHaveLength(2);
    expect((await request(t.http).post('/speakers/nobody-at-all/aliases').send({ aliases: ['x'] }).expect(404)).body.code).toBe('SPEAKER_NOT_FOUND');
    expect((await request(t.http).post('/speakers/ilse-varnhagen/aliases').send({ aliases: [] }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('POST /speakers/:id/merge moves statements and aliases, keeps the merged speaker as history', async () => {
    await post({ text: 'Inspector Tavi Halloran said the inquiry into the harbour fire would end in June.', source: 'Merge Wire' });
    await post({ text: 'Tavi Halloran said: "The inquiry found no sign of arson."', source: 'Merge Wire' });
    const target = await request(t.http).post('/speakers').send({ name: 'Tavita Halloran', aliases: ['Тавита Халлоран'] }).expect(201);
    const before = await request(t.http).get('/speakers/tavi-halloran').expect(200);
    expect(before.body).toMatchObject({ origin: 'discovered', counts: { statements: 2 } });

    const res = await request(t.http).post('/speakers/tavi-halloran/merge').send({ into: 'tavita-halloran', note: 'same person' }).expect(200);
    expect(res.body.merge).toMatchObject({
      from: { slug: 'tavi-halloran' }, into: { slug: 'tavita-halloran' }, statementsMoved: 2, aliasesMoved: 1, note: 'same person',
    });
    expect(res.body.into.aliases.map((a: { alias: string }) => a.alias)).toEqual(expect.arrayContaining(['Tavi Halloran', 'Тавита Халлоран']));

    const merged = await request(t.http).get('/speakers/tavi-halloran').expect(200);
    expect(merged.body).toMatchObject({ mergedInto: { id: target.body.id, slug: 'tavita-halloran' }, counts: { statements: 0 } });
    expect(merged.body.merges).toHaveLength(1);
    const after = await request(t.http).get('/speakers/tavita-halloran').expect(200);
    expect(after.body.counts.statements).toBe(2);
    // Filters and search follow the merge; a later article naming the old name goes to the target.
    const listed = await request(t.http).get('/statements').query({ speakers: 'tavi-halloran' }).expect(200);
    expect(listed.body.items.map((s: { speaker: { slug: string } }) => s.speaker.slug)).toEqual(['tavita-halloran', 'tavita-halloran']);
    const found = await request(t.http).get('/speakers').query({ q: 'Tavi Halloran' }).expect(200);
    expect(found.body.items.map((s: { slug: string }) => s.slug)).toEqual(['tavita-halloran']);
    const later = await post({ text: 'Tavi Halloran said the report would be published next week.', source: 'Merge Wire' });
    expect((await statementsOf(later.body.id))[0].speaker.slug).toBe('tavita-halloran');
  });

  it('merge errors: into itself 400, twice 409, unknown 404, missing target 400', async () => {
    const merge = (from: string, body: object) => request(t.http).post(`/speakers/${from}/merge`).send(body);
    expect((await merge('ilse-varnhagen', { into: 'ilse-varnhagen' }).expect(400)).body.code).toBe('SPEAKER_MERGE_INTO_SELF');
    expect((await merge('tavi-halloran', { into: 'ilse-varnhagen' }).expect(409)).body.code).toBe('SPEAKER_ALREADY_MERGED');
    expect((await merge('ilse-varnhagen', { into: 'tavi-halloran' }).expect(409)).body.code).toBe('SPEAKER_ALREADY_MERGED');
    expect((await merge('nobody-at-all', { into: 'ilse-varnhagen' }).expect(404)).body.code).toBe('SPEAKER_NOT_FOUND');
    expect((await merge('ilse-varnhagen', { into: 'nobody-at-all' }).expect(404)).body.code).toBe('SPEAKER_NOT_FOUND');
    expect((await merge('ilse-varnhagen', {}).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });
});

describe('reprocessing', () => {
  let articleId: string;
  let corrected: string;
  let machine: string;
  beforeAll(async () => {
    const text = 'Peskov said the ferry timetable was agreed. Leavitt said the president would visit the port in May.';
    const res = await post({ text, source: 'Reprocess Wire', publishedAt: '2025-06-01' });
    articleId = res.body.id;
    const items = await statementsOf(articleId);
    expect(items).toHaveLength(2);
    [corrected, machine] = [items.find((s: { speaker: { slug: string } }) => s.speaker.slug === 'dmitry-peskov').id, items.find((s: { speaker: { slug: string } }) => s.speaker.slug === 'karoline-leavitt').id];
    await request(t.http).patch(`/statements/${corrected}`).send({ speakerId: 'ilse-varnhagen' }).expect(200);
  });

  it('re-extracts articles of an older pipeline version, keeping human corrections; a second run finds nothing to do', async () => {
    // As if an older pipeline had extracted this article, with another speaker for both statements.
    await db.query(`UPDATE article_extractions SET pipeline_version = '0.0.1' WHERE article_id = $1`, [articleId]);
    await db.query(`UPDATE statements SET pipeline_version = '0.0.1', speaker_id = NULL WHERE article_id = $1`, [articleId]);
    const statements = t.app.get(StatementsService);
    const result = await statements.reprocess({});
    expect(result).toMatchObject({ articles: 1, added: 0, removed: 0, updated: 2 });
    const byId = async (id: string) => (await request(t.http).get(`/statements/${id}`).expect(200)).body;
    expect(await byId(machine)).toMatchObject({ speaker: { slug: 'karoline-leavitt' }, humanCorrected: false });
    // The correction set the speaker; the simulated old extraction's NULL was overwritten only on the machine one.
    expect((await byId(corrected)).speaker).toBeNull();
    expect((await byId(corrected)).pipelineVersion).toBe((await byId(machine)).pipelineVersion);
    expect(await statements.reprocess({})).toMatchObject({ articles: 0 });
  });

  it('--all is idempotent, and never overwrites a correction', async () => {
    await request(t.http).patch(`/statements/${corrected}`).send({ speakerId: 'ilse-varnhagen' }).expect(200);
    const statements = t.app.get(StatementsService);
    const first = await statements.reprocess({ all: true });
    expect(first).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect((await request(t.http).get(`/statements/${corrected}`).expect(200)).body.speaker.slug).toBe('ilse-varnhagen');
  });

  it('a corrected statement the pipeline no longer finds is kept; an uncorrected one is replaced', async () => {
    // Shift both spans by one character, as if an older pipeline had cut them differently.
    await db.query('UPDATE statements SET span_start = span_start + 1 WHERE article_id = $1', [articleId]);
    const result = await t.app.get(StatementsService).reprocess({ since: new Date('2000-01-01') });
    expect(result).toMatchObject({ added: 2, removed: 1, keptCorrected: 1 });
    const items = (await request(t.http).get('/statements').query({ article: articleId, limit: 5 }).expect(200)).body.items;
    expect(items).toHaveLength(3);
    expect(items.map((s: { id: string }) => s.id)).toContain(corrected);
    expect(items.map((s: { id: string }) => s.id)).not.toContain(machine);
  });
});
