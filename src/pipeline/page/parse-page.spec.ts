import { Registry } from '../registry';
import { parseDate } from './dates';
import { parsePage } from './parse-page';
import { splitTags, tagPhrasesFrom } from './tags';

describe('parseDate', () => {
  it.each<[string, string | null]>([
    ['12th, April 2025 GMT', '2025-04-12'],
    ['1st March 2024', '2024-03-01'],
    ['April 12, 2025', '2025-04-12'],
    ['Sat 5 Jul 2025 14:05 GMT', '2025-07-05T14:05:00.000Z'],
    ['12 أبريل 2025', '2025-04-12'],
    ['١٢ أبريل ٢٠٢٥', '2025-04-12'],
    ['١٥ نيسان ٢٠٢٤', '2024-04-15'],
    ['السبت 3 تشرين الثاني 2024', '2024-11-03'],
    ['2 آب 2023', '2023-08-02'],
    ['الأحد، 9 فبراير 2025 - 10:30 م', '2025-02-09T22:30:00.000Z'],
    ['12 апреля 2025', '2025-04-12'],
    ['1 мая 2025 года, 09:15', '2025-05-01T09:15:00.000Z'],
    ['2025-04-12', '2025-04-12'],
    ['2025-04-12T08:30', '2025-04-12T08:30:00.000Z'],
    ['12/04/2025', '2025-04-12'],
    ['۱۲/۰۴/۲۰۲۵', '2025-04-12'],
    ['31 April 2025', null],
    ['29 February 2025', null],
    ['sometime last week', null],
    ['April 2025', null],
  ])('%s → %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
});

describe('splitTags', () => {
  const registry = new Registry([{
    source: 'test',
    speakers: [
      { id: 'a', name: 'Jane Roe', kind: 'person', aliases: ['جين رو', 'Джейн Роу'] },
      { id: 'b', name: 'Harbour Authority', kind: 'org', aliases: ['هيئة الميناء'] },
    ],
  }]);
  const phrases = tagPhrasesFrom(registry, ['وقف إطلاق النار', 'peace talks']);

  it.each<[string, string, string[]]>([
    ['Arabic comma', 'جين رو، هيئة الميناء، الطقس', ['جين رو', 'هيئة الميناء', 'الطقس']],
    ['Latin commas', 'Jane Roe, ports , weather', ['Jane Roe', 'ports', 'weather']],
    ['no separators, known names', 'جين رو هيئة الميناء وقف إطلاق النار', ['جين رو', 'هيئة الميناء', 'وقف إطلاق النار']],
    ['unknown words between known ones form one tag', 'جين رو ميناء العقبة الجديد هيئة الميناء', ['جين رو', 'ميناء العقبة الجديد', 'هيئة الميناء']],
    ['repeats dropped (spelling folded)', 'Jane Roe peace talks jane roe', ['Jane Roe', 'peace talks']],
    ['Cyrillic name', 'Джейн Роу Москва', ['Джейн Роу', 'Москва']],
    ['nothing known: the raw line', 'ميناء العقبة الجديد', ['ميناء العقبة الجديد']],
    ['empty', '   ', []],
  ])('%s', (_name, line, tags) => {
    expect(splitTags(line, phrases)).toEqual(tags);
  });
});

describe('parsePage', () => {
  it.each<[string, string, Partial<ReturnType<typeof parsePage>>]>([
    [
      'Arabic page: date, source, tags out of the body',
      'عنوان الخبر\nتاريخ النشر: ٢ أيار ٢٠٢٥\nالفقرة الأولى.\nالفقرة الثانية.\nالمصدر: وكالة المثال\nكلمات دلالية: الطقس، الموانئ',
      { title: 'عنوان الخبر', publishedAt: '2025-05-02', source: 'وكالة المثال', tags: ['الطقس', 'الموانئ'], body: 'عنوان الخبر\nالفقرة الأولى.\nالفقرة الثانية.', related: [] },
    ],
    [
      'English page with a bare date line and CRLF',
      'Port reopens\r\nMarch 3, 2025\r\nThe port reopened on Monday.\r\nTags: ports, shipping\r\n',
      { title: 'Port reopens', publishedAt: '2025-03-03', tags: ['ports', 'shipping'], body: 'Port reopens\nThe port reopened on Monday.' },
    ],
    [
      'Russian page',
      'Порт открыт\nОпубликовано: 3 марта 2025\nПорт снова работает.\nИсточник: Пример-Медиа\nТеги: порты, судоходство',
      { title: 'Порт открыт', publishedAt: '2025-03-03', source: 'Пример-Медиа', tags: ['порты', 'судоходство'], body: 'Порт открыт\nПорт снова работает.' },
    ],
    [
      'no metadata: the first line is the title, all lines the body',
      '  \nA headline\nA line of prose.',
      { title: 'A headline', publishedAt: null, source: null, tags: [], body: 'A headline\nA line of prose.' },
    ],
    [
      'a long "Source:" line is prose',
      `Headline\nSource: ${'a senior official said the ministry would review every contract signed since the spring, '.repeat(2)}`,
      { source: null },
    ],
    [
      'a sentence starting with "Related" is prose, not a marker',
      'Headline\nRelated talks ended without agreement.',
      { body: 'Headline\nRelated talks ended without agreement.', related: [] },
    ],
  ])('%s', (_name, page, expected) => {
    expect(parsePage(page)).toMatchObject(expected);
  });

  it.each<[string, string]>([
    ['إقرأ أيضاً:', 'ar hamza'],
    ['اقرأ أيضا:', 'ar plain'],
    ['Read also:', 'en'],
    ['Читайте также:', 'ru'],
  ])('"%s" (%s) starts a related article that never mixes into the page body', (marker) => {
    const page = `Main headline\nMain prose line.\n${marker}\nRelated headline\nRelated prose.\n${marker} Second related\nMore prose.`;
    const parsed = parsePage(page);
    expect(parsed.body).toBe('Main headline\nMain prose line.');
    expect(parsed.related).toEqual([
      { title: 'Related headline', publishedAt: null, source: null, tags: [], body: 'Related headline\nRelated prose.' },
      { title: 'Second related', publishedAt: null, source: null, tags: [], body: 'Second related\nMore prose.' },
    ]);
  });

  it('keeps body lines verbatim, so offsets found in the body are offsets into stored text', () => {
    const line = '  وقال:  "نص   بين علامتي تنصيص"  ';
    const parsed = parsePage(`عنوان\n${line}\nالمصدر: مثال`);
    expect(parsed.body).toBe(`عنوان\n${line}`);
  });
});
