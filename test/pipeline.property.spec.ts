// Property tests for extract(): for any text, language and date it never throws, every offset is a valid
// half-open UTF-16 span of the caller's text, the output is well-formed and deterministic, and the time it
// takes grows linearly with the input (checked by a size ratio, never by an absolute time).
// e.g. «قال بيسكوف: «لا تعليق» and `He said "no comment` (unclosed) must both come back as valid spans.

import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { extract } from '../src/pipeline';
import type { ArticleInput, ExtractResult, Lang, Span } from '../src/pipeline';

// numRuns for the random-input properties; raise it locally with QAWL_PROP_RUNS=20000 for a deeper search.
const RUNS = Number(process.env.QAWL_PROP_RUNS ?? 1000);
const SEED = process.env.QAWL_PROP_SEED === undefined ? undefined : Number(process.env.QAWL_PROP_SEED);

const TYPES = new Set(['direct', 'partial', 'indirect']);
const MENTION_KINDS = new Set(['name', 'title', 'pronoun', 'org', 'implicit', 'description', 'continuation']);

// ---------------------------------------------------------------------------------------------------------
// Input arbitraries: our own word lists, glued at random so quotes, cues and names collide in every order.

const CUES = [
  'قال', 'قالت', 'وقال', 'وأضافت:', 'وأضاف', 'أن', 'إن', 'أكد', 'صرح', 'بحسب',
  'said', 'says', 'told', 'that', 'added', 'according to', 'said:', 'told reporters',
  'заявил', 'заявила', 'что', 'сказал', 'по словам', 'отметил,',
  ':', ': ', ',', '.', ' — ', '-', '–', '—',
];
const NAMES = [
  'Peskov', 'Dmitry Peskov', 'Karoline Leavitt', 'Leavitt', 'the Kremlin spokesman', 'White House press secretary',
  'John', 'Mary Ann Smith', 'he', 'she', 'they', 'He', 'She', 'the minister', 'officials',
  'بيسكوف', 'ليفيت', 'المتحدث باسم الكرملين', 'الوزير', 'مصدر مطلع', 'الرئيس',
  'Песков', 'Дмитрий Песков', 'пресс-секретарь Кремля', 'он', 'она', 'министр',
];
const FILLER = [
  'the talks will go on', 'no comment', 'we will not accept this', 'prices rose again',
  'المحادثات مستمرة', 'لا تعليق', 'لن نقبل بذلك',
  'переговоры продолжатся', 'без комментариев', 'мы этого не допустим',
];
const QUOTE_MARKS = ['"', '“', '”', '«', '»', '„', '‹', '›', "'", '‘', '’', '‚', '「', '」', '""', '«»', '"\''];
const WEIRD = [
  '\u0000', '\u200f', '\u200e', '\u061c', '\u202b', '\u202e', '\u202c', '\u2067', '\u2069', '\u200d', '\u200b',
  '\ufeff', '\u00a0', '\u2028', '\u2029', '\r', '\r\n', '\t', '\n', '\n\n', '\ud800', '\udfff', '\udc00\ud800',
  '😀', '👩‍👩‍👧', 'é', 'ـــ', '٠١٢', '\u0651\u064e', '\ufdfa', '...', '…',
];
const SEPS = ['', ' ', ' ', ' ', '\n', '\n\n', '  '];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const token: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...CUES), weight: 6 },
  { arbitrary: fc.constantFrom(...QUOTE_MARKS), weight: 6 },
  { arbitrary: fc.constantFrom(...NAMES), weight: 4 },
  { arbitrary: fc.constantFrom(...FILLER), weight: 3 },
  { arbitrary: fc.constantFrom(...WEIRD), weight: 2 },
  { arbitrary: loneSurrogate, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);
