// The statements store at scale, on PostgreSQL: bulk-loads generated statements (our own templates in
// Arabic, English and Russian; thousands of speakers; three years of dates) up to each size, then at each
// size measures (1) ingest through the real path — article + pipeline + statements + cluster linking in one
// transaction — and the cluster-linking cost per statement, and (2) p50/p95 latency of the who-said-what,
// timeline, comparison and cluster queries. Reports; asserts nothing.
//
// Run: npm run bench:store [-- --sizes 100000,1000000 --articles 2000 --runs 200 --concurrency 4 --keep --profile
//      --span fixed|growing --per-day 913]
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) gets a fresh schema, dropped afterwards.

import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Lang } from '../src/pipeline';

// The compiled application (`npm run build`, run by the npm script): the code Qawl ships. Everything comes
// from dist, so that Nest's providers are the same classes the bench asks the container for.
/* eslint-disable @typescript-eslint/no-require-imports */
const { AppModule } = require('../dist/app.module') as typeof import('../src/app.module');
const { StructuredLogger } = require('../dist/common/logging/structured-logger') as typeof import('../src/common/logging/structured-logger');
const { loadConfig } = require('../dist/config') as typeof import('../src/config');
const { AnalyticsService } = require('../dist/modules/analytics/analytics.service') as typeof import('../src/modules/analytics/analytics.service');
const { ArticlesService } = require('../dist/modules/articles/articles.service') as typeof import('../src/modules/articles/articles.service');
const { ComparisonService } = require('../dist/modules/comparison/comparison.service') as typeof import('../src/modules/comparison/comparison.service');
const { IngestionService } = require('../dist/modules/ingestion/ingestion.service') as typeof import('../src/modules/ingestion/ingestion.service');
const { lshBands } = require('../dist/modules/comparison/minhash') as typeof import('../src/modules/comparison/minhash');
const { SpeakersService } = require('../dist/modules/speakers/speakers.service') as typeof import('../src/modules/speakers/speakers.service');
const { textHashOf, StatementsService } = require('../dist/modules/statements/statements.service') as typeof import('../src/modules/statements/statements.service');
const { defaultRegistry, extract, normalizeText, PIPELINE_VERSION } = require('../dist/pipeline') as typeof import('../src/pipeline');
/* eslint-enable @typescript-eslint/no-require-imports */

// Issue goals, reported against, never asserted.
const GOAL_ARTICLES_PER_S = 500;
const GOAL_TIMELINE_P95_MS = 20;
const GOAL_SEARCH_P95_MS = 50;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const SIZES = arg('sizes', '100000,1000000').split(',').map(Number).filter((n) => n > 0).sort((a, b) => a - b);
const ARTICLES = Number(arg('articles', '2000'));
const RUNS = Number(arg('runs', '200'));
const CONCURRENCY = Number(arg('concurrency', '4'));
const KEEP = process.argv.includes('--keep');
/** --profile: per ingest run, the SQL statements' round-trip time (send to result, at the client), grouped by text. */
const PROFILE = process.argv.includes('--profile');
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BULK_BATCH = 5000;
/** Items per POST /articles/batch request in the batch ingest run (MAX_BATCH_ITEMS allows up to 1000 by default). */
const BATCH_REQUEST = 100;

// ---------------------------------------------------------------------------------------------------------
// Deterministic generation

let seed = 0x5eed;
function rand(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
/** Skewed towards the start: a few speakers say most things. */
const pickSkewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * rand() ** 3)];

interface Templates {
  /** Syllables of made-up names (people, places, firms), so that statements differ like real ones do. */
  syllables: string[];
  subjects: string[];
  verbs: string[];
  topics: string[];
  qualifiers: string[];
  within: (n: number) => string;
  join: (topic: string, a: string, b: string) => string;
}

