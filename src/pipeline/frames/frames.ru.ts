// Russian attribution frames: «Песков заявил, что …», «"…", — заявил Песков», «По словам Пескова, …»,
// «Об этом заявил Дмитрий Песков» (the content is the sentence before). English gloss: "Peskov said that …".

import { firstStartingAt } from '../segment/search';
import { RU_ACCORDING, RU_ANONYMOUS, RU_PARTICIPLES, RU_VERBS } from '../lexicon/speech-verbs.ru';
import { foldLetters } from '../normalize/text';
import type { Gender, Span } from '../types';
import { headlineFrames, bulletFrames, introFrames, isOutletNoun, quoteIndexAt } from './common';
import { sentenceTokens, textBefore, textSpan, trimSpan } from './frame';
import type { Doc, Frame } from './frame';

interface VerbInfo {
  gender?: Gender;
  plural?: boolean;
  /** A stance verb: a cue only with a quote or «что» after it, its object part of the content. */
  quoteOnly?: boolean;
  /** A cue only with «что», a colon or a quote after it: no noun-phrase content. */
  clauseOnly?: boolean;
  /** A naming verb: with a quote after its object, the object is part of the content. */
  naming?: boolean;
}

/** The neuter past of a masculine past form: заявил → заявило, высказался → высказалось, опроверг → опровергло. */
function neuterOf(m: string): string | undefined {
  if (/лся$/u.test(m)) return m.replace(/лся$/u, 'лось');
  if (/л$/u.test(m)) return `${m}о`;
  if (/г$/u.test(m)) return `${m}ло`;
  return undefined;
}

const VERBS = new Map<string, VerbInfo>();
for (const v of RU_VERBS) {
  const quoteOnly = v.quoteOnly || undefined;
  const clauseOnly = v.clauseOnly || undefined;
  const naming = v.naming || undefined;
  VERBS.set(foldLetters(v.m), { gender: 'm', quoteOnly, clauseOnly, naming });
  if (v.f !== v.m) VERBS.set(foldLetters(v.f), { gender: 'f', quoteOnly, clauseOnly, naming });
  VERBS.set(foldLetters(v.pl), { plural: true, quoteOnly, clauseOnly, naming });
  // The neuter past, for «министерство», «ведомство», «агентство»: «Минобороны сообщило», «издание написало».
  const neuter = neuterOf(v.m);
  if (neuter && !VERBS.has(foldLetters(neuter))) VERBS.set(foldLetters(neuter), { quoteOnly, clauseOnly, naming });
  for (const p of v.pres ?? []) if (!VERBS.has(foldLetters(p))) VERBS.set(foldLetters(p), { quoteOnly, clauseOnly, naming });
}
/** The according-to phrases by their first word («как» leads some hundred: one look-up per token finds its few). */
const ACCORDING = new Map<string, string[][]>();
for (const phrase of RU_ACCORDING) {
  const words = phrase.split(/\s+/).map(foldLetters);
  const list = ACCORDING.get(words[0]);
  if (list) list.push(words);
  else ACCORDING.set(words[0], [words]);
}
const ADVERBS = new Set(['также', 'ранее', 'уже', 'вновь', 'снова', 'однако', 'впрочем', 'тогда', 'затем', 'позже', 'сегодня', 'вчера', 'накануне', 'журналистам', 'агентству', 'изданию']);
const POSSESSIVES = new Set(['его', 'ее', 'её', 'их']);
/** Time adverbs between «как» and its verb: «как ранее заявил», «как уже сообщалось». */
const KAK_ADVERBS = new Set(['ранее', 'уже', 'вновь', 'снова', 'сегодня', 'вчера', 'накануне', 'позже', 'недавно', 'неоднократно', 'также', 'прежде']);
/** Possessives before a place of speech: «в своем телеграм-канале», «на его странице». */
const RU_OWN = new Set(['своем', 'своём', 'своей', 'свой', 'его', 'ее', 'её', 'их', 'официальном', 'официальной']);
const PREPOSITIONS = new Set(['в', 'во', 'на', 'по', 'с', 'со', 'к', 'ко', 'для', 'при', 'после', 'перед']);
const STOP = new Set(['что', 'чтобы', 'и', 'а', 'но', 'в', 'на', 'о', 'об', 'по', 'для', 'с', 'со', 'к', 'как', 'это', 'этом', 'не']);

/** Text between two tokens, without invisible marks (zero-width spaces, bidi marks, soft hyphens). */
/** An oblique participle or adjective that describes a source: «знакомого», «близкого», «пожелавшего»,
 *  «осведомленных», «участвующего» (not the adjectives «будущего», «следующей» …). */
