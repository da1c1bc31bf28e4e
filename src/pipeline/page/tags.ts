// Splits a tags line into tags. With separators ("بوتين، ترامب", "Putin, Trump") they decide; scraped
// pages often lose them ("فلاديمير بوتين البيت الأبيض"), so then known names and phrases (the speaker
// registry's names and titles, and TAG_PHRASES) cut the line; words between two known phrases form one
// tag. A line with no known phrase is kept whole.
import { normalizeText } from '../normalize/text';
import { defaultRegistry, type Registry } from '../registry';

/** Common topic phrases of news tags that are not speakers (ar, en, ru). */
export const TAG_PHRASES: readonly string[] = [
  'الإدارة الأمريكية', 'الإدارة الأميركية', 'الرئيس الروسي', 'الرئيس الأمريكي', 'الرئيس الأميركي', 'الرئيس الأوكراني',
  'مفاوضات السلام', 'محادثات السلام', 'وقف إطلاق النار', 'الأزمة الأوكرانية', 'الحرب الروسية الأوكرانية',
  'روسيا', 'أوكرانيا', 'الولايات المتحدة', 'الولايات المتحدة الأمريكية', 'واشنطن', 'موسكو', 'كييف',
  'peace talks', 'ceasefire', 'Russia', 'Ukraine', 'United States', 'Washington', 'Moscow', 'Kyiv',
  'мирные переговоры', 'прекращение огня', 'Россия', 'Украина', 'США', 'Вашингтон', 'Москва', 'Киев',
];

export interface TagPhrases {
  keys: ReadonlySet<string>;
  maxWords: number;
}

const cache = new WeakMap<Registry, TagPhrases>();

export function tagPhrasesFrom(registry: Registry = defaultRegistry(), extra: readonly string[] = TAG_PHRASES): TagPhrases {
  const cached = extra === TAG_PHRASES ? cache.get(registry) : undefined;
  if (cached) return cached;
  const phrases = [
    ...registry.speakers.flatMap((s) => [s.name, ...s.aliases]),
    ...registry.roles.flatMap((r) => r.titles),
    ...extra,
  ];
  const keys = new Set(phrases.map(normalizeText).filter(Boolean));
  const built = { keys, maxWords: Math.max(1, ...[...keys].map((k) => k.split(' ').length)) };
  if (extra === TAG_PHRASES) cache.set(registry, built);
  return built;
}

const SEPARATORS = /\s*[,،;؛|#·•]\s*|\t|\s{2,}/u;

export function splitTags(line: string, phrases: TagPhrases = tagPhrasesFrom()): string[] {
  const raw = line.trim();
  if (!raw) return [];
  const parts = SEPARATORS.test(raw) ? raw.split(SEPARATORS) : splitOnKnownPhrases(raw, phrases);
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const p of parts.map((x) => x.trim()).filter(Boolean)) {
    const key = normalizeText(p);
    if (key && !seen.has(key)) {
      seen.add(key);
      tags.push(p);
    }
  }
  return tags;
}

function splitOnKnownPhrases(raw: string, phrases: TagPhrases): string[] {
  const words = raw.split(/\s+/);
  const keys = words.map(normalizeText);
  const out: string[] = [];
  let pending: string[] = [];
  let matched = false;
  for (let i = 0; i < words.length; ) {
    let n = Math.min(phrases.maxWords, words.length - i);
    for (; n > 0; n--) if (phrases.keys.has(keys.slice(i, i + n).join(' '))) break;
    if (n === 0) {
      pending.push(words[i++]);
      continue;
    }
    matched = true;
    if (pending.length) out.push(pending.join(' '));
    pending = [];
    out.push(words.slice(i, i + n).join(' '));
    i += n;
  }
  if (pending.length) out.push(pending.join(' '));
  return matched ? out : [raw];
}
