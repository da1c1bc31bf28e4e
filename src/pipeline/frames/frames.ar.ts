// Arabic attribution frames. The press writes verb–subject–content: «وقال بيسكوف إن …», «وأضافت: "…"»,
// «أشار دارتشييف إلى أن …», «مشيرا إلى أن …» (the subject carried by the participle), «بحسب X، …», and
// headlines «بيسكوف: …». English gloss: "And Peskov said that …", "She added: '…'", "according to X, …".

import { AR_ACCORDING, AR_ADVERBIALS, AR_ANONYMOUS, AR_COMPLEMENTISERS, AR_DOCUMENT_NOUNS, AR_QUOTE_ONLY, AR_SENTENCE_OPENERS, AR_SPEECH_NOUNS, AR_VERBS } from '../lexicon/speech-verbs.ar';
import { foldLetters, normalizeText } from '../normalize/text';
import { arabicPrefixedWord } from '../lexicon/names.ar';
import type { Gender, Span } from '../types';
import { endsWithColon, sentenceTokens, textSpan, trimSpan } from './frame';
import type { Doc, Frame } from './frame';
import type { Mention } from '../mentions/find-mentions';
import { headlineFrames, bulletFrames, introFrames, quoteIndexAt } from './common';
import { firstStartingAt } from '../segment/search';

interface VerbInfo {
  gender?: Gender;
  plural?: boolean;
  participle: boolean;
  prep: string[];
  /** Takes a noun-phrase content without أن (أعلن بدء…، نفى التقارير، أشار إلى عدم…). */
  np: boolean;
  /** The form is also an everyday noun or preposition (بين، عبر، ذكر): only a complementiser or colon makes it a cue. */
  ambiguous: boolean;
  /** Present tense (يعتبر، يرى) often states a habit or a passive sense: a cue only with أن or a colon. */
  present?: boolean;
  /** Takes a person object before its content: دعا X إلى Y → content "X إلى Y". */
  object?: boolean;
  /** A stance verb (ندد، أدان، اتهم): a cue only when its content carries a quote. */
  quoteOnly?: boolean;
}

const NP_VERBS = new Set(['استبعد', 'أعلن', 'نفى', 'اقترح', 'أكد', 'وصف', 'اعتبر', 'أشار', 'لفت', 'شدد', 'حذر', 'دعا', 'أعرب', 'تعهد', 'توعد', 'نوه', 'كشف', 'عبر', 'طالب', 'أبدى', 'توقع', 'جدد', 'أقر'].map(foldLetters));
const AMBIGUOUS = new Set(['بين', 'عبر', 'ذكر', 'رد', 'تابع', 'نقل', 'أعاد', 'علق', 'سأل', 'كتب', 'رأى', 'وصف', 'حذر', 'أفاد', 'توقع', 'ذاكرة', 'كاتبا', 'داعية', 'متابعة', 'رادا', 'كاشفة', 'مبلغ', 'أبلغ'].map(foldLetters));
const DOA_PREPS = ['إلى', 'الى'];
const OBJECT_VERBS = new Set(['دعا', 'طالب', 'حث', 'أبلغ'].map(foldLetters));

const QUOTE_ONLY = new Set(AR_QUOTE_ONLY.map(foldLetters));
const VERBS = new Map<string, VerbInfo>();
for (const v of AR_VERBS) {
  const prep = (v.prep ?? (v.m === 'دعا' ? DOA_PREPS : [])).map(foldLetters);
  const quoteOnly = QUOTE_ONLY.has(foldLetters(v.m));
  const np = NP_VERBS.has(foldLetters(v.m)) || quoteOnly;
  const object = OBJECT_VERBS.has(foldLetters(v.m));
  const put = (form: string | undefined, info: Omit<VerbInfo, 'prep' | 'np' | 'ambiguous' | 'object'>) => {
    if (!form) return;
    const key = foldLetters(form);
    if (!VERBS.has(key)) VERBS.set(key, { ...info, prep, np, object, quoteOnly, ambiguous: AMBIGUOUS.has(key) });
  };
  put(v.m, { gender: 'm', participle: false });
  put(v.f, { gender: 'f', participle: false });
  put(v.pl, { plural: true, participle: false });
  put(v.presM, { gender: 'm', participle: false, present: true });
  put(v.presF, { gender: 'f', participle: false, present: true });
  put(v.partM, { gender: 'm', participle: true });
  put(v.partF, { gender: 'f', participle: true });
}

const COMPLEMENTISERS = new Set(AR_COMPLEMENTISERS.map(foldLetters));
const ADVERBIALS = new Set(AR_ADVERBIALS.map(foldLetters));
/** Words that end a subject: prepositions and time words that start an adverbial after the subject. */
const SUBJECT_STOP = new Set(['في', 'خلال', 'عقب', 'بعد', 'قبل', 'أثناء', 'إثر', 'مساء', 'صباح', 'اليوم', 'أمس', 'ظهر', 'ليلة', 'لوكالة', 'لقناة', 'لصحيفة', 'لموقع', 'للصحفيين', 'للصحافيين', 'بالقول', 'حديثه', 'حديثها', 'كلمته', 'كلمتها', 'عبر', 'مع', 'لدى', 'حول', 'بشأن', 'ردا', 'تعليقا', 'يوم'].map(foldLetters));
/** `لدى` belongs to titles (السفير لدى واشنطن); it stops a subject only after a name. */
const TITLE_INNER = new Set(['لدى', 'في'].map(foldLetters));
const CHUNK_OPENERS = new Set(['في', 'عقب', 'خلال', 'بعد', 'قبل', 'أثناء', 'إثر', 'ردا', 'تعليقا', 'وفي', 'مع', 'عبر', 'لدى', 'حول', 'بشأن', 'على'].map(foldLetters));
const ACCORDING = AR_ACCORDING.map((a) => a.split(/\s+/).map(foldLetters));