const RU_PARTICIPLE_ADJ = /^(?!будущ|настоящ|следующ|предыдущ|последующ|текущ|блестящ)(?:знаком|близк|осведомл[её]нн|\p{L}+(?:вш|ющ|ящ|ущ|ащ))(?:ого|его|ых|их|ому|ему|ой|ей)$/u;

/** Forms of «свой» ("one's own"), which points back to the clause's subject. */
const RU_REFLEXIVE_POSSESSIVE = new Set(['свой', 'своя', 'своё', 'свое', 'свои', 'своего', 'своей', 'своему', 'своим', 'своем', 'своём', 'своих', 'своими', 'свою', 'своею']);

function gap(doc: Doc, i: number, j: number): string {
  return doc.text.slice(doc.tokens[i].end, doc.tokens[j].start).replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '');
}

export function russianFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [...headlineFrames(doc), ...introFrames(doc)];
  for (const s of doc.sentences) {
    const [a, b] = sentenceTokens(doc, s.index);
    for (let t = a; t < b; t++) {
      if (quoteIndexAt(doc, doc.tokens[t].start) >= 0) continue;
      const acc = accordingFrame(doc, t, a, b, s.index);
      if (acc) {
        frames.push(acc);
        // The cue's own verb («как пишет …») reports nothing more.
        while (t + 1 < b && doc.tokens[t + 1].start < acc.cue.end) t++;
        continue;
      }
      if (PARTICIPLES.has(doc.tokens[t].key)) {
        const p = participleFrame(doc, t, a, b, s.index);
        if (p) frames.push(p);
        continue;
      }
      const info = VERBS.get(doc.tokens[t].key);
      if (!info) continue;
      const f = verbFrame(doc, t, a, b, info, s.index);
      if (f) frames.push(f);
    }
  }
  frames.push(...interruptedQuoteFrames(doc));
  frames.push(...bulletFrames(doc, frames));
  return frames;
}

const PARTICIPLES = new Set(RU_PARTICIPLES.map(foldLetters));
/** Words between a participle and the comma before its «что»: «отметив лишь, что», «добавив также, что». */
const PARTICIPLE_ADVERBS = new Set(['лишь', 'также', 'только', 'при', 'этом', 'однако', 'вместе', 'тем', 'впрочем', 'кроме', 'того']);

/** «Песков отказался от комментариев, отметив лишь, что график не изменился»: an adverbial participle after a
 *  comma reports the «что» clause (or a colon's or a quote's words) after it, with the subject of its clause. */