const TEMPLATES: Record<Lang, Templates> = {
  en: {
    syllables: ['ka', 'ri', 'mo', 'len', 'tar', 'vi', 'so', 'dan', 'el', 'na', 'gor', 'pa', 'lu', 'ber', 'shi', 'tov'],
    subjects: ['Moscow', 'The government', 'The delegation', 'Our country', 'The administration', 'The ministry', 'Our partners', 'Both sides'],
    verbs: ['is ready to discuss', 'refuses to postpone', 'hopes to resume', 'will keep studying', 'will not accept limits on', 'calls for expanding', 'intends to review', 'wants to finish'],
    topics: ['the grain corridor', 'the gas transit contract', 'the prisoner exchange', 'sanctions relief', 'the ceasefire terms', 'the port agreement', 'the energy tariffs', 'the border checkpoints', 'the nuclear talks', 'the fisheries quota', 'the pipeline repairs', 'the visa regime', 'the trade deficit', 'the refugee return plan', 'the arms control treaty'],
    qualifiers: ['next week', 'before the summit', 'in the coming months', 'without preconditions', 'only on fair terms', 'as soon as possible', 'after the elections', 'with the European partners', 'in Geneva', 'before the end of the year'],
    within: (n) => `within ${n} days`,
    join: (topic, a, b) => `${topic} with ${a} and ${b}`,
  },
  ar: {
    syllables: ['كا', 'ري', 'مو', 'لين', 'تار', 'في', 'سو', 'دان', 'إل', 'نا', 'غور', 'با', 'لو', 'بير', 'شي', 'توف'],
    subjects: ['موسكو', 'الحكومة', 'الوفد', 'بلادنا', 'الرئاسة', 'الوزارة', 'شركاؤنا', 'الجانبان'],
    verbs: ['مستعدة لمناقشة', 'ترفض تأجيل', 'تأمل في استئناف', 'ستواصل بحث', 'لن تقبل تقييد', 'تدعو إلى توسيع', 'تنوي مراجعة', 'تريد إنهاء'],
    topics: ['ممر الحبوب', 'عقد نقل الغاز', 'تبادل الأسرى', 'تخفيف العقوبات', 'شروط وقف إطلاق النار', 'اتفاق الموانئ', 'تعريفات الطاقة', 'المعابر الحدودية', 'المحادثات النووية', 'حصص الصيد', 'إصلاح خط الأنابيب', 'نظام التأشيرات', 'العجز التجاري', 'خطة عودة اللاجئين', 'معاهدة الحد من التسلح'],
    qualifiers: ['الأسبوع المقبل', 'قبل القمة', 'في الأشهر المقبلة', 'دون شروط مسبقة', 'بشروط عادلة فقط', 'في أقرب وقت ممكن', 'بعد الانتخابات', 'مع الشركاء الأوروبيين', 'في جنيف', 'قبل نهاية العام'],
    within: (n) => `خلال ${n} يوما`,
    join: (topic, a, b) => `${topic} مع ${a} و${b}`,
  },
  ru: {
    syllables: ['ка', 'ри', 'мо', 'лен', 'тар', 'ви', 'со', 'дан', 'эл', 'на', 'гор', 'па', 'лу', 'бер', 'ши', 'тов'],
    subjects: ['Москва', 'Правительство', 'Делегация', 'Наша страна', 'Администрация', 'Министерство', 'Наши партнёры', 'Стороны'],
    verbs: ['готова обсудить', 'отказывается откладывать', 'надеется возобновить', 'продолжит изучать', 'не примет ограничений на', 'призывает расширить', 'намерена пересмотреть', 'хочет завершить'],
    topics: ['зерновой коридор', 'контракт на транзит газа', 'обмен пленными', 'смягчение санкций', 'условия прекращения огня', 'портовое соглашение', 'энерготарифы', 'пограничные пункты', 'ядерные переговоры', 'квоты на вылов рыбы', 'ремонт трубопровода', 'визовый режим', 'торговый дефицит', 'план возвращения беженцев', 'договор о контроле над вооружениями'],
    qualifiers: ['на следующей неделе', 'до саммита', 'в ближайшие месяцы', 'без предварительных условий', 'только на справедливых условиях', 'как можно скорее', 'после выборов', 'с европейскими партнёрами', 'в Женеве', 'до конца года'],
    within: (n) => `в течение ${n} дней`,
    join: (topic, a, b) => `${topic} с ${a} и ${b}`,
  },
};
const LANGS: Lang[] = ['ar', 'en', 'ru'];
const SEARCH_WORDS: Record<Lang, string[]> = {
  en: ['grain', 'gas transit', 'sanctions', 'ceasefire', 'visa', '"prisoner exchange"', 'pipeline repairs'],
  ar: ['الحبوب', 'الغاز', 'العقوبات', 'التأشيرات', 'الأسرى', 'خط الأنابيب'],
  ru: ['зерновой', 'транзит газа', 'санкций', 'визовый', 'пленными', 'трубопровода'],
};
const SOURCES = Array.from({ length: 60 }, (_, i) => `Outlet ${String(i + 1).padStart(2, '0')}`);
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = 3 * 365;
/**
 * --span fixed (default): every size fills the same three years, so the statements per day (and per linking
 * window) grow with the store. --span growing: a store that grows at a steady news rate, --per-day statements a
 * day (default: the fixed mode's rate at 1M, so the two modes meet there); each bulk load adds the days after
 * those already loaded, and a size of N statements spans N / per-day days.
 */