/** Verb info for a token, trying it bare and without a leading و/ف. */
function verbOf(key: string): VerbInfo | undefined {
  const bare = (key[0] === 'و' || key[0] === 'ف') && key.length > 3 ? key.slice(1) : key;
  const hit = VERBS.get(key) ?? VERBS.get(bare);
  if (hit) return hit;
  // «ورد الكرملين بأن …», «فرد: …»: a two-letter verb after و/ف — only one that needs أن or a colon (رد), since
  // «ورد» is also "came" («ورد في البيان أن …», turned away in verbFrame).
  if (key.length === 3 && (key[0] === 'و' || key[0] === 'ف')) {
    const short = VERBS.get(key.slice(1));
    if (short?.ambiguous) return short;
  }
  // An object pronoun on a conjoined verb: ووصفها، فسألها. Without و/ف the form is usually a relative clause
  // («بيان نقلته شبكة») and no cue.
  if (bare === key) return undefined;
  const m = /^(.{2,}?)(ها|هم|هما|ه|ني|نا)$/.exec(bare);
  const v = m ? VERBS.get(m[1]) : undefined;
  return v && !v.participle ? { ...v, ambiguous: false, np: false } : undefined;
}

function isComplementiser(key: string): boolean {
  return COMPLEMENTISERS.has(key) || ((key[0] === 'و' || key[0] === 'ف') && COMPLEMENTISERS.has(key.slice(1)));
}

/** «طالبا عدم كشف هويته», «بعدم ذكر اسمه»: after «عدم» ("not …-ing") a verb's form is its verbal noun, no verb. */
function afterVerbalNounHead(doc: Doc, t: number): boolean {
  return t > 0 && /^[وفبل]?عدم$/u.test(doc.tokens[t - 1].key) && doc.tokens[t - 1].para === doc.tokens[t].para;
}

export function arabicFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [...headlineFrames(doc), ...introFrames(doc)];
  for (const s of doc.sentences) {
    const [a, b] = sentenceTokens(doc, s.index);
    for (let t = a; t < b; t++) {
      const tok = doc.tokens[t];
      if (quoteIndexAt(doc, tok.start) >= 0) continue; // speech reported inside a quote stays in the quote
      const info = afterVerbalNounHead(doc, t) ? undefined : verbOf(tok.key);
      if (info) {
        const extra: Frame[] = [];
        const f = verbFrame(doc, t, b, info, s.index, extra);
        if (f) frames.push(f, ...extra);
        continue;
      }
      const nominal = nominalFrame(doc, t, b, s.index) ?? cameInFrame(doc, t, b, s.index);
      if (nominal) {
        frames.push(nominal);
        continue;
      }
      const acc = accordingAt(doc, t, b);
      if (acc) frames.push({ ...acc, sentence: s.index, para: s.para });
    }
  }
  frames.push(...bulletFrames(doc, frames));
  return frames;
}