function participleFrame(doc: Doc, t: number, a: number, b: number, sentence: number): Frame | null {
  const { text, tokens } = doc;
  const s = doc.sentences[sentence];
  if (t <= a || !/,\s*$/.test(gap(doc, t - 1, t))) return null;
  let k = t + 1;
  while (k < b && k - t <= 3 && PARTICIPLE_ADVERBS.has(tokens[k].key) && /^\s+$/.test(gap(doc, k - 1, k))) k++;
  if (k >= b) return null;
  const g = gap(doc, k - 1, k);
  let start: number;
  if (tokens[k].key === 'что' && /,\s*$/.test(g)) start = tokens[k].end;
  else if (/:/.test(g)) start = tokens[k - 1].end + g.indexOf(':') + 1;
  else if (/[«"“„]/.test(g) && quoteIndexAt(doc, tokens[k - 1].end + g.search(/[«"“„]/)) >= 0 && !ruNameQuote(doc, quoteIndexAt(doc, tokens[k - 1].end + g.search(/[«"“„]/)))) start = tokens[k - 1].end + g.search(/[«"“„]/);
  else return null;
  const content = withoutRelayTail(doc, start, s.end);
  if (content.end <= content.start) return null;
  return { kind: 'participle', cue: textSpan(text, tokens[t].start, tokens[t].end), subject: null, content, inherits: true, sentence, para: s.para };
}

/** «Мы готовы, — добавила Захарова. — Но не на этих условиях»: the author's words between dashes inside one pair
 *  of marks name who speaks. The quote stays one direct statement (its marks hold both parts); its cue and
 *  subject are the verb and the name between the dashes. */
function interruptedQuoteFrames(doc: Doc): Frame[] {
  const { text, tokens } = doc;
  const out: Frame[] = [];
  for (const q of doc.quotes) {
    if (q.unclosed) continue;
    // The first dash after a comma (or ! ? …) inside the quote, followed by a speech verb.
    const inner = text.slice(q.innerStart, q.innerEnd);
    const open = /[,!?…]\s*[—–]\s+/u.exec(inner);
    if (!open) continue;
    const v = firstStartingAt(tokens, q.innerStart + open.index + open[0].length);
    const info = v < tokens.length ? VERBS.get(tokens[v].key) : undefined;
    if (!info || info.quoteOnly) continue;
    // The subject runs from the verb to the second dash, at most six words.
    const after = text.slice(tokens[v].end, q.innerEnd);
    const close = /^([^—–«»"“”]{2,80}?)[.,]?\s+[—–]\s+/u.exec(after);
    if (!close) continue;
    const subject = trimSpan(text, tokens[v].end, tokens[v].end + close[1].length);
    if (subject.end <= subject.start || text.slice(subject.start, subject.end).split(/\s+/).length > 6) continue;
    const sentence = doc.sentenceOfToken[Math.min(tokens.length - 1, firstStartingAt(tokens, q.start))];
    const cue = textSpan(text, tokens[v].start, tokens[v].end);
    out.push({ kind: 'verb', cue, subject, content: { start: q.start, end: q.end }, gender: info.gender, plural: info.plural, sentence, para: q.para });
  }
  return out;
}

function verbFrame(doc: Doc, t: number, a: number, b: number, info: VerbInfo, sentence: number): Frame | null {
  const { text, tokens } = doc;
  const s = doc.sentences[sentence];
  const cue = textSpan(text, tokens[t].start, tokens[t].end);
  const base = { kind: 'verb' as const, cue, gender: info.gender, plural: info.plural, sentence, para: s.para };
  const before = textBefore(text, s.start, tokens[t].start);
  // «"…", — заявил Песков» / «Об этом заявил Песков»: subject after the verb, content before it.
  // («Об этом «РИА Новости» рассказал …»: an outlet's quoted name may stand between; «Заявил об этом X.» puts the
  // verb first.)
  let ob = t - 1 >= a && quoteIndexAt(doc, tokens[t - 1].start) >= 0 && ruNameQuote(doc, quoteIndexAt(doc, tokens[t - 1].start)) ? firstStartingAt(tokens, doc.quotes[quoteIndexAt(doc, tokens[t - 1].start)].start) : t;
  // («Об этом ТАСС сообщил источник …»: an outlet's unquoted name between «Об этом» and the verb is whom it was told to.)
  const om = ob === t && t - 1 >= a ? doc.mentionOfToken[t - 1] : -1;
  if (om >= 0 && doc.mentions[om].t1 === t && doc.mentions[om].kind === 'org' && doc.mentions[om].t0 - 2 >= a && tokens[doc.mentions[om].t0 - 1].key === 'этом' && tokens[doc.mentions[om].t0 - 2].key === 'об') ob = doc.mentions[om].t0;
  const verbFirst = t === a && t + 2 < b && tokens[t + 1].key === 'об' && tokens[t + 2].key === 'этом';
  const backRef = verbFirst || (ob - 2 >= a && tokens[ob - 1].key === 'этом' && tokens[ob - 2].key === 'об');
  // «Об этом Захарова сказала в эфире радио»: the subject between «Об этом», opening the sentence, and the verb
  // (a name of up to four words, nothing else) reports the sentence before.
  if (!backRef && a + 2 < t && t - a <= 6 && tokens[a].key === 'об' && tokens[a + 1].key === 'этом' && doc.sentences[sentence - 1] && doc.sentences[sentence - 1].para >= s.para - 1) {
    const m = doc.mentionOfToken[a + 2];
    const mention = m >= 0 ? doc.mentions[m] : undefined;
    if (mention && mention.t0 === a + 2 && mention.t1 === t && /^\s+$/.test(text.slice(mention.end, tokens[t].start))) {
      const prev = doc.sentences[sentence - 1];
      const content = trimSpan(text, prev.start, prev.end);
      if (content.end > content.start) return { ...base, subject: { start: mention.start, end: mention.end }, content };
    }
  }
  // «Газета «Северный вестник» сообщила, что …», «„Коммерсантъ“ пишет»: an outlet's quoted name before the verb
  // is its subject, not reported words.
  const named = !backRef && t - 1 >= a ? namedOutletSubject(doc, a, t) : null;
  // («Дарчиев в интервью «Известиям» отметил, что …»: an outlet's quoted name right before the verb is no quote.)
  const nameQuoteBefore = t - 1 >= a && /^\s*[»"”]\s*$/.test(gap(doc, t - 1, t)) && quoteIndexAt(doc, tokens[t - 1].start) >= 0 && ruNameQuote(doc, quoteIndexAt(doc, tokens[t - 1].start));
  if (!named && ((!nameQuoteBefore && /[,»"“”]\s*[—–-]?\s*$/.test(before) && /[»"”]|—|–/.test(before.slice(-6))) || backRef)) {
    const subject = rightSubject(doc, verbFirst ? t + 2 : t, b);
    let content;
    if (backRef) {
      const prev = doc.sentences[sentence - 1];
      if (!prev || prev.para < s.para - 1) return null;
      content = trimSpan(text, prev.start, prev.end);
    } else content = trimSpan(text, s.start, tokens[t].start, /[\s,.\-–—]/u);
    if (!subject || content.end <= content.start) return null;
    return { ...base, subject, content };
  }
  // «Эта тенденция, говорят эксперты, сохранится»: a cue between commas reports its whole sentence (not «…,
  // сообщил РИА Новости, что …», whose «что» opens the content).
  if (!named && /,\s*$/.test(before) && t + 1 < b) {
    const subj = rightSubject(doc, t, b);
    const afterSubj = subj ? text.slice(subj.end, Math.min(s.end, subj.end + 12)) : '';
    if (subj && /^\s*,/.test(afterSubj) && !/^\s*,\s*(?:что|чтобы)(?![\p{L}])/u.test(afterSubj)) {
      const content = trimSpan(text, s.start, s.end);
      return { ...base, subject: subj, content };
    }
  }
  // «Москва ответит на высылку, сообщил журналистам Дмитрий Песков.»: the wire's order without a dash — the
  // clause, a comma, the verb, and its subject ending the sentence.
  if (!named && /[^\s,],\s*$/.test(before) && t + 1 < b) {
    const subj = rightSubject(doc, t, b);
    // (Bounded: only a sentence that ends within a few words of the subject, and a clause of at most 60 words.)
    const rest = subj && s.end - subj.end <= 120 ? text.slice(subj.end, s.end) : 'x';
    const content = trimSpan(text, s.start, tokens[t].start, /[\s,.\-–—]/u);
    const longClause = t - firstStartingAt(tokens, content.start) > 60;
    const lastWord = text.slice(subj?.start ?? 0, subj?.end ?? 0).split(/\s+/).pop() ?? '';
    // («Песков заявил, что …, сообщает ТАСС.»: a clause with a speech verb of its own is that speaker's; the
    // outlet after the comma only relays it.)
    let ownCue = false;
    for (let c = Math.max(firstStartingAt(tokens, content.start), t - 61); c < t && !ownCue; c++) ownCue = VERBS.has(tokens[c].key);
    if (subj && !ownCue && !longClause && /^(?:\s*[»"”])?(?:\s+со\s+ссылкой\s+на\s+[^,.;]{1,60})?[\s.!…]*$/u.test(rest) && text.slice(content.start, content.end).split(/\s+/).length >= 2 && (/^\p{Lu}/u.test(lastWord) || RU_SUBJECT_PRONOUNS.has(lastWord.toLowerCase()) || RU_ANONYMOUS_SUBJECTS.has(lastWord.toLowerCase()))) {
      return { ...base, subject: subj, content };
    }
  }
  // Left subject: up to five words with no punctuation between them.
  let j = t - 1;
  // «Мария Захарова, в свою очередь, отметила», «Источник, знакомый с ходом переговоров, сообщил»: an aside
  // between commas right before the verb stands between it and its subject.
  const aside = asideBefore(doc, t, a);
  if (aside >= 0) j = aside;
  // («… в интервью «Известиям» отметил»: the subject is sought before the outlet's quoted name.)
  let pastName = false;
  if (aside < 0 && nameQuoteBefore) {
    const q = doc.quotes[quoteIndexAt(doc, tokens[t - 1].start)];
    const before = firstStartingAt(tokens, q.start) - 1;
    if (before >= a && /^\s+$/.test(text.slice(tokens[before].end, q.start))) {
      j = before;
      pastName = true;
    }
  }
  // «Песков не исключил, что …»: the negation belongs to the verb.
  // (Negated, it reports only a «что» clause, a colon or a quote: «не уточнила, когда …» says nothing.)
  const negated = j === t - 1 && j > a && tokens[j].key === 'не' && /^\s+$/.test(gap(doc, j, t));
  if (negated) j--;
  while (j >= a && ADVERBS.has(tokens[j].key) && /^\s+$/.test(gap(doc, j, j + 1))) j--;
  let subject: { start: number; end: number } | null = named;
  if (!named && j >= a && (aside >= 0 || pastName || /^\s+$/.test(gap(doc, j, j + 1 <= t ? j + 1 : t))) && !STOP.has(tokens[j].key)) {
    let k = j;
    // («Анна Петрова и Игорь Смирнов рассказали»: «и» between two capitalised names joins a pair.)
    const pairJoin = (x: number) => tokens[x].key === 'и' && x - 1 >= a && /^\p{Lu}/u.test(tokens[x - 1].text) && /^\p{Lu}/u.test(tokens[x + 1].text);
    while (k - 1 >= a && j - k < 6 && /^(\s+|-)$/.test(gap(doc, k - 1, k)) && (!STOP.has(tokens[k - 1].key) || pairJoin(k - 1)) && !ADVERBS.has(tokens[k - 1].key) && !VERBS.has(tokens[k - 1].key)) k--;
    subject = { start: tokens[k].start, end: tokens[j].end };
    // «спецпосланник … в интервью телеканалу CNBC заявил»: the subject stands before the prepositional phrase.
    // (Not when a person's name ends right before the verb: «Посол России в США Александр Дарчиев заявил».)
    const mj = doc.mentionOfToken[j];
    const named = mj >= 0 && doc.mentions[mj].t1 === j + 1 && ((doc.mentions[mj].kind === 'name' && doc.mentions[mj].entry?.kind === 'person') || (doc.mentions[mj].kind === 'unregistered' && !doc.mentions[mj].org && !doc.mentions[mj].place && doc.mentions[mj].t1 - doc.mentions[mj].t0 >= 2));
    // («Трамп в своей соцсети Truth Social написал»: a chunk with «свой» refers back to the subject; it is never it.
    // «Карни в своем аккаунте в соцсети X написал»: two such phrases; the subject is before both.)
    const reflexiveIn = (from: number, to: number) => {
      for (let x = from; x <= to; x++) if (RU_REFLEXIVE_POSSESSIVE.has(tokens[x].key)) return true;
      return false;
    };
    let reflexive = reflexiveIn(k, j);
    for (let hop = 0; hop < 3 && (hop === 0 ? !named || reflexive : reflexive) && k - 1 >= a && PREPOSITIONS.has(tokens[k - 1].key) && /^\s+$/.test(gap(doc, k - 1, k)); hop++) {
      const e = k - 2;
      let st = e;
      while (st - 1 >= a && e - st < 4 && /^(\s+|-)$/.test(gap(doc, st - 1, st)) && !STOP.has(tokens[st - 1].key) && !ADVERBS.has(tokens[st - 1].key)) st--;
      if (!(e >= a && st <= e && /^(\s+|-)$/.test(gap(doc, e, e + 1)) && !STOP.has(tokens[e].key) && !ADVERBS.has(tokens[st].key))) break;
      subject = { start: tokens[st].start, end: tokens[e].end };
      reflexive = reflexiveIn(st, e);
      k = st;
    }
  }
  if (!subject) subject = rightSubject(doc, t, b);
  if (!subject) return null;
  // Content: after «что», a colon or a quote; else the rest of the sentence (подтвердил ожидание встречи).
  let contentStart = -1;
  for (let k = t + 1; k < b && k - t < 20; k++) {
    const g = gap(doc, k - 1, k);
    if (/:/.test(g)) { contentStart = tokens[k - 1].end + g.indexOf(':') + 1; break; }
    // («сообщил «Интерфаксу», что …»: an outlet's name in quotes opens no content.)
    const qk = quoteIndexAt(doc, tokens[k].start);
    if (qk >= 0 && ruNameQuote(doc, qk)) continue;
    // (A mark that closes an outlet's quoted name, «"РИА Новости", что …», opens nothing either.)
    const mark = /[«"“„]/.test(g) ? tokens[k - 1].end + g.search(/[«"“„]/) : -1;
    const markQuote = mark >= 0 ? quoteIndexAt(doc, mark) : -1;
    if (mark >= 0 && !(markQuote >= 0 && ruNameQuote(doc, markQuote))) { contentStart = mark; break; }
    if (tokens[k].key === 'что' && /,\s*$/.test(g)) { contentStart = tokens[k].end; break; }
    // «рассказывает, какие у них были проспекты»: an indirect question after the comma is what was told — but
    // not after a negated verb («не уточнила, когда …»: nothing was said).
    if (RU_WH.has(tokens[k].key) && /,\s*$/.test(g) && k === t + 1) {
      if (negated) return null;
      contentStart = tokens[k].start;
      break;
    }
    if (qk >= 0) break;
  }
  if (contentStart < 0) {
    const after = t + 1;
    if (info.quoteOnly || info.clauseOnly || negated || b - after < 2 || subject.start > tokens[t].start) return null;
    contentStart = tokens[after].start;
  } else if ((info.quoteOnly || info.naming) && t + 1 < b && contentStart > tokens[t + 1].start && !/:/.test(text.slice(tokens[t].end, contentStart)) && !/что\s*$/u.test(text.slice(Math.max(0, contentStart - 5), contentStart))) {
    // «обвинила Вашингтон в «саботаже» переговоров», «назвал заявления Москвы «ложью»»: the object and the quote
    // together are what was said.
    contentStart = tokens[t + 1].start;
  }
  // («…, что ответ будет симметричным, сообщает ТАСС.»: the outlet relaying it at the end is not what was said.)
  const content = withoutRelayTail(doc, contentStart, s.end);
  if (content.end <= content.start) return null;
  return { ...base, subject, content };
}

/** «Газета «Северный вестник» сообщила», «„Коммерсантъ“ пишет»: the subject when the sentence opens with an
 *  outlet's quoted name (after one word of its kind at most) that ends right before the verb; else null. */
function namedOutletSubject(doc: Doc, a: number, t: number): Span | null {
  const qi = quoteIndexAt(doc, doc.tokens[t - 1].start);
  if (qi < 0 || !/^\s+$/.test(doc.text.slice(doc.quotes[qi].end, doc.tokens[t].start))) return null;
  const q = doc.quotes[qi];
  const ob = firstStartingAt(doc.tokens, q.start);
  if (ob - a > 1 || (ob - a === 1 && doc.tokens[a].end > q.start)) return null;
  // (A name, not words: at most three, no closing punctuation; a quote said would end in a comma and a dash.)
  const inner = doc.text.slice(q.innerStart, q.innerEnd).trim();
  if (!ruNameQuote(doc, qi) && !(/^\p{Lu}/u.test(inner) && /^[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2}$/u.test(inner))) return null;
  return { start: ob - a === 1 ? doc.tokens[a].start : q.start, end: q.end };
}

/** The content from `start` to the sentence's end `end`, without a relaying outlet closing it («…, сообщает ТАСС.»);
 *  looked for in the last 80 characters only, so that a long text stays linear. */
function withoutRelayTail(doc: Doc, start: number, end: number): Span {
  const tailFrom = Math.max(start, end - 80);
  const relay = RELAY_TAIL.exec(doc.text.slice(tailFrom, end));
  return trimSpan(doc.text, start, relay ? tailFrom + relay.index : end);
}

/** A relaying outlet closing a sentence: «, сообщает ТАСС.», «, пишет "Коммерсантъ".» (bounded: no backtracking past a comma). */
const RELAY_TAIL = /,\s*(?:сообщает|сообщают|пишет|пишут|передает|передаёт|передают|уточняет)\s+[^,;:]{1,60}$/u;

/** «Интерфаксу», «РИА Новости», «Россия 1»: a quote of one to three capitalised words (or digits) after no colon
 *  names an outlet or a title; it is nobody's words. */
export function ruNameQuote(doc: Doc, qi: number): boolean {
  const q = doc.quotes[qi];
  if (q.unclosed || /:\s*$/.test(doc.text.slice(Math.max(0, q.start - 3), q.start))) return false;
  const inner = doc.text.slice(q.innerStart, q.innerEnd).trim();
  const words = inner.split(/\s+/);
  if (words.length > 3) return false;
  if (words.every((w) => /^(?:\p{Lu}|\d)[\p{L}\d-]*$/u.test(w))) return true;
  // («газета «Северный вестник»», «телеканал «Первый канал»»: after an outlet's noun, only its first word is
  // capitalised.)
  const before = /(\S+)\s+$/u.exec(doc.text.slice(Math.max(0, q.start - 24), q.start));
  return /^\p{Lu}/u.test(inner) && words.every((w) => /^[\p{L}\d-]+$/u.test(w)) && !!before && isOutletNoun(before[1]);
}

const RU_SUBJECT_PRONOUNS = new Set(['он', 'она', 'они']);
const RU_WH = new Set(['какие', 'какой', 'какая', 'какое', 'как', 'когда', 'где', 'почему', 'зачем', 'кто', 'сколько', 'куда', 'откуда', 'чем', 'чего']);
const RU_ANONYMOUS_SUBJECTS = new Set(RU_ANONYMOUS);

const RU_CLAUSE_OPENERS = new Set(['который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'откуда', 'куда', 'где', 'когда', 'кто', 'чем', 'почему', 'зачем', 'если', 'хотя', 'пока', 'поскольку', 'так']);

/** Discourse asides that stand between commas: «в свою очередь», «со своей стороны», «однако». */
const ASIDES = new Set(['в свою очередь', 'со своей стороны', 'с своей стороны', 'однако', 'впрочем', 'напротив', 'в частности', 'в то же время', 'тем не менее', 'кроме того', 'при этом', 'между тем', 'также', 'в ответ']);

/** The last token of the subject before «, ASIDE, VERB»: the aside is a discourse phrase or a participial or
 *  appositive phrase opening in lower case («, знакомый с ходом переговоров,»), at most eight words; else -1. */
function asideBefore(doc: Doc, t: number, a: number): number {
  const { tokens } = doc;
  if (t - 1 < a || !/^\s*,\s*$/.test(gap(doc, t - 1, t))) return -1;
  let k = t - 1;
  while (k - 1 >= a && t - k < 8 && !/[,.;:!?«»"“”()—–]/.test(gap(doc, k - 1, k))) k--;
  if (k - 1 < a || !/^\s*,\s*$/.test(gap(doc, k - 1, k))) return -1;
  const words = tokens.slice(k, t).map((w) => w.key).join(' ');
  // (Not a relative or interrogative clause: «на вопрос, откуда произошел человек, отвечал».)
  const lower = /^\p{Ll}/u.test(tokens[k].text) && !STOP.has(tokens[k].key) && !VERBS.has(tokens[k].key) && !RU_CLAUSE_OPENERS.has(tokens[k].key);
  if (!ASIDES.has(words) && !lower) return -1;
  // The subject before the aside is a name or a capitalised word («Источник, знакомый …»): a lower-case word
  // there («О важности такого шага, в частности, говорил министр») leaves the subject to follow the verb.
  return /^\p{Lu}/u.test(tokens[k - 1].text) ? k - 1 : -1;
}

/** The words after the verb that name the speaker: «заявил Песков», «ответил Песков на вопрос» → Песков. */
function rightSubject(doc: Doc, t: number, b: number): { start: number; end: number } | null {
  const { tokens } = doc;
  let k = t + 1;
  // «— заявили в Кремле», «сообщили в Минобороны»: an institution after «в» is the (impersonal) speaker.
  if (k + 1 < b && (tokens[k].key === 'в' || tokens[k].key === 'во') && /^\p{Lu}/u.test(tokens[k + 1].text)) k++;
  // «— написала в своем телеграм-канале глава Еврокомиссии …»: where it was said comes before who said it.
  else if (k + 2 < b && (tokens[k].key === 'в' || tokens[k].key === 'на') && /^\p{Ll}/u.test(tokens[k + 1].text)) {
    let m = k + 1;
    if (RU_OWN.has(tokens[m].key) && m + 1 < b) m++;
    if (m + 1 < b && /^\s+$/.test(gap(doc, k, k + 1)) && /^\s+$/.test(gap(doc, m, m + 1))) k = m + 1;
  }
  // «…, сообщил «Интерфаксу» Андрей Картаполов»: the outlet spoken to, quoted, before the name that speaks.
  const q0 = k < b ? quoteIndexAt(doc, tokens[k].start) : -1;
  if (q0 >= 0 && ruNameQuote(doc, q0)) {
    const after = firstStartingAt(tokens, doc.quotes[q0].end);
    if (after < b && /^\p{Lu}/u.test(tokens[after].text) && !STOP.has(tokens[after].key)) k = after;
  }
  // («— рассказал РИА Новости замглавы МИД Сергей Рябков», «сообщил ТАСС источник …»: an organisation right before
  // a person, a title or an unnamed source is whom it was told to.)
  const o = k < b ? doc.mentionOfToken[k] : -1;
  if (o >= 0 && doc.mentions[o].t0 === k && doc.mentions[o].kind === 'org' && doc.mentions[o].t1 < b && /^\s+$/.test(gap(doc, doc.mentions[o].t1 - 1, doc.mentions[o].t1))) {
    const n = doc.mentions[o].t1;
    // (A title the registry does not hold may stand before the name: «замглавы МИД Сергей Рябков».)
    let person = false;
    for (let j = n; j < b && j - n < 6 && !person && !STOP.has(tokens[j].key) && tokens[j].key !== 'со' && (j === n || /^(\s+|-)$/.test(gap(doc, j - 1, j))); j++) {
      const next = doc.mentionOfToken[j];
      person = next >= 0 && doc.mentions[next].t0 === j && (doc.mentions[next].kind === 'name' || doc.mentions[next].kind === 'title' || (doc.mentions[next].kind === 'unregistered' && !doc.mentions[next].org && !doc.mentions[next].place));
      if (next >= 0 && doc.mentions[next].kind === 'org') break;
    }
    if (person || RU_ANONYMOUS_SUBJECTS.has(tokens[n].key)) k = n;
  }
  const from = k;
  // (Up to eight words: «заместитель министра иностранных дел России Сергей Рябков».)
  while (k < b && k - from < 8 && !STOP.has(tokens[k].key) && (k === from || /^(\s+|-)$/.test(gap(doc, k - 1, k)))) k++;
  if (k <= from) return null;
  // Stop after the first capitalised run: «Песков на соответствующий вопрос» → Песков.
  let end = from;
  let sawCap = false;
  for (let m = from; m < k; m++) {
    const cap = /^\p{Lu}/u.test(tokens[m].text);
    if (sawCap && !cap) break;
    if (cap) sawCap = true;
    end = m + 1;
  }
  // «ТАСС со ссылкой на Пескова», «РИА Новости со ссылкой на пресс-службу Кремля»: whom the outlet cites belongs
  // to the subject (the subject's reading credits them), up to four words before punctuation.
  if (end + 3 < b && tokens[end].key === 'со' && tokens[end + 1].key === 'ссылкой' && tokens[end + 2].key === 'на') {
    let e = end + 3;
    while (e < b && e - (end + 3) < 4 && !/[,.;:!?«»"“”—–]/.test(gap(doc, e - 1, e))) e++;
    return { start: tokens[from].start, end: tokens[e - 1].end };
  }
  return { start: tokens[from].start, end: tokens[end - 1].end };
}

function accordingFrame(doc: Doc, t: number, a: number, b: number, sentence: number): Frame | null {
  const { text, tokens } = doc;
  // «По его словам, …» / «по её мнению»: the possessive pronoun is the source.
  if (t + 2 < b && tokens[t].key === 'по' && POSSESSIVES.has(tokens[t + 1].key) && (tokens[t + 2].key === 'словам' || tokens[t + 2].key === 'мнению')) {
    const s = doc.sentences[sentence];
    const content = trimSpan(text, tokens[t + 2].end, s.end);
    if (content.end <= content.start) return null;
    const subject = { start: tokens[t + 1].start, end: tokens[t + 1].end };
    return { kind: 'according', cue: textSpan(text, tokens[t].start, tokens[t + 2].end), subject, content, sentence, para: s.para };
  }
  // «Как ранее заявил Ушаков, …»: a time adverb may stand between «как» and its verb.
  const skip = tokens[t].key === 'как' && t + 2 < b && KAK_ADVERBS.has(tokens[t + 1].key) ? 1 : 0;
  for (const words of ACCORDING.get(tokens[t].key) ?? []) {
    if (t + words.length + skip >= b) continue;
    if (!words.every((w, i) => tokens[t + i + (i > 0 ? skip : 0)].key === w)) continue;
    const s = doc.sentences[sentence];
    let k = t + words.length + skip;
    const srcStart = k;
    // The source runs to punctuation or to the verb that reports it («со ссылкой на Пескова сообщает, что …»).
    // After «как <verb>» the subject stands inverted up to the comma, past an adverbial and a quoted outlet's
    // name («как сказал в интервью "НГ" проректор … Сергей Рощин, …»): the last name in it is the speaker.
    const inverted = words[0] === 'как';
    while (k < b && k - srcStart < (inverted ? 14 : 6) && (k === srcStart || (!(inverted ? /[,.;:]/ : /[,.;:«"]/).test(gap(doc, k - 1, k)) && !VERBS.has(tokens[k].key)))) k++;
    // («По словам источника, знакомого с ситуацией, …»: a participle's phrase between commas describes the source.)
    if (!inverted && k < b && /^,\s*$/.test(gap(doc, k - 1, k)) && RU_PARTICIPLE_ADJ.test(tokens[k].key)) {
      let e = k + 1;
      while (e < b && e - k < 8 && !/[,.;:«"]/.test(gap(doc, e - 1, e))) e++;
      if (e < b && /^,\s*$/.test(gap(doc, e - 1, e))) k = e;
    }
    let subject = { start: tokens[srcStart].start, end: tokens[k - 1].end };
    if (inverted) {
      const last = firstStartingAt(doc.mentions, tokens[k - 1].end) - 1;
      const m = last >= 0 ? doc.mentions[last] : undefined;
      if (m && m.start >= subject.start && m.end === subject.end) subject = { start: m.start, end: m.end };
    }
    const cue = textSpan(text, tokens[t].start, tokens[t + words.length - 1 + skip].end);
    const before = trimSpan(text, s.start, tokens[t].start);
    // («как пишет газета «Коммерсантъ», …»: a quoted outlet's name ends past its closing mark.)
    const qi = quoteIndexAt(doc, tokens[k - 1].start);
    const after = qi >= 0 ? Math.max(tokens[k - 1].end, doc.quotes[qi].end) : tokens[k - 1].end;
    let content = t > a && before.end - before.start > 10 ? before : trimSpan(text, after, s.end);
    // («Об этом сообщает ТАСС со ссылкой на …»: what is before is itself a back-reference, the verb's to report.)
    const c0 = firstStartingAt(tokens, content.start);
    if (c0 + 1 < b && tokens[c0].key === 'об' && tokens[c0 + 1].key === 'этом') return null;
    // «…, что встреча состоится»: past the reporting verb and «что», which are not the content.
    for (let c = firstStartingAt(tokens, content.start), guard = 0; guard < 2 && c < b && tokens[c].start === content.start && (VERBS.has(tokens[c].key) || tokens[c].key === 'что'); c++, guard++) {
      content = trimSpan(text, tokens[c].end, content.end);
    }
    if (content.end <= content.start) return null;
    return { kind: 'according', cue, subject, content, sentence, para: s.para };
  }
  return null;
}