const SPAN = arg('span', 'fixed');
if (SPAN !== 'fixed' && SPAN !== 'growing') throw new Error(`--span must be fixed or growing, not ${SPAN}`);
const PER_DAY = Number(arg('per-day', String(Math.round(1_000_000 / SPAN_DAYS))));
/** Days a store of `size` statements spans. */
const spanDaysAt = (size: number) => (SPAN === 'fixed' ? SPAN_DAYS : Math.max(1, size / PER_DAY));
/** The store's current span in days (set for each size); articles ingested and query ranges fall within it. */
let spanDays = SPAN_DAYS;

function madeUpName(t: Templates): string {
  const word = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(t.syllables)).join('');
  return t === TEMPLATES.en ? word[0].toUpperCase() + word.slice(1) : t === TEMPLATES.ru ? word[0].toUpperCase() + word.slice(1) : word;
}

function sentence(lang: Lang): string {
  const t = TEMPLATES[lang];
  const topic = t.join(pick(t.topics), madeUpName(t), madeUpName(t));
  return `${pick(t.subjects)} ${pick(t.verbs)} ${topic} ${pick(t.qualifiers)} ${t.within(2 + Math.floor(rand() * 89))}`;
}

interface BenchSpeaker {
  id: string;
  slug: string;
  name: string;
  /** How the speaker is written in each language (registry aliases by script). */
  names: Record<Lang, string>;
}

// ---------------------------------------------------------------------------------------------------------
// Bulk load: statements (and their articles) straight into the tables, indexes and trigger live.