function verbFrame(doc: Doc, t: number, b: number, info: VerbInfo, sentence: number, extra: Frame[] = []): Frame | null {
  const { text, tokens } = doc;
  const s = doc.sentences[sentence];
  // «ولم يستبعد بيسكوف …» ("did not rule out"): لم with the present form is the negated past, and not ruling out
  // is a stance taken; any other verb negated so («لم يؤكد الكرملين الموعد») reports nothing said.
  if (info.present && t > 0 && doc.sentenceOfToken[t - 1] === sentence && /^[وف]?لم$/u.test(tokens[t - 1].key)) {
    if (!/^(?:يستبعد|تستبعد)$/u.test(tokens[t].key)) return null;
    info = { ...info, present: false };
  }
  // «هل قال بيسكوف إن …؟»: a question whether someone said it reports nothing.
  if (t > 0 && doc.sentenceOfToken[t - 1] === sentence && /^[وف]?هل$/u.test(tokens[t - 1].key)) return null;
  // «ويذكر أن الرئيس كان قد زار …»: a present verb opening the sentence with أن right after it and no subject is
  // the writer's background formula ("it is worth noting that"), not anyone's statement.
  if (info.present && firstStartingAt(tokens, s.start) === t && t + 1 < b && isComplementiser(tokens[t + 1].key)) return null;
  // «وورد في البيان أن …»: "it came in the statement" — the document speaks, not a dropped subject of «رد».
  if (tokens[t].key === 'ورد' && t + 1 < b && (tokens[t + 1].key === 'في' || tokens[t + 1].key === 'فى')) return null;
  const cue = textSpan(text, tokens[t].start, tokens[t].end);
  // «تلقت مقترحا جديدا»: a participle's form is also an accusative noun or adjective. It is a cue after a comma,
  // at a sentence's start or after a verb («وتابع قائلا»), or when its content opens right after it (أن، إلى، :).
  if (info.participle && t > 0 && doc.sentenceOfToken[t - 1] === sentence) {
    const g = gapKind(text, tokens[t - 1].end, tokens[t].start);
    const next = t + 1 < b ? tokens[t + 1].key : '';
    const opens = isComplementiser(next) || isPrepOf(info, next, t + 2 < b ? tokens[t + 2].key : '') || /^\s*[:："«“]/.test(text.slice(tokens[t].end, tokens[t].end + 3));
    if (g !== 'comma' && g !== 'colon' && !verbOf(tokens[t - 1].key) && !opens) return null;
  }
  // «ونقلت عنه وكالة تاس قوله إن …»: relayed "from him/her" — the one the pronoun points back to speaks.
  if (RELAY_VERBS.has(stripWa(tokens[t].key)) && t + 1 < b && (tokens[t + 1].key === 'عنه' || tokens[t + 1].key === 'عنها')) {
    for (let c = t + 2; c < b && c - t <= 8; c++) {
      if (!isComplementiser(tokens[c].key)) continue;
      const content = trimSpan(text, tokens[c].end, s.end);
      if (content.end <= content.start) return null;
      return { kind: 'verb', cue, subject: null, content, gender: tokens[t + 1].key === 'عنه' ? 'm' : 'f', sentence, para: s.para };
    }
    return null;
  }
  // «وأصدر الكرملين بيانا قال فيه إن …»: "a statement in which it said" — the issuer, the subject of the verb that
  // opens the sentence, speaks.
  const a0 = firstStartingAt(tokens, s.start);
  if (!info.participle && t + 1 < b && (tokens[t + 1].key === 'فيه' || tokens[t + 1].key === 'فيها') && t - 2 > a0 && DOCUMENT_NOUNS.has(tokens[t - 1].key)) {
    const issuer = { start: tokens[a0 + 1].start, end: tokens[t - 2].end };
    for (let c = t + 2; c < b && c - t <= 4; c++) {
      const g = gapKind(text, tokens[c - 1].end, tokens[c].start);
      const at = isComplementiser(tokens[c].key) ? tokens[c].end : g === 'colon' || g === 'quote' ? afterGap(text, tokens[c - 1].end, g, tokens[c].start) : -1;
      if (at < 0) continue;
      const content = trimSpan(text, at, s.end);
      return content.end > content.start ? { kind: 'verb', cue, subject: issuer, content, gender: info.gender, plural: info.plural, sentence, para: s.para } : null;
    }
    return null;
  }
  // 1. Scan to what opens the content: a complementiser, the verb's preposition, a colon or a quote.
  let k = t + 1;
  let stop: 'comp' | 'prep' | 'colon' | 'quote' | 'word' | 'end' = 'end';
  let first = gapKind(text, tokens[t].end, k < b ? tokens[k].start : s.end);
  // «وذكرت "رويترز" أن …»: an outlet's name in quotes right after the verb, then the complementiser, is its subject.
  if (first === 'quote' && k < b) {
    const qn = quoteIndexAt(doc, tokens[k].start);
    const after = qn >= 0 ? firstStartingAt(tokens, doc.quotes[qn].end) : -1;
    if (qn >= 0 && !doc.quotes[qn].unclosed && isNameQuote(doc, qn) && after > k && after < b && isComplementiser(tokens[after].key)) first = null;
  }
  if (first === 'colon' || first === 'quote') stop = first;
  else {
    while (k < b && k - t <= 30) {
      const key = tokens[k].key;
      const qi = quoteIndexAt(doc, tokens[k].start);
      if (qi >= 0 && (!isNameQuote(doc, qi) || (info.quoteOnly && !namedInQuotes(doc, qi)))) { stop = 'quote'; break; }
      // («لـ"سي إن إن" إن …»: an إن inside a quoted name is part of the name.)
      // (Nor one inside a registry name: «لشبكة سي إن إن إن …».)
      if (isComplementiser(key) && !(qi >= 0 && isNameQuote(doc, qi)) && !insideMention(doc, k)) { stop = 'comp'; break; }
      // («أكد بيسكوف، ردا على سؤال …، أن …»: the preposition of an adverbial verbal noun after a comma is that noun's.)
      const adverbialNoun = k - 2 > t && /ا$/u.test(tokens[k - 1].key) && /[,،]\s*$/u.test(text.slice(tokens[k - 2].end, tokens[k - 1].start));
      if (!adverbialNoun && isPrepOf(info, key, k + 1 < b ? tokens[k + 1].key : '') && !(k + 1 < b && tokens[k + 1].key === 'لسان')) { stop = 'prep'; break; }
      const other = k > t + 1 && !afterVerbalNounHead(doc, k) ? verbOf(key) : undefined;
      if (other && !other.ambiguous && !other.present) { stop = 'word'; break; }
      k++;
      if (k < b) {
        const g = gapKind(text, tokens[k - 1].end, tokens[k].start);
        if (g === 'colon') { stop = g; break; }
        // Only an opening mark opens content; the closing mark of «"تاس"» does not.
        const qi = g === 'quote' ? quoteIndexAt(doc, tokens[k].start) : -1;
        if (qi >= 0 && doc.quotes[qi].start >= tokens[k - 1].end && (!isNameQuote(doc, qi) || (info.quoteOnly && !namedInQuotes(doc, qi)))) { stop = 'quote'; break; }
      }
    }
  }
  // 2. The subject is the first chunk after the verb (to a comma or an adverbial), plus a name in apposition:
  //    «قال المتحدث باسم الكرملين، ديمتري بيسكوف، لوكالة تاس، إن …».
  let subjEnd = t + 1;
  let apposition = false;
  if (!info.participle && first !== 'colon' && first !== 'quote') {
    while (subjEnd < k && subjEnd - t <= 9) {
      if (subjEnd > t + 1 && /[،,]/.test(text.slice(tokens[subjEnd - 1].end, tokens[subjEnd].start))) break;
      const key = tokens[subjEnd].key;
      // (Not «في» before a document or an occasion: «وقالت الرئاسة الفرنسية في بيان إن …».)
      const occasion = key === 'في' && subjEnd + 1 < k && (DOCUMENT_NOUNS.has(tokens[subjEnd + 1].key) || OCCASION_NOUNS.has(tokens[subjEnd + 1].key));
      if (SUBJECT_STOP.has(key) && (occasion || !(TITLE_INNER.has(key) && subjEnd > t + 1 && !nameEndsAt(doc, subjEnd)))) break;
      // «وتابع قائلا: …»: a speech participle right after the verb is no subject; the subject is dropped.
      if (verbOf(key)?.participle) break;
      // «وقال مسؤول أمريكي لرويترز إن …», «قالت مصادر لـ"سكاي نيوز" …»: after an unnamed source or a name, a
      // word with the preposition ل is whom it was said to (the outlet), not more of the subject — unlike a
      // title's own complement («المبعوث الخاص لأوكرانيا», «الأمين العام للأمم المتحدة»).
      // (Not a person's name that opens with the letter: «المتحدث باسم الخارجية الصينية لين جيان».)
      if (subjEnd > t + 1 && key[0] === 'ل' && (key === 'ل' || RELAYED_ANONYMOUS.has(tokens[t + 1].key) || nameEndsAt(doc, subjEnd)) && !opensPersonName(doc, subjEnd)) break;
      subjEnd++;
    }
    if (subjEnd < k && subjEnd > t + 1 && /[،,]/.test(text.slice(tokens[subjEnd - 1].end, tokens[subjEnd].start))) {
      const m = doc.mentionOfToken[subjEnd];
      const mention = m >= 0 ? doc.mentions[m] : undefined;
      if (mention && mention.t0 === subjEnd && (mention.kind === 'name' || mention.kind === 'unregistered')) {
        subjEnd = mention.t1;
        apposition = true;
      }
    }
  }
  // «وقالت الخارجية على لسان المتحدثة باسمها ماريا زاخاروفا إن …»: "by the tongue of" — the one it names speaks.
  let subjStart = t + 1;
  for (let j = t + 1; j + 2 < subjEnd; j++) {
    if (tokens[j].key === 'علي' || tokens[j].key === 'على') {
      if (tokens[j + 1].key !== 'لسان') break;
      // (An unnamed «المتحدث باسمه» names no one: the institution before «على لسان» speaks.)
      let named = false;
      for (let q = j + 2; q < subjEnd && !named; q++) named = doc.mentionOfToken[q] >= 0;
      if (named) subjStart = j + 2;
      else subjEnd = j;
      break;
    }
  }
  // «وقالت لرويترز مصادر مطلعة إن …»: whom it was said to, right after the verb, before the subject.
  {
    const h = doc.mentionOfToken[t + 1];
    if (subjStart === t + 1 && h >= 0 && tokens[t + 1].key[0] === 'ل' && doc.mentions[h].t0 === t + 1 && doc.mentions[h].kind === 'org' && doc.mentions[h].t1 < subjEnd) subjStart = doc.mentions[h].t1;
  }
  let subject = subjEnd > subjStart ? { start: tokens[subjStart].start, end: tokens[subjEnd - 1].end } : null;
  // The first mention after the verb is the subject; words after it are the object (دعا ترامب الدول إلى …).
  let objectStart = -1;
  // «وكان ترامب قد دعا الثلاثاء الدول …»: the subject stands before قد; after the verb come adverbials and the object.
  let before = preverbalSubject(doc, t);
  // «زاخاروفا تحذر من تصعيد خطير», «الكرملين ينفي وجود خطط»: a headline — one sentence, no closing stop — puts its
  // verb in the present after the subject, a name opening the line, and reports a noun phrase.
  if (info.present && !before && t > a0) {
    const para = doc.paras[s.para];
    const mi = doc.mentionOfToken[t - 1];
    const m = mi >= 0 ? doc.mentions[mi] : undefined;
    if (m && m.t0 === a0 && m.t1 === t && m.kind !== 'title' && !/[.!?؟…:]\s*$/u.test(text.slice(para.start, para.end)) && s.start <= para.start + 1 && s.end >= para.end - 1) {
      before = { start: m.start, end: m.end };
      info = { ...info, present: false };
    }
  }
  if (before && !info.participle) {
    subject = before;
    const obj = t + 1 < b ? skipAdverbials(doc, tokens[t + 1].start, b) : -1;
    if (obj >= 0 && obj < (k < b ? tokens[k].start : s.end)) objectStart = obj;
  } else if (subject && !apposition) {
    const chainEnd = mentionChainEnd(doc, subjStart, subjEnd);
    if (chainEnd > subjStart && chainEnd < subjEnd && !/[،,]/.test(text.slice(tokens[chainEnd - 1].end, tokens[chainEnd].start))) {
      objectStart = tokens[chainEnd].start;
      subject = { start: subject.start, end: tokens[chainEnd - 1].end };
    }
  }
  // 3. The content.
  let contentStart = -1;
  let npContent = false;
  // «اتهمت موسكو واشنطن بـ"تخريب" المحادثات»: a stance verb's object is part of what it reports.
  if (stop === 'quote' && info.quoteOnly && objectStart >= 0) contentStart = objectStart;
  else if (stop === 'colon' || stop === 'quote') contentStart = afterGap(text, k > t + 1 ? tokens[k - 1].end : tokens[t].end, stop, k < b ? tokens[k].start : s.end);
  else if (stop === 'comp') contentStart = tokens[k].end;
  else if (stop === 'prep') {
    const next = k + 1 < b ? tokens[k + 1] : undefined;
    const later = [k + 2, k + 3].find((j) => j < b && isComplementiser(tokens[j].key) && !/[،,.]/.test(text.slice(tokens[k].end, tokens[j].start)));
    let relayStart = -1;
    // «ونقلت وكالة تاس عن بيسكوف قوله إن …»: an agency relays; the speaker is the one after «عن».
    if (RELAY_VERBS.has(stripWa(tokens[t].key)) && k + 1 < b) {
      const chain = mentionChainEnd(doc, k + 1, Math.min(b, k + 8));
      const then = chain < b ? tokens[chain].key : '';
      if (chain > k + 1 && (isComplementiser(then) || (AR_SPEECH_NOUN_SET.has(then) && (colonAfter(doc, chain, b, s.end) || (chain + 1 < b && isComplementiser(tokens[chain + 1].key)))))) {
        subject = { start: tokens[k + 1].start, end: tokens[chain - 1].end };
        relayStart = relayedFrom(doc, chain, b, s.end);
      } else if (later !== undefined && RELAYED_ANONYMOUS.has(tokens[k + 1].key)) {
        // «ونقلت قناة الجزيرة عن مصادر مطلعة أن …»: the channel relays sources it does not name.
        subject = { start: tokens[k + 1].start, end: tokens[later - 1].end };
      } else {
        // «ونقلت وكالة رويترز عن مسؤول أمريكي قوله إن …»: whoever is relayed, up to «قوله» or «أن».
        const at = relayedContent(doc, k + 1, b);
        if (at >= 0) {
          subject = { start: tokens[k + 1].start, end: tokens[at - 1].end };
          relayStart = relayedFrom(doc, at, b, s.end);
        }
      }
    }
    if (relayStart >= 0) contentStart = relayStart;
    else if (next && isComplementiser(next.key)) contentStart = next.end;
    else if (later !== undefined) contentStart = tokens[later].end;
    else if (!info.np) return null;
    else contentStart = objectStart >= 0 && objectStart < tokens[k].start && info.object ? objectStart : tokens[k].end;
  } else if (endsWithColon(text, s)) contentStart = s.end;
  else if (stop === 'end' && !info.participle && subject && quoteEndingBefore(doc, tokens[t].start, s.start) >= 0) {
    // «"نحن لا نريد الحرب"، قال المتحدث باسم الخارجية»: a quote, a comma, then the verb and its subject — the
    // order of a translated wire quote; the quote is what was said.
    const q = doc.quotes[quoteEndingBefore(doc, tokens[t].start, s.start)];
    return { kind: 'verb', cue, subject, content: { start: q.start, end: q.end }, gender: info.gender, plural: info.plural, sentence, para: s.para };
  }
  else if (info.np && !info.ambiguous && !info.present) {
    const from = objectStart >= 0 ? objectStart : subjEnd < b ? tokens[subjEnd].start : -1;
    if (from < 0) return null;
    contentStart = skipAdverbials(doc, from, b);
    // Content that opens with another cue («أشاد بها قائلا: …») belongs to that cue.
    const first = lowerTokenAt(doc, contentStart);
    // («تعهد ترامب بإنهاء الحرب», «طالب عباس بوقف …»: the verb's preposition glued to the noun is the verb's, not
    // what was said.)
    if (first < b && tokens[first].start === contentStart && info.prep.includes('ب') && /^ب[\u0621-\u064A]{3,}/u.test(tokens[first].text) && doc.mentionOfToken[first] < 0) contentStart += 1;
    if (first < b && verbOf(tokens[first].key)) return null;
    npContent = true;
  } else return null;
  // («وحذر غوتيريش من كارثة …», «بدوره، حذر …»: an ambiguous past verb opening its sentence, or only a discourse
  // opener before it, with its preposition, is the verb.)
  const opensSentenceAsVerb = info.ambiguous && !info.present && stop === 'prep' && opensClause(doc, s.start, t) && !!subject;
  if ((info.ambiguous || info.present) && !opensSentenceAsVerb && stop !== 'comp' && stop !== 'colon' && !(stop === 'prep' && contentStart < s.end && isComplementiser(tokens[lowerTokenAt(doc, contentStart) - 1]?.key ?? ''))) return null;
  // («وتابع: «…»»: with the conjunction and a quote after its colon, the verb with a dropped subject speaks.)
  if (info.ambiguous && stop === 'colon' && !subject && !(/^[وف]/.test(tokens[t].text) && contentStart >= 0 && /^\s*["«“„]/.test(text.slice(contentStart, contentStart + 3)))) return null;
  if (contentStart < 0) return null;
  // A noun-phrase content ends at its first comma («أعلن … تعيين فلان، مما يجعله …»); a clause runs to the
  // sentence's end (a later cue in the sentence cuts it when frames settle).
  const end = npContent ? firstCommaOutsideQuotes(doc, contentStart, s.end) : s.end;
  const content = contentStart >= s.end ? { start: s.end, end: s.end } : trimSpan(text, contentStart, end);
  // An empty content after a colon introduces what follows (bullets, a quote in the next paragraph).
  if (content.end <= content.start && !endsWithColon(text, s)) return null;
  // (With أن the stance verb reports a clause, quoted or not: «متهما الصين بأنها …».)
  if (info.quoteOnly && stop !== 'comp' && !quoteWithin(doc, content)) return null;
  // «"نحن جادون"، أضافت ليفيت، "والرئيس يريد نتائج"»: a quote broken by its cue — the part before the verb is
  // the same speaker's words too.
  const lead = !info.participle && subject && stop === 'quote' ? quoteEndingBefore(doc, tokens[t].start, s.start) : -1;
  if (lead >= 0) {
    const q = doc.quotes[lead];
    extra.push({ kind: 'verb', cue, subject, content: { start: q.start, end: q.end }, gender: info.gender, plural: info.plural, sentence, para: s.para });
  }
  return {
    kind: info.participle ? 'participle' : 'verb',
    cue,
    subject: info.participle ? null : subject,
    content,
    gender: info.gender,
    plural: info.plural,
    inherits: info.participle,
    sentence,
    para: s.para,
  };
}

/** «تعليق الرئيس الأميركي دونالد ترامب بأن روسيا "نمر من ورق"»: a speech noun, the speaker in the genitive
 *  right after it, then the content after a complementiser. */
function nominalFrame(doc: Doc, t: number, b: number, sentence: number): Frame | null {
  const { tokens, text } = doc;
  if (!SPEECH_NOUNS.has(tokens[t].key) && !SPEECH_NOUNS.has(tokens[t].key.replace(/^(?:و|ف|ب|ل|وب|ول|فب)(?=\S{4,})/, ''))) return null;
  const end = mentionChainEnd(doc, t + 1, Math.min(b, t + 10));
  if (end <= t + 1 || end >= b || !isComplementiser(tokens[end].key) || /[،,.]/.test(text.slice(tokens[end - 1].end, tokens[end].start))) return null;
  const s = doc.sentences[sentence];
  const content = trimSpan(text, tokens[end].end, s.end);
  if (content.end <= content.start) return null;
  return { kind: 'verb', cue: textSpan(text, tokens[t].start, tokens[t].end), subject: { start: tokens[t + 1].start, end: tokens[end - 1].end }, content, sentence, para: s.para };
}

/** «وجاء في البيان أن …», «وجاء في الرسالة التي نشرها الكرملين: …» ("it came in the statement"): the
 *  document says the content; who issued it is read from the document's words (or the one in focus). */
function cameInFrame(doc: Doc, t: number, b: number, sentence: number): Frame | null {
  const { tokens, text } = doc;
  if (stripWa(tokens[t].key) !== CAME || t + 3 >= b || tokens[t + 1].key !== 'في') return null;
  const head = tokens[t + 2].key.replace(/^ال/, '');
  if (!DOCUMENT_NOUNS.has(head)) return null;
  const s = doc.sentences[sentence];
  for (let k = t + 3; k < b && k - t <= 12; k++) {
    const g = gapKind(text, tokens[k - 1].end, tokens[k].start);
    const opens = g === 'colon' || g === 'quote';
    if (!opens && !isComplementiser(tokens[k].key)) {
      if (g === 'comma' && k > t + 3) return null;
      continue;
    }
    // The content after the colon or at the quote mark, else after the complementiser.
    const from = opens ? afterGap(text, tokens[k - 1].end, g, tokens[k].start + 1) : tokens[k].end;
    const content = trimSpan(text, from, s.end);
    if (content.end <= content.start) return null;
    return { kind: 'verb', cue: textSpan(text, tokens[t].start, tokens[t + 1].end), subject: { start: tokens[t + 2].start, end: tokens[k - 1].end }, content, sentence, para: s.para };
  }
  return null;
}
const CAME = foldLetters('جاء');

const SPEECH_NOUNS = new Set(['تعليق', 'تعليقات', 'تصريح', 'تصريحات', 'قول', 'إعلان', 'تأكيد', 'اتهام', 'اتهامات', 'ادعاء', 'ادعاءات', 'مزاعم', 'زعم', 'وصف', 'تحذير', 'تحذيرات'].map(foldLetters));

/** «(و)كان X قد قال» / «X قد أعلن»: a name or title right before قد is the verb's subject. */
function preverbalSubject(doc: Doc, t: number): Span | null {
  const { tokens } = doc;
  if (t < 2 || !QAD.has(tokens[t - 1].key)) return null;
  const mi = doc.mentionOfToken[t - 2];
  if (mi < 0) return null;
  const m = doc.mentions[mi];
  if (m.t1 !== t - 1 || m.kind === 'unregistered' && m.place) return null;
  let start = m.t0;
  // A title before the name belongs to the subject: «وكان الرئيس الأمريكي دونالد ترامب قد …».
  while (start > 0 && doc.mentionOfToken[start - 1] >= 0 && doc.mentions[doc.mentionOfToken[start - 1]].t1 === start) start = doc.mentions[doc.mentionOfToken[start - 1]].t0;
  return { start: tokens[start].start, end: m.end };
}

const QAD = new Set(['قد', 'لقد']);
const RELAY_VERBS = new Set(['نقل', 'نقلت', 'نقلوا'].map(foldLetters));
/** Occasions of speech after «في»: «في مؤتمر صحفي», «في تصريحات», «في مقابلة». */
const OCCASION_NOUNS = new Set(['مؤتمر', 'تصريحات', 'حديث', 'مقابلة', 'لقاء', 'إحاطة', 'جلسة'].map(foldLetters));
/** Documents an organisation issues: «أصدر بيانا قال فيه …», «نشرت رسالة أكدت فيها …». */
/** (With the accusative -ا of the masculine ones: «أصدر بيانا».) */
const DOCUMENT_NOUNS = new Set(AR_DOCUMENT_NOUNS.flatMap((n) => (n.endsWith('ة') ? [n] : [n, `${n}ا`])).map(foldLetters));

/** After «نقل … عن»: the token that ends the relayed source — a speech noun followed by «أن/إن» («قوله إن»), or
 *  the complementiser itself — within six words and no punctuation, else -1. */
function relayedContent(doc: Doc, from: number, b: number): number {
  const { tokens, text } = doc;
  for (let j = from + 1; j < b && j - from <= 6; j++) {
    if (/[،,.:؛"«»]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return -1;
    if (isComplementiser(tokens[j].key)) return j;
    if (AR_SPEECH_NOUN_SET.has(tokens[j].key) && ((j + 1 < b && isComplementiser(tokens[j + 1].key)) || colonAfter(doc, j, b, doc.text.length))) return j;
  }
  return -1;
}

/** Whether a mention's first word carries the preposition ل or ب («للأمم المتحدة», «بموسكو»), not a name that
 *  begins with the letter («لندن»). */
function prepositionOpens(doc: Doc, m: Mention): boolean {
  const w = doc.tokens[m.t0];
  if (!/^[لب]/.test(w.key)) return false;
  const whole = m.t1 - m.t0 === 1 ? w.text : doc.text.slice(m.start, m.end);
  return doc.registry.byAlias(normalizeText(whole)).length === 0;
}

/** Whether token j is inside a mention, after its first word. */
function insideMention(doc: Doc, j: number): boolean {
  const m = doc.mentionOfToken[j];
  return m >= 0 && doc.mentions[m].t0 < j;
}

/** Whether a registered name that begins with the letter ل starts at token j: a person's («لين جيان»), or any
 *  registry name written so («لندن»). */
function opensPersonName(doc: Doc, j: number): boolean {
  const m = doc.mentionOfToken[j];
  return m >= 0 && doc.mentions[m].t0 === j && (doc.mentions[m].kind === 'name' || (doc.mentions[m].kind === 'org' && !prepositionOpens(doc, doc.mentions[m])));
}

/** Whether a colon follows token j (before the next token, or the sentence's end). */
function colonAfter(doc: Doc, j: number, b: number, sentenceEnd: number): boolean {
  return gapKind(doc.text, doc.tokens[j].end, j + 1 < b ? doc.tokens[j + 1].start : sentenceEnd) === 'colon';
}

/** Where a relayed statement's content starts, from the complementiser or speech noun at `at`: after the
 *  complementiser («عن بيسكوف أن …»), after the speech noun's complementiser («قوله إن …»), or after its colon
 *  («قوله: "…"»). */
function relayedFrom(doc: Doc, at: number, b: number, sentenceEnd: number): number {
  const { tokens, text } = doc;
  if (isComplementiser(tokens[at].key)) return tokens[at].end;
  if (colonAfter(doc, at, b, sentenceEnd)) return afterGap(text, tokens[at].end, 'colon', sentenceEnd);
  return tokens[at + 1].end;
}
const AR_SPEECH_NOUN_SET = new Set(AR_SPEECH_NOUNS.map(foldLetters));

function firstCommaOutsideQuotes(doc: Doc, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (doc.text[i] !== '،' && doc.text[i] !== ',') continue;
    const qi = quoteIndexAt(doc, i);
    if (qi >= 0) {
      i = doc.quotes[qi].end - 1;
      continue;
    }
    return i;
  }
  return to;
}

/** «لوكالة "تاس"»، «بقناة "روسيا 1"»: a quote of one or two words names something; it opens no content. */
/** The quote that ends right before `at`, past a comma (and و), opening at the sentence's start; else -1. */
/** Discourse openers as folded token sequences, longest first. */
const OPENERS = AR_SENTENCE_OPENERS.map((p) => p.split(' ').map(foldLetters)).sort((a, b) => b.length - a.length);

/** Whether token t opens the sentence that starts at sentenceStart, or follows nothing but a discourse opener
 *  and its comma. */
function opensClause(doc: Doc, sentenceStart: number, t: number): boolean {
  const first = firstStartingAt(doc.tokens, sentenceStart);
  if (first === t) return true;
  const n = t - first;
  if (n > 6 || !/^[\s,،]*$/.test(doc.text.slice(doc.tokens[t - 1].end, doc.tokens[t].start))) return false;
  if (OPENERS.some((o) => o.length === n && o.every((w, i) => doc.tokens[first + i].key === w))) return true;
  // («وفي وقت لاحق، نقلت …»: time words and their comma.)
  if (!/[,،]/.test(doc.text.slice(doc.tokens[t - 1].end, doc.tokens[t].start))) return false;
  for (let i = first; i < t; i++) if (!ADVERBIALS.has(i === first ? stripWa(doc.tokens[i].key) : doc.tokens[i].key)) return false;
  return true;
}

function quoteEndingBefore(doc: Doc, at: number, sentenceStart: number): number {
  // (A bounded look-back: the mark, the comma and «هكذا» stand within a few characters of the verb.)
  const from = Math.max(sentenceStart, at - 24);
  const before = doc.text.slice(from, at);
  const m = /["»”]\s*[،,]\s*(?:و?هكذا\s+)?و?\s*$/u.exec(before);
  if (!m) return -1;
  const qi = quoteIndexAt(doc, from + m.index);
  if (qi < 0) return -1;
  const q = doc.quotes[qi];
  return q.start <= sentenceStart + 1 && !/\S/.test(doc.text.slice(sentenceStart, q.start)) ? qi : -1;
}

/** Whether a quote of someone's words (not a quoted name, «قناة "الجزيرة"») opens inside the span. */
function quoteWithin(doc: Doc, span: Span): boolean {
  for (let i = firstStartingAt(doc.quotes, span.start); i < doc.quotes.length && doc.quotes[i].start < span.end; i++) {
    if (!(isNameQuote(doc, i) && namedInQuotes(doc, i))) return true;
  }
  return false;
}

/** Nouns and prepositions before a quoted name: وكالة "تاس"، لـ"العربية"، عبر "إكس"، حركة "حماس". */
const NAME_QUOTE_HEADS = /(?:^|\s)(?:[وف]?(?:وكالة|قناة|صحيفة|موقع|شبكة|منصة|حركة|حزب|منظمة|مجموعة|جماعة|عملية|خطة|مبادرة|مشروع|برنامج|شركة|تطبيق|مجلة|إذاعة|برنامج)|لـ?|عبر|على|في|من)\s*$/;

/** A short quote that names something (after its kind of thing or a preposition), rather than quotes words. */
function namedInQuotes(doc: Doc, qi: number): boolean {
  const q = doc.quotes[qi];
  return NAME_QUOTE_HEADS.test(doc.text.slice(Math.max(0, q.start - 12), q.start));
}

function isNameQuote(doc: Doc, qi: number): boolean {
  if (qi < 0) return false;
  const q = doc.quotes[qi];
  // «اتهم واشنطن بـ"تخريب" المحادثات», «وصفته بـ"الاعتداء"»: a quote right after the preposition بـ is a quoted
  // fragment, not a name.
  if (/(?:^|\s)[وف]?بـ?\s*$/.test(doc.text.slice(Math.max(0, q.start - 4), q.start))) return false;
  // A quote after a comma or a colon («أضافت ليفيت، "والرئيس ينتظر الرد"») is said, not a name set after a noun.
  if (/[،,:]\s*$/.test(doc.text.slice(Math.max(0, q.start - 3), q.start))) return false;
  return q.innerEnd - q.innerStart < 40 && doc.text.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).length <= 3 && !/[.!?؟،,]$/.test(doc.text.slice(q.innerStart, q.innerEnd).trim());
}

/** The verb's own preposition before its content: أشار إلى (أن)، شدد على (أن)، أعرب عن. */
function isPrepOf(info: VerbInfo, key: string, nextKey: string): boolean {
  if (!info.prep.length) return false;
  if (info.prep.includes(stripWa(key))) return true;
  // «تعهد بأن» / «أشاد بـ»: the preposition ب is glued to the next word.
  return info.prep.includes('ب') && key.startsWith('ب') && (isComplementiser(key) || nextKey === '');
}

function stripWa(key: string): string {
  return (key[0] === 'و' || key[0] === 'ف') && key.length > 2 ? key.slice(1) : key;
}

function nameEndsAt(doc: Doc, k: number): boolean {
  const m = doc.mentionOfToken[k - 1];
  return m >= 0 && doc.mentions[m].kind !== 'title' && doc.mentions[m].t1 === k;
}

/** End of two or three words at k that read as an unknown Arabic name (no article, no preposition, no verb, not
 *  an adverbial, nothing between them but spaces) — else k. */
function unknownNameEnd(doc: Doc, k: number, limit: number): number {
  let j = k;
  while (j < limit && j - k < 3 && doc.mentionOfToken[j] < 0 && /^\s+$/.test(doc.text.slice(doc.tokens[j - 1].end, doc.tokens[j].start))) {
    const key = doc.tokens[j].key;
    if (arabicPrefixedWord(key) || SUBJECT_STOP.has(key) || ADVERBIALS.has(key) || CHUNK_OPENERS.has(key) || isComplementiser(key) || verbOf(key) || key.length < 3) break;
    j++;
  }
  return j - k >= 2 ? j : k;
}

/** End token of the run of mentions starting at token i (title + name: المتحدث باسم الكرملين دميتري بيسكوف). */
const RELAYED_ANONYMOUS = new Set(AR_ANONYMOUS.map(foldLetters));
const SPOKES_HEADS = new Set(['المتحدث', 'المتحدثة', 'الناطق', 'الناطقة'].map(foldLetters));

function mentionChainEnd(doc: Doc, i: number, limit: number): number {
  let k = i;
  let lastKind = '';
  // «المتحدث باسم الحكومة الإسرائيلية»: a spokesperson's word and «باسم» lead into the organisation's mention.
  if (k + 2 < limit && doc.mentionOfToken[k] < 0 && SPOKES_HEADS.has(doc.tokens[k].key) && doc.tokens[k + 1].key === foldLetters('باسم')) {
    const m = doc.mentionOfToken[k + 2];
    if (m >= 0 && doc.mentions[m].t0 === k + 2 && doc.mentions[m].kind === 'org') {
      lastKind = 'title';
      k = doc.mentions[m].t1;
    }
  }
  let last: Mention | undefined;
  while (k < limit) {
    const m = doc.mentionOfToken[k];
    if (m >= 0 && doc.mentions[m].t0 === k) {
      // («واتهم عراقجي واشنطن بـ…», «اتهم وزير الخارجية الإيراني واشنطن …»: an organisation right after a person
      // or a role's full title, with no preposition, is the verb's object, not more of its subject.)
      const next = doc.mentions[m];
      if (last && next.kind === 'org' && ((last.kind === 'name' && last.entry?.kind === 'person') || (last.kind === 'title' && last.role)) && !prepositionOpens(doc, next) && /^\s+$/.test(doc.text.slice(last.end, next.start))) break;
      last = next;
      lastKind = next.kind;
      k = next.t1;
      continue;
    }
    if (lastKind !== 'title') break;
    // Up to three modifiers between a title and a name: «الرئيس الأمريكي المنتخب دونالد ترامب».
    let j = k;
    while (j < limit && j - k < 3 && doc.mentionOfToken[j] < 0 && !/[،,]/.test(doc.text.slice(doc.tokens[j - 1]?.end ?? 0, doc.tokens[j].start))) j++;
    const n = j < limit ? doc.mentionOfToken[j] : -1;
    if (k > i && n >= 0 && doc.mentions[n].t0 === j && (doc.mentions[n].kind === 'name' || doc.mentions[n].kind === 'unregistered')) {
      lastKind = doc.mentions[n].kind;
      k = doc.mentions[n].t1;
      continue;
    }
    // «المتحدث باسم حركة حماس حازم قاسم»: an unknown name (words without the article) in apposition to the title.
    if (k > i) k = unknownNameEnd(doc, k, limit);
    break;
  }
  return k;
}

/** What punctuation between two tokens tells: a colon or a quote opens content; a comma ends a subject. */
function gapKind(text: string, from: number, to: number): 'colon' | 'quote' | 'comma' | null {
  const gap = text.slice(from, to);
  if (/[:：]/.test(gap)) return 'colon';
  if (/["“”«„‹'‘]/.test(gap)) return 'quote';
  if (/[،,]/.test(gap)) return 'comma';
  return null;
}

function afterGap(text: string, from: number, kind: 'colon' | 'quote', limit: number): number {
  let i = from;
  if (kind === 'colon') {
    while (i < limit && !/[:：]/.test(text[i])) i++;
    return i + 1;
  }
  while (i < limit && !/["“”«„‹'‘]/.test(text[i])) i++;
  return i;
}

/** Skips time and manner adverbials after the subject, word by word and chunk by chunk:
 *  «… مساء اليوم الجمعة، بدء لقاء …», «اقترح بوتين، في أغسطس الماضي، عقب محادثاته، عقد الاجتماع …». */
function skipAdverbials(doc: Doc, from: number, b: number): number {
  const { tokens, text } = doc;
  const isAdv = (i: number) => ADVERBIALS.has(tokens[i].key) || /^\d+$/.test(tokens[i].key);
  let k = lowerTokenAt(doc, from);
  for (let round = 0; round < 6 && k < b; round++) {
    // A chunk that opens with a preposition or time word and closes with a comma is an adverbial.
    if (CHUNK_OPENERS.has(tokens[k].key)) {
      let e = k + 1;
      while (e < b && e - k < 12 && !/[،,]/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
      if (e < b && e - k < 12) {
        k = e;
        continue;
      }
    }
    let j = k;
    while (j < b && isAdv(j)) j++;
    if (j === k || j >= b) break;
    k = j;
  }
  return k < b ? tokens[k].start : from;
}

function lowerTokenAt(doc: Doc, offset: number): number {
  return firstStartingAt(doc.tokens, offset);
}

/** «بحسب X، …», «… حسبما نقل موقع أكسيوس عن مصدر مطلع», «وفقا لـ X»: the source and what it is credited with. */
function accordingAt(doc: Doc, t: number, b: number): Omit<Frame, 'sentence' | 'para'> | null {
  const { tokens, text } = doc;
  for (const words of ACCORDING) {
    if (t + words.length > b) continue;
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const key = tokens[t + w].key;
      const want = words[w];
      ok = key === want || (w === 0 && stripWa(key) === want) || (want === 'ل' && key.startsWith('ل'));
    }
    if (!ok) continue;
    let srcStart = t + words.length;
    if (words[words.length - 1] === 'ل' && tokens[t + words.length - 1].key.length > 2) srcStart = t + words.length - 1;
    // «بحسب ما أفادت وكالة …», «وفقا لما ذكرته وزارة …», «وفق ما أوردته صحيفة …»: «ما» and its verb stand
    // before the source.
    if (srcStart + 2 < b && (tokens[srcStart].key === 'ما' || tokens[srcStart].key === 'لما') && !/[،,.]/.test(text.slice(tokens[srcStart].end, tokens[srcStart + 2].start))) srcStart += 2;
    // «حسبما نقل موقع X عن مصدر»: the source is after «عن» when it is there.
    let srcEnd = srcStart;
    while (srcEnd < b && srcEnd - srcStart < 8 && !/[،,.]/.test(text.slice(tokens[srcEnd - 1 >= 0 ? srcEnd - 1 : 0].end, tokens[srcEnd].start)) || srcEnd === srcStart) {
      if (srcEnd >= b) break;
      srcEnd++;
    }
    for (let j = srcStart; j < srcEnd; j++) if (tokens[j].key === 'عن' && j + 1 < srcEnd) srcStart = j + 1;
    if (srcEnd <= srcStart) return null;
    // The source is a name or title run, else its first three words («مصدر مطلع وأظهرت …» → «مصدر مطلع»).
    const chain = mentionChainEnd(doc, srcStart, srcEnd);
    srcEnd = chain > srcStart ? chain : Math.min(srcEnd, srcStart + 3);
    for (let j = srcStart + 1; j < srcEnd; j++) if (/^[وف]/.test(tokens[j].key) && doc.mentionOfToken[j] < 0) { srcEnd = j; break; }
    // «حسب تعبيره»، «بحسب قوله»: "in his words" credits the clause's own speaker; it is no new source.
    // (The pronoun as written: the folded key writes «الوكالة»'s ة as ه.)
    if (srcEnd - srcStart === 1 && /(ه|ها|هم)$/.test(tokens[srcStart].text) && doc.mentionOfToken[srcStart] < 0) return null;
    const subject = { start: tokens[srcStart].start, end: tokens[srcEnd - 1].end };
    const s = doc.sentences[doc.sentenceOfToken[t]];
    const cue = textSpan(text, tokens[t].start, tokens[t + words.length - 1].end);
    const before = trimSpan(text, s.start, tokens[t].start);
    let content;
    if (before.end - before.start > 10) content = before;
    else {
      content = trimSpan(text, tokens[srcEnd - 1].end, s.end);
      // «وبحسب بيان للكرملين، فإن …»: the complementiser opens the content but is not part of it.
      const c = firstStartingAt(tokens, content.start);
      if (c < b && tokens[c].start === content.start && isComplementiser(tokens[c].key)) content = trimSpan(text, tokens[c].end, content.end);
    }
    if (content.end <= content.start) return null;
    return { kind: 'according', cue, subject, content };
  }
  return null;
}