const glued: fc.Arbitrary<string> = fc
  .array(fc.tuple(token, fc.constantFrom(...SEPS)), { maxLength: 80 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

/** Any text: plain random strings as well as cue/quote soups. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: glued, weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.constantFrom(...QUOTE_MARKS, ...WEIRD)), maxLength: 100 }), weight: 1 },
);

const anyLang: fc.Arbitrary<Lang | undefined> = fc.constantFrom<Lang | undefined>('ar', 'en', 'ru', undefined);
const anyPublishedAt: fc.Arbitrary<string | Date | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom('', 'garbage', '2026-13-45', '0000-00-00', '2026-02-30', 'yesterday', '-1', 'NaN', '9999999-01-01', '٢٠٢٥-٠١-٠١'),
  fc.string({ maxLength: 20 }),
);
const anyInput: fc.Arbitrary<ArticleInput> = fc.record(
  { text: anyText, lang: anyLang, publishedAt: anyPublishedAt },
  { requiredKeys: ['text'] },
);

// ---------------------------------------------------------------------------------------------------------
// The invariants every result must satisfy.

function assertSpan(text: string, s: Span, what: string, within: Span = { start: 0, end: text.length }): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer offsets ${s.start}..${s.end}`);
  assert.ok(
    within.start <= s.start && s.start <= s.end && s.end <= within.end,
    `${what}: [${s.start},${s.end}) outside [${within.start},${within.end})`,
  );
}

function assertTextSpan(text: string, s: Span & { text: string }, what: string): void {
  assertSpan(text, s, what);
  assert.equal(s.text, text.slice(s.start, s.end), `${what}: text !== input.slice(start, end)`);
}

function assertWellFormed(input: ArticleInput, r: ExtractResult): void {
  const text = input.text;
  assert.ok(r && Array.isArray(r.statements), 'result.statements is an array');
  assert.ok(['ar', 'en', 'ru'].includes(r.lang), `result.lang ${String(r.lang)}`);
  if (input.lang !== undefined) assert.equal(r.lang, input.lang, 'a given lang is kept');
  r.statements.forEach((s, i) => {
    const w = `statement ${i}`;
    assert.ok(s.start < s.end, `${w}: empty span [${s.start},${s.end})`);
    assertTextSpan(text, s, w);
    assert.ok(TYPES.has(s.type), `${w}: type ${String(s.type)}`);
    if (s.cue !== null) assertTextSpan(text, s.cue, `${w}.cue`);
    assert.ok(Array.isArray(s.quotedFragments), `${w}.quotedFragments is an array`);
    s.quotedFragments.forEach((f, j) => assertSpan(text, f, `${w}.quotedFragments[${j}]`, s));
    if (s.speaker !== null) {
      assert.equal(typeof s.speaker.name, 'string', `${w}.speaker.name`);
      assert.ok(s.speaker.name.trim().length > 0, `${w}.speaker.name is empty`);
      assert.ok(s.speaker.kind === 'person' || s.speaker.kind === 'org', `${w}.speaker.kind ${String(s.speaker.kind)}`);
    }
    if (s.attribution !== null) {
      const a = s.attribution;
      assert.ok(Number.isFinite(a.confidence) && a.confidence >= 0 && a.confidence <= 1, `${w}: confidence ${a.confidence}`);
      assert.ok(MENTION_KINDS.has(a.mentionKind), `${w}: mentionKind ${String(a.mentionKind)}`);
      assert.ok(typeof a.sieve === 'string' && a.sieve.length > 0, `${w}: sieve name`);
      if (a.mention !== null) assertTextSpan(text, a.mention, `${w}.attribution.mention`);
      assertSpan(text, a.evidence, `${w}.attribution.evidence`);
    }
    assert.ok(Number.isInteger(s.segment) && s.segment >= 0, `${w}: segment ${s.segment}`);
  });
}

function show(input: ArticleInput): string {
  return JSON.stringify(input, (_k, v: unknown) => (v instanceof Date ? `Date(${v.getTime()})` : v));
}

// ---------------------------------------------------------------------------------------------------------

describe('extract: properties over any input', () => {
  it('never throws, returns well-formed statements with valid offsets, and is deterministic', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        let a: ExtractResult;
        let b: ExtractResult;
        try {
          a = extract(input);
          b = extract(input);
        } catch (e) {
          throw new Error(`extract threw on ${show(input)}: ${(e as Error)?.stack ?? String(e)}`);
        }
        assertWellFormed(input, a);
        assert.deepStrictEqual(b, a, 'two calls on the same input differ');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('keeps offsets into the caller text when the text starts with a BOM, RTL marks or CRLF', () => {
    // Normalisation must not shift offsets: prefixes that a normaliser is tempted to strip.
    fc.assert(
      fc.property(
        fc.constantFrom('\ufeff', '\u200f\u200f', '\r\n\r\n', '\u0000', '\u00a0 ', '\ud800', '👩‍👩‍👧 '),
        glued,
        anyLang,
        (prefix, body, lang) => {
          const input: ArticleInput = { text: prefix + body, lang };
          assertWellFormed(input, extract(input));
        },
      ),
      { numRuns: Math.max(50, Math.floor(RUNS / 4)), seed: SEED },
    );
  });

  it.each<[string, ArticleInput]>([
    ['empty text', { text: '' }],
    ['only a quote mark', { text: '"' }],
    ['only a cue', { text: 'قال' }],
    ['lone surrogates', { text: '\ud800"\udfff«\udc00' }],
    ['NUL inside a quote', { text: 'He said "a\u0000b".' }],
    ['garbage date', { text: 'Peskov said "fine".', lang: 'en', publishedAt: 'not a date' }],
    ['invalid Date', { text: 'Песков заявил: «хорошо».', lang: 'ru', publishedAt: new Date(Number.NaN) }],
    ['wrong lang hint', { text: 'قال الوزير: "لا تعليق".', lang: 'ru' }],
  ])('handles %s', (_name, input) => {
    assertWellFormed(input, extract(input));
  });
});

// ---------------------------------------------------------------------------------------------------------
// Linear time. Each shape is a generator that repeats a nasty unit up to n UTF-16 units. We time (min of 3)
// the engine at size x and 8x and assert the ratio stays well below quadratic (~64): linear is ~8.

const MB = 1 << 20;
const BIG = MB; // 8x
const SMALL = BIG / 8; // x
const SAMPLES = 3;
const MAX_RATIO = 24;

function fill(n: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const u = unit(i);
    parts.push(u);
    len += u.length;
  }
  return parts.join('').slice(0, n);
}

const SHAPES: Array<[string, Lang | undefined, (n: number) => string]> = [
  ['unclosed straight quotes after cues', 'en', (n) => fill(n, (i) => `Officials said "the plan ${i} will hold `)],
  ['one run of straight quotes', 'en', (n) => '"'.repeat(n)],
  ['alternating open/close marks without pairs', undefined, (n) => fill(n, () => '“«„‹"\'')],
  ['guillemet opens, never closed (ru)', 'ru', (n) => fill(n, (i) => `Песков заявил: «переговоры ${i} продолжатся `)],
  ['guillemet opens, never closed (ar)', 'ar', (n) => fill(n, () => 'وأضافت: «إن المحادثات مستمرة ')],
  ['one huge paragraph of cues, no quotes', 'en', (n) => fill(n, () => 'she said that he told them that ')],
  ['thousands of Arabic cues, no newline', 'ar', (n) => fill(n, () => 'قال إن الوزير قال أن ')],
  ['paragraphs that open a quote and never close it', 'en', (n) => fill(n, (i) => `\n\n"Paragraph ${i} goes on and on`)],
  ['closing marks only', 'ru', (n) => fill(n, () => 'что» сказал» ”')],
  ['apostrophes and single marks', 'en', (n) => fill(n, () => "it's 'the plan, ‘they said ")],
  // Each ' here looks like an opener with no close: a bounded look-ahead must stay bounded.
  ['single-mark openers that never close', 'en', (n) => fill(n, () => " 'a")],
  ['colons and dashes, dialogue style', 'ru', (n) => fill(n, () => '— Нет, — заявил он: ')],
  // One sentence of report clauses with object noun phrases and pronoun subjects, joined by "and": every
  // statement's walk back over the sentence's earlier ones must stay bounded.
  ['one sentence of "and"-joined report clauses', 'en', (n) => fill(n, () => 'He denied any role and the minister confirmed the deal and ')],
  ['mixed soup of every mark, cue and name', undefined, (n) =>
    fill(n, (i) => [`"`, 'قال', '«', 'Peskov', ' said', ' „', 'заявил', ':', '“', 'أن', ' that ', '‹', '\n'][i % 13] + ' ')],
];

// A gc() before each timed sample keeps garbage of the previous sample out of the next one's time.
let gc: () => void = () => undefined;
try {
  v8.setFlagsFromString('--expose-gc');
  gc = vm.runInNewContext('gc') as () => void;
} catch {
  // no gc: min-of-3 still damps the noise
}

/** Per-call time of one sample; small inputs are repeated until the sample lasts >= 30 ms. */
function sample(input: ArticleInput): number {
  gc();
  let calls = 0;
  let total = 0;
  do {
    const t0 = performance.now();
    extract(input);
    total += performance.now() - t0;
    calls++;
  } while (total < 30 && calls < 1000);
  return total / calls;
}

function minTime(input: ArticleInput, first = Infinity): number {
  let best = first;
  for (let s = first === Infinity ? 0 : 1; s < SAMPLES; s++) best = Math.min(best, sample(input));
  return best;
}

describe('extract: linear time', () => {
  it.each(SHAPES)('%s: 1 MB completes with valid output, and time(8x)/time(x) < 24', (name, lang, make) => {
    const small: ArticleInput = { text: make(SMALL), lang };
    const big: ArticleInput = { text: make(BIG), lang };
    assert.equal(big.text.length, BIG);

    extract(small); // warm-up
    const tSmall = minTime(small);

    // 1 MB completes, without throwing, with valid offsets; this call is the first timed sample.
    gc();
    const t0 = performance.now();
    const r = extract(big);
    const tFirst = performance.now() - t0;
    assertWellFormed(big, r);
    const tBig = minTime(big, tFirst);
    const ratio = tBig / Math.max(tSmall, 1e-3);
    if (ratio >= MAX_RATIO) {
      throw new Error(
        `super-linear: ${name}: ${(SMALL / 1024).toFixed(0)} KiB ${tSmall.toFixed(2)} ms, ` +
          `${(BIG / 1024).toFixed(0)} KiB ${tBig.toFixed(2)} ms, ratio ${ratio.toFixed(1)} (limit ${MAX_RATIO}, linear ~8)`,
      );
    }
  });
});