async function bulkLoad(ds: DataSource, speakers: BenchSpeaker[], loaded: number, count: number): Promise<{ ms: number; statements: number }> {
  const started = performance.now();
  // Fixed span: the same three years every time. Growing span: the days after those already loaded.
  const fromDay = SPAN === 'fixed' ? 0 : spanDaysAt(loaded);
  const days = spanDaysAt(loaded + count) - fromDay;
  let done = 0;
  while (done < count) {
    const n = Math.min(BULK_BATCH, count - done);
    const articles = { id: [] as string[], source: [] as string[], title: [] as string[], language: [] as string[], at: [] as Date[], body: [] as string[], hash: [] as string[] };
    const st = {
      article: [] as string[], speaker: [] as string[], name: [] as string[], type: [] as string[], start: [] as number[], end: [] as number[],
      text: [] as string[], norm: [] as string[], hash: [] as string[], language: [] as string[], source: [] as string[], at: [] as Date[],
      confidence: [] as number[], sieve: [] as string[], bands: [] as string[],
    };
    // Three statements per article.
    for (let i = 0; i < n; i += 3) {
      const lang = pick(LANGS);
      const id = randomUUID();
      const source = pick(SOURCES);
      const at = new Date(START + Math.floor((fromDay + rand() * days) * DAY));
      const parts: string[] = [];
      let body = '';
      const k = Math.min(3, n - i);
      for (let j = 0; j < k; j++) {
        const speaker = pickSkewed(speakers);
        const quoted = `"${sentence(lang)}"`;
        const lead = `${speaker.names[lang]}: `;
        const start = body.length + lead.length;
        body += `${lead}${quoted}\n`;
        parts.push(quoted);
        const norm = normalizeText(quoted);
        st.article.push(id); st.speaker.push(speaker.id); st.name.push(speaker.name); st.type.push(rand() < 0.6 ? 'direct' : 'indirect');
        st.start.push(start); st.end.push(start + quoted.length); st.text.push(quoted); st.norm.push(norm); st.hash.push(textHashOf(norm));
        st.language.push(lang); st.source.push(source); st.at.push(at); st.confidence.push(0.6 + Math.round(rand() * 35) / 100);
        st.sieve.push(pick(['named-subject', 'apposition', 'role-title', 'gender-agreement']));
        st.bands.push(`{${lshBands(norm).join(',')}}`);
      }
      articles.id.push(id); articles.source.push(source); articles.title.push(parts[0].slice(1, 60)); articles.language.push(lang);
      articles.at.push(at); articles.body.push(body); articles.hash.push(createHash('sha256').update(id).digest('hex'));
    }
    await ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO articles (id, source, title, language, published_at, body, content_hash)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::varchar[], $5::timestamptz[], $6::text[], $7::char(64)[])`,
        [articles.id, articles.source, articles.title, articles.language, articles.at, articles.body, articles.hash],
      );
      await m.query(
        `INSERT INTO article_extractions (article_id, pipeline_version, statement_count, extracted_at)
         SELECT unnest($1::uuid[]), $2, 3, now()`, [articles.id, PIPELINE_VERSION],
      );
      // Statements and their LSH signatures (band keys by period, speaker), as the application stores them.
      await m.query(
        `WITH x AS (
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::int[], $8::int[], $9::text[],
             $10::text[], $11::char(32)[], $12::varchar[], $13::text[], $14::timestamptz[], $16::text[])
             AS x(a, s, nm, sv, c, ty, b, e, tx, nt, h, l, so, at, bands)
         ), ins AS (
           INSERT INTO statements (article_id, speaker_id, speaker_name, mention_kind, sieve, confidence, type, span_start, span_end,
             text, normalized_text, text_hash, context, language, source, stated_at, pipeline_version)
           SELECT a, s, nm, 'name', sv, c, ty, b, e, tx, nt, h, tx, l, so, at, $15 FROM x
           RETURNING id, article_id, span_start, stated_at, speaker_id
         )
         INSERT INTO statement_signatures (statement_id, bands, stated_at, speaker_id)
         SELECT ins.id, statement_band_keys(x.bands::int[], ins.stated_at, ins.stated_at), ins.stated_at, ins.speaker_id
         FROM ins JOIN x ON x.a = ins.article_id AND x.b = ins.span_start`,
        [st.article, st.speaker, st.name, st.sieve, st.confidence, st.type, st.start, st.end, st.text, st.norm, st.hash, st.language, st.source, st.at, PIPELINE_VERSION, st.bands],
      );
    });
    done += n;
    process.stderr.write(`\r  bulk load ${done}/${count}`);
  }
  process.stderr.write('\n');
  return { ms: performance.now() - started, statements: count };
}

// ---------------------------------------------------------------------------------------------------------
// --profile: node-postgres' Client.query wrapped, so that every statement the application sends is timed from
// the call to its result (server time plus the round trip, and any wait of the client's event loop), grouped by
// the first 80 characters of its text. pg_stat_statements would give the server's side only, and needs
// shared_preload_libraries.

const sqlTimes = new Map<string, { n: number; ms: number }>();
let sqlTiming = false;
if (PROFILE) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Client } = require('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
  const query = Client.prototype.query;
  Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const result = query.apply(this, args);
    if (sqlTiming && result instanceof Promise) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text: string }).text;
      const key = text.replace(/\s+/g, ' ').trim().slice(0, 80);
      const t0 = performance.now();
      result.then(() => {
        const e = sqlTimes.get(key) ?? { n: 0, ms: 0 };
        e.n++;
        e.ms += performance.now() - t0;
        sqlTimes.set(key, e);
      }, () => undefined);
    }
    return result;
  };
}

/** The SQL profile of one ingest run (see --profile), to stderr: the statements taking most time, per article. */
function reportSql(title: string, articles: number, wallMs: number): void {
  const rows = [...sqlTimes].sort((a, b) => b[1].ms - a[1].ms);
  sqlTimes.clear();
  const total = rows.reduce((n, [, e]) => n + e.ms, 0);
  process.stderr.write(`  SQL profile, ${title}: ${(wallMs / articles).toFixed(2)} ms per article, of which waiting for SQL ${(total / articles).toFixed(2)}\n`);
  for (const [key, e] of rows.slice(0, 12)) {
    process.stderr.write(`    ${(e.ms / articles).toFixed(3).padStart(7)} ms/article ${String(e.n).padStart(6)}× ${(e.ms / e.n).toFixed(2).padStart(7)} ms  ${key}\n`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Ingest through the application: what POST /articles does, with the pipeline and cluster linking.

interface Quote {
  lang: Lang;
  speaker: BenchSpeaker;
  text: string;
  at: number;
}

function articleText(lang: Lang, a: BenchSpeaker, b: BenchSpeaker, q1: string, q2: string, n: number): string {
  switch (lang) {
    case 'en':
      return `${a.names.en} said: "${q1}." ${b.names.en} said that ${q2}. The meeting lasted ${n} hours.`;
    case 'ar':
      return `وقال ${a.names.ar}: "${q1}". وقال ${b.names.ar} إن ${q2}. واستمر الاجتماع ${n} ساعات.`;
    case 'ru':
      return `${a.names.ru} заявил: «${q1}». ${b.names.ru} заявил, что ${q2}. Встреча длилась ${n} часов.`;
  }
}

/** Another outlet reporting a quote: other quote marks, or cut before its qualifier. */
function reReport(q: Quote): string {
  return rand() < 0.5 ? q.text : q.text.split(' ').slice(0, -4).join(' ');
}

/**
 * `via: 'service'`: each article a call of ArticlesService.ingest (POST /articles), `concurrency` at a time.
 * `via: 'batch'`: IngestionService.ingestItems (POST /articles/batch, `qawl ingest`), requests of BATCH_REQUEST
 * items one after the other, as one client uploading a feed.
 */
async function ingestArticles(app: INestApplicationContext, speakers: BenchSpeaker[], count: number, concurrency: number, via: 'service' | 'batch' = 'service') {
  const articles = app.get(ArticlesService);
  const comparison = app.get(ComparisonService);
  // Bench instrumentation: time each call of the cluster linker (one per article transaction).
  const linkMs: number[] = [];
  let linked = 0;
  const link = comparison.link.bind(comparison);
  comparison.link = async (manager, statements) => {
    const t0 = performance.now();
    await link(manager, statements);
    linkMs.push((performance.now() - t0) / Math.max(1, statements.length));
    linked += statements.length;
  };
  const recent: Quote[] = [];
  const jobs = Array.from({ length: count }, (_, i) => {
    const lang = pick(LANGS);
    const reuse = recent.length > 0 && rand() < 0.3 ? pick(recent.filter((q) => q.lang === lang).slice(-200)) : undefined;
    const a = reuse?.speaker ?? pickSkewed(speakers);
    const b = pickSkewed(speakers);
    const q1 = reuse ? reReport(reuse) : sentence(lang);
    const at = reuse ? reuse.at + Math.floor(rand() * 3 * DAY) : START + Math.floor(rand() * spanDays * DAY);
    if (!reuse) recent.push({ lang, speaker: a, text: q1, at });
    return {
      text: articleText(lang, a, b, q1, sentence(lang), i),
      language: lang,
      source: pick(SOURCES),
      publishedAt: new Date(at).toISOString(),
    };
  });
  sqlTimes.clear();
  sqlTiming = PROFILE;
  const started = performance.now();
  let next = 0;
  let stored = 0;
  if (via === 'batch') {
    const ingestion = app.get(IngestionService);
    for (let from = 0; from < jobs.length; from += BATCH_REQUEST) {
      const items = jobs.slice(from, from + BATCH_REQUEST).map((value, k) => ({ where: `[${from + k}]`, value }));
      stored += (await ingestion.ingestItems(items)).summary.ingested;
    }
  } else {
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const r = await articles.ingest(job);
        if (!r.duplicate) stored++;
      }
    }));
  }
  const ms = performance.now() - started;
  sqlTiming = false;
  if (PROFILE) reportSql(via === 'batch' ? 'batch path' : `concurrency ${concurrency}`, Math.max(1, stored), ms);
  comparison.link = link;
  // The same texts through the pipeline alone: the share of the time that is extraction (CPU), not the store.
  const t0 = performance.now();
  for (const job of jobs) extract({ text: job.text, lang: job.language, publishedAt: job.publishedAt });
  const extractMs = performance.now() - t0;
  return {
    articles: stored, ms, perSecond: stored / (ms / 1000), extractOnlyPerSecond: jobs.length / (extractMs / 1000),
    linkPerStatement: stats(linkMs), statementsLinked: linked,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Query latency

function stats(xs: number[]): { p50: number; p95: number; mean: number; n: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))] ?? NaN;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { p50: round(at(0.5)), p95: round(at(0.95)), mean: round(s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)), n: s.length };
}

async function timeQuery(run: () => Promise<unknown>): Promise<ReturnType<typeof stats>> {
  for (let i = 0; i < 10; i++) await run();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  return stats(ms);
}

function misspell(name: string): string {
  const i = 1 + Math.floor(rand() * (name.length - 2));
  return name.slice(0, i) + name.slice(i + 1);
}

async function queryLatencies(app: INestApplicationContext, speakers: BenchSpeaker[], ds: DataSource) {
  const sp = app.get(SpeakersService);
  const st = app.get(StatementsService);
  const an = app.get(AnalyticsService);
  const cmp = app.get(ComparisonService);
  const top = speakers.slice(0, 30);
  const clusterIds: string[] = (await ds.query('SELECT id FROM clusters ORDER BY random() LIMIT 200')).map((r: { id: string }) => r.id);
  const yearRange = () => {
    const from = new Date(START + Math.floor(rand() * Math.max(1, spanDays - 365)) * DAY);
    return { from: from.toISOString().slice(0, 10), to: new Date(from.getTime() + 365 * DAY).toISOString().slice(0, 10) };
  };
  const monthRange = () => {
    const from = new Date(START + Math.floor(rand() * Math.max(1, spanDays - 30)) * DAY);
    return { from: from.toISOString().slice(0, 10), to: new Date(from.getTime() + 30 * DAY).toISOString().slice(0, 10) };
  };
  const word = () => {
    const lang = pick(LANGS);
    return { lang, q: pick(SEARCH_WORDS[lang]) };
  };
  const queries: Record<string, () => Promise<unknown>> = {
    'GET /speakers?q= (alias, any script)': () => sp.search({ q: pick(LANGS.map((l) => pick(top).names[l])) }),
    'GET /speakers?q= (misspelt)': () => sp.search({ q: misspell(pick(top).names.en) }),
    'GET /statements?speakers=': () => st.list({ speakers: [pick(top).slug], limit: 20 }),
    'GET /statements?q= (text search)': () => st.list({ q: word().q, limit: 20 }),
    'GET /statements?q=&language= ': () => {
      const w = word();
      return st.list({ q: w.q, language: w.lang, limit: 20 });
    },
    'GET /statements?language&from&to&minConfidence': () => st.list({ language: pick(LANGS), ...monthRange(), minConfidence: 0.8, limit: 20 }),
    'GET /statements?source&type': () => st.list({ source: pick(SOURCES), type: ['direct'], limit: 20 }),
    'GET /statements?speakers=&q=': () => st.list({ speakers: [pick(top).slug], q: word().q, limit: 20 }),
    'GET /speakers/:id (profile)': () => an.speakerProfile(pick(top).slug),
    'GET /speakers/:id/timeline (1 year, week)': () => an.timeline(pick(top).slug, { ...yearRange(), bucket: 'week', limit: 20 }),
    'GET /speakers/:id/timeline?q= (1 year, week)': () => an.timeline(pick(top).slug, { ...yearRange(), bucket: 'week', q: word().q, limit: 20 }),
    'GET /compare?speakers=a,b&q=': () => {
      const a = Math.floor(rand() * top.length);
      const b = (a + 1 + Math.floor(rand() * (top.length - 1))) % top.length;
      return an.compare({ speakers: [top[a].slug, top[b].slug], q: word().q, limit: 20 });
    },
    'GET /clusters (by appearances)': () => cmp.list({ limit: 20 }),
    'GET /clusters?speaker=': () => cmp.list({ speaker: pick(top).slug, limit: 20 }),
    'GET /clusters/:id': () => (clusterIds.length ? cmp.findById(pick(clusterIds)) : Promise.resolve()),
  };
  const out: Record<string, ReturnType<typeof stats>> = {};
  for (const [name, run] of Object.entries(queries)) {
    out[name] = await timeQuery(run);
    process.stderr.write(`  ${name}: p50 ${out[name].p50} ms, p95 ${out[name].p95} ms\n`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------

async function benchSpeakers(ds: DataSource, synthetic: number): Promise<BenchSpeaker[]> {
  const registry = defaultRegistry();
  const script = { ar: /[\u0600-\u06ff]/, ru: /[\u0400-\u04ff]/, en: /^[\p{Script=Latin}\s.'-]+$/u };
  const ids = new Map<string, string>((await ds.query(`SELECT slug, id FROM speakers WHERE origin = 'registry'`)).map((r: { slug: string; id: string }) => [r.slug, r.id]));
  const fromRegistry: BenchSpeaker[] = registry.speakers.flatMap((s) => {
    // The longest alias per script: the full name the pipeline recognises.
    const byScript = (re: RegExp) => [s.name, ...s.aliases].filter((a) => re.test(a)).sort((a, b) => b.length - a.length)[0];
    const names = { ar: byScript(script.ar), ru: byScript(script.ru), en: byScript(script.en) };
    if (s.kind !== 'person' || !names.ar || !names.ru || !names.en || !ids.has(s.id)) return [];
    return [{ id: ids.get(s.id)!, slug: s.id, name: s.name, names: names as Record<Lang, string> }];
  });
  // Synthetic speakers (as if discovered in articles), so that the store has thousands of voices.
  const syllables = ['ka', 'ri', 'mo', 'len', 'tar', 'vi', 'so', 'dan', 'el', 'na', 'gor', 'pa', 'lu', 'ber', 'shi', 'tov'];
  const made: BenchSpeaker[] = [];
  const rows = Array.from({ length: synthetic }, (_, i) => {
    const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(syllables)).join('');
    const name = `${word()} ${word()}`.replace(/\b\w/g, (c) => c.toUpperCase());
    return { slug: `bench-${i}-${normalizeText(name).replace(/ /g, '-')}`, name };
  });
  const inserted: { id: string; slug: string; name: string }[] = await ds.query(
    `INSERT INTO speakers (slug, name, kind, origin) SELECT r.slug, r.name, 'person', 'discovered'
     FROM jsonb_to_recordset($1::jsonb) AS r(slug text, name text) RETURNING id, slug, name`, [JSON.stringify(rows)],
  );
  await ds.query(
    `INSERT INTO speaker_aliases (speaker_id, alias, key, origin)
     SELECT r.id, r.name, public.unaccent(r.norm), 'discovered' FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name text, norm text)`,
    [JSON.stringify(inserted.map((s) => ({ id: s.id, name: s.name, norm: normalizeText(s.name) })))],
  );
  for (const s of inserted) made.push({ id: s.id, slug: s.slug, name: s.name, names: { ar: s.name, en: s.name, ru: s.name } });
  // Registry people first: the skewed pick makes them the frequent speakers.
  return [...fromRegistry, ...made];
}

async function main(): Promise<void> {
  const schema = `qawl_bench_${Date.now().toString(36)}`;
  const config = loadConfig({ ...process.env, DATABASE_URL }, { logLevel: 'warn', databaseSchema: schema });
  process.stderr.write(`bench:store on ${DATABASE_URL.replace(/\/\/[^@]*@/, '//')} schema ${schema}; sizes ${SIZES.join(', ')}; span ${SPAN === 'fixed' ? `fixed (${SPAN_DAYS} days)` : `growing (${PER_DAY} statements/day)`}\n`);
  const app = await NestFactory.createApplicationContext(AppModule.register(config), { logger: new StructuredLogger('warn', 'json') });
  const ds = app.get(DataSource);
  const results: Record<string, unknown>[] = [];
  try {
    const speakers = await benchSpeakers(ds, 3000);
    process.stderr.write(`  ${speakers.length} speakers (${speakers.length - 3000} from the registry)\n`);
    let loaded = 0;
    const bulkRuns: { statements: number; ms: number }[] = [];
    for (const size of SIZES) {
      const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM statements');
      loaded = n;
      if (size > loaded) bulkRuns.push(await bulkLoad(ds, speakers, loaded, size - loaded));
      spanDays = spanDaysAt(size);
      // The steady state autovacuum keeps: statistics fresh and GIN pending lists merged.
      await ds.query('VACUUM ANALYZE');
      process.stderr.write(`  at ${size}: ingesting ${ARTICLES} articles through the application (concurrency ${CONCURRENCY})\n`);
      const ingest = await ingestArticles(app, speakers, ARTICLES, CONCURRENCY);
      // Linking cost on its own: one article at a time, so no other article's extraction runs in between.
      const sequential = await ingestArticles(app, speakers, Math.max(100, Math.floor(ARTICLES / 4)), 1);
      ingest.linkPerStatement = sequential.linkPerStatement;
      ingest.statementsLinked = sequential.statementsLinked;
      // The batch endpoint's path: one client, requests one after the other, articles stored in shared transactions.
      const batch = await ingestArticles(app, speakers, Math.max(100, Math.floor(ARTICLES / 2)), 1, 'batch');
      await ds.query('VACUUM ANALYZE');
      const [{ statements, clusters }] = await ds.query('SELECT (SELECT count(*)::int FROM statements) AS statements, (SELECT count(*)::int FROM clusters) AS clusters');
      process.stderr.write(`  batch endpoint path: ${batch.perSecond.toFixed(0)} articles/s (requests of ${BATCH_REQUEST}, one at a time)\n`);
      process.stderr.write(`  ${ingest.perSecond.toFixed(0)} articles/s (extraction alone ${ingest.extractOnlyPerSecond.toFixed(0)}/s); linking ${ingest.linkPerStatement.p50} ms p50 / ${ingest.linkPerStatement.p95} ms p95 per statement\n`);
      const latencies = await queryLatencies(app, speakers, ds);
      const last = bulkRuns[bulkRuns.length - 1];
      results.push({
        size, statements, clusters, span: SPAN, spanDays: Math.round(spanDays), statementsPerDay: Math.round(size / spanDays),
        loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
        bulkLoad: last ? { statements: last.statements, seconds: Math.round(last.ms / 100) / 10, perSecond: Math.round(last.statements / (last.ms / 1000)) } : null,
        ingest: { ...ingest, ms: Math.round(ingest.ms), perSecond: Math.round(ingest.perSecond) },
        ingestBatch: { articles: batch.articles, ms: Math.round(batch.ms), perSecond: Math.round(batch.perSecond), requestItems: BATCH_REQUEST },
        latencies,
      });
    }
  } finally {
    if (!KEEP) await ds.query(`DROP SCHEMA "${schema}" CASCADE`);
    await app.close();
  }

  const lines: string[] = [];
  lines.push(`\nbench:store — pipeline ${PIPELINE_VERSION}, ${os.cpus().length} CPUs, node ${process.version}, ${RUNS} runs per query`);
  for (const r of results as { size: number; statements: number; clusters: number; spanDays: number; statementsPerDay: number; loadAverage: number[]; bulkLoad: { perSecond: number } | null; ingest: { perSecond: number; extractOnlyPerSecond: number; linkPerStatement: { p50: number; p95: number } }; ingestBatch: { perSecond: number }; latencies: Record<string, { p50: number; p95: number }> }[]) {
    lines.push(`\n${r.statements} statements (${r.clusters} clusters) over ${r.spanDays} days (${r.statementsPerDay} a day)` + (r.bulkLoad ? `; bulk load ${r.bulkLoad.perSecond} statements/s` : ''));
    lines.push(`  load average after the size's runs: ${r.loadAverage.join(', ')}`);
    lines.push(`  ingest through the app: ${r.ingest.perSecond} articles/s (goal ≥ ${GOAL_ARTICLES_PER_S}; the pipeline alone runs ${Math.round(r.ingest.extractOnlyPerSecond)}/s on these texts)`);
    lines.push(`  ingest through POST /articles/batch's path: ${r.ingestBatch.perSecond} articles/s (requests of ${BATCH_REQUEST} items, one at a time)`);
    lines.push(`  cluster linking per statement (one article at a time): p50 ${r.ingest.linkPerStatement.p50} ms, p95 ${r.ingest.linkPerStatement.p95} ms`);
    for (const [name, s] of Object.entries(r.latencies)) {
      const goal = name.startsWith('GET /speakers/:id/timeline (') ? ` (goal p95 ≤ ${GOAL_TIMELINE_P95_MS})` : name === 'GET /statements?q= (text search)' ? ` (goal p95 ≤ ${GOAL_SEARCH_P95_MS})` : '';
      lines.push(`  ${name.padEnd(48)} p50 ${String(s.p50).padStart(7)} ms   p95 ${String(s.p95).padStart(7)} ms${goal}`);
    }
  }
  process.stdout.write(lines.join('\n') + '\n');
  const dir = path.resolve(__dirname, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `store-${new Date().toISOString().slice(0, 10)}.json`);
  fs.writeFileSync(file, JSON.stringify({ pipelineVersion: PIPELINE_VERSION, cpus: os.cpus().length, node: process.version, runs: RUNS, concurrency: CONCURRENCY, span: SPAN, perDay: SPAN === 'growing' ? PER_DAY : undefined, results }, null, 2));
  process.stdout.write(`\nwritten to ${path.relative(process.cwd(), file)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:store failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
