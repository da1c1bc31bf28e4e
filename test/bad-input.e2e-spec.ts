// Bad input gets a 4xx `{code, message, details}` naming the field, never a 500; nothing is half-written.
import request from 'supertest';
import { ArticlesService } from '../src/modules/articles/articles.service';
import { startTestApp, type TestApp } from './support/test-app';

const LIMIT = 2000;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ maxTextBytes: LIMIT, maxRequestBytes: 64 * 1024 });
});
afterAll(async () => {
  await t?.close();
});

const post = (body: unknown) => request(t.http).post('/articles').send(body as object);

function fieldsOf(body: { details?: { field: string }[] }): string[] {
  return (body.details ?? []).map((d) => d.field);
}

describe('validation errors name the field', () => {
  it.each<[string, string, unknown]>([
    ['empty text', 'text', { text: '' }],
    ['whitespace text', 'text', { text: ' \n\t ' }],
    ['whitespace page', 'page', { page: '   ' }],
    ['neither text nor page', 'text', { title: 'Only a title' }],
    ['both text and page', 'text', { text: 'An article.', page: 'A page.' }],
    ['text not a string', 'text', { text: 42 }],
    ['unknown field', 'author', { text: 'An article about ports.', author: 'someone' }],
    ['impossible date', 'publishedAt', { text: 'An article about ports.', publishedAt: '2025-02-30' }],
    ['not a date', 'publishedAt', { text: 'An article about ports.', publishedAt: 'yesterday' }],
    ['unknown language', 'language', { text: 'An article about ports.', language: 'fr' }],
    ['url without scheme', 'url', { text: 'An article about ports.', url: 'example.com/a' }],
    ['tags not an array', 'tags', { text: 'An article about ports.', tags: 'ports' }],
    ['blank title', 'title', { text: 'An article about ports.', title: '  ' }],
  ])('%s → 400 VALIDATION_FAILED naming %s', async (_name, field, body) => {
    const res = await post(body).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.body.message).toContain(field);
    expect(fieldsOf(res.body)).toContain(field);
  });

  it('text of punctuation only → 400 EMPTY_CONTENT', async () => {
    const res = await post({ text: '... !!! «»' }).expect(400);
    expect(res.body).toMatchObject({ code: 'EMPTY_CONTENT', details: [{ field: 'text' }] });
  });

  it('a JSON body that is not an object → 400', async () => {
    const res = await request(t.http).post('/articles').set('content-type', 'application/json').send('"just a string"').expect(400);
    expect(res.body.code).toBeDefined();
  });

  it('invalid query parameters → 400 naming them', async () => {
    const bad = await request(t.http).get('/articles').query({ language: 'xx', limit: 0, publishedFrom: 'soon', sort: 'x' }).expect(400);
    expect(fieldsOf(bad.body)).toEqual(expect.arrayContaining(['language', 'limit', 'publishedFrom', 'sort']));
    const cursor = await request(t.http).get('/articles').query({ cursor: 'not-a-cursor' }).expect(400);
    expect(cursor.body).toMatchObject({ code: 'INVALID_CURSOR', details: [{ field: 'cursor' }] });
    const range = await request(t.http).get('/articles').query({ publishedFrom: '2025-05-01', publishedTo: '2025-04-01' }).expect(400);
    expect(range.body.code).toBe('INVALID_DATE_RANGE');
    const id = await request(t.http).get('/articles/12').expect(400);
    expect(id.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'id' }] });
  });
});

describe('size, content type and syntax', () => {
  it('text over the configured limit → 413 TEXT_TOO_LARGE naming the field', async () => {
    const res = await post({ text: 'ب'.repeat(LIMIT) }).expect(413); // 2 bytes per Arabic letter
    expect(res.body).toMatchObject({ code: 'TEXT_TOO_LARGE', details: [{ field: 'text' }] });
    const page = await post({ page: 'x'.repeat(LIMIT + 1) }).expect(413);
    expect(page.body).toMatchObject({ code: 'TEXT_TOO_LARGE', details: [{ field: 'page' }] });
    await post({ text: 'x'.repeat(LIMIT) }).expect(201);
  });

  it('a body over the request limit → 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post({ text: 'x'.repeat(100 * 1024) }).expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('malformed JSON → 400 MALFORMED_JSON', async () => {
    const res = await request(t.http).post('/articles').set('content-type', 'application/json').send('{"text": "unterminated').expect(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/x-ndjson'])('Content-Type %s → 415', async (type) => {
    const res = await request(t.http).post('/articles').set('content-type', type).send('text=hello').expect(415);
    expect(res.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('no Content-Type → 415', async () => {
    const res = await request(t.http).post('/articles').expect(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('nothing half-written', () => {
  it('a failure while storing a page rolls back the page article too, and is a generic 500', async () => {
    const articles = t.app.get(ArticlesService);
    articles.onArticleCreated(async (article) => {
      if (article.body.includes('سطر يفشل')) throw new Error('simulated failure after the insert');
    });
    const page = ['عنوان الصفحة المؤقتة', 'نص الصفحة الأولى عن الموانئ.', 'اقرأ أيضا:', 'عنوان مرتبط', 'سطر يفشل عند الحفظ.'].join('\n');
    const res = await post({ page }).expect(500);
    expect(res.body).toEqual({ code: 'INTERNAL_ERROR', message: expect.any(String) });
    expect(res.body.message).not.toContain('simulated');
    const listed = await request(t.http).get('/articles').query({ limit: 100 }).expect(200);
    expect(listed.body.items.map((a: { title: string | null }) => a.title)).not.toContain('عنوان الصفحة المؤقتة');
  });
});
