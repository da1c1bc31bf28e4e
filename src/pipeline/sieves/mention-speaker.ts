// Who a mention in the text stands for: a registry entry, the holder of a title on the article's date,
// or an unregistered name in its fullest form. «الرئيس الأمريكي السابق» (former) names no current holder.

import type { Doc } from '../frames/frame';
import type { Mention } from '../mentions/find-mentions';
import type { SpeakerRef } from '../types';
import { fullMention } from './named-subject.sieve';
import { refOf, unregistered } from './sieve';
import { firstStartingAt } from '../segment/search';

const NOT_THE_HOLDER_AFTER = /^[\s،,]*(?:ال)?(?:منتخب|منتخبة|سابق|سابقة|أسبق|اسبق|مقبل|مقبلة|-?elect)(?!\p{L})/u;
const NOT_THE_HOLDER_BEFORE = /(?:former|ex-|then-|late|incoming|outgoing|future|бывший|бывшая|экс-)\s*$/iu;

/** The holder of a title mention on the article's date, unless the title says former/elect. */
export function titleHolder(doc: Doc, m: Mention): SpeakerRef | null {
  if (!m.role) return null;
  if (NOT_THE_HOLDER_AFTER.test(doc.text.slice(m.end, m.end + 12))) return null;
  if (NOT_THE_HOLDER_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) return null;
  const holder = doc.registry.holderOf(m.role.id, doc.date);
  // «وزيرة الخارجية البريطانية» while a man held the office: the feminine title is someone else (a masculine
  // title is also written of women, so only the feminine one rules a holder out).
  if (holder && m.gender === 'f' && holder.gender === 'm') return null;
  return holder ? refOf(holder) : null;
}

const speakers = new WeakMap<Mention, SpeakerRef | null>();
/** The answers for the mentions of the last article asked about, by index in doc.mentions: an array read where
 *  a WeakMap entry per mention cost a hash-table insertion and ephemeron work for the GC. */
let cachedDoc: Doc | undefined;
let cached: (SpeakerRef | null | undefined)[] = [];

/** Who a mention stands for (computed once per mention: salience, descriptors and sieves all ask). */
export function mentionSpeaker(doc: Doc, m: Mention): SpeakerRef | null {
  const i = m.t0 < doc.mentionOfToken.length ? doc.mentionOfToken[m.t0] : -1;
  if (i >= 0 && doc.mentions[i] === m) {
    if (cachedDoc !== doc) {
      cachedDoc = doc;
      cached = new Array<SpeakerRef | null | undefined>(doc.mentions.length).fill(undefined);
    }
    let sp = cached[i];
    if (sp === undefined) cached[i] = sp = speakerOf(doc, m);
    return sp;
  }
  let sp = speakers.get(m);
  if (sp === undefined) {
    sp = speakerOf(doc, m);
    speakers.set(m, sp);
  }
  return sp;
}

function speakerOf(doc: Doc, m: Mention): SpeakerRef | null {
  switch (m.kind) {
    case 'name': {
      // A lone registry surname is the article's own person when it names one in full ("Lisa Harris" … "Harris").
      if (m.t1 - m.t0 === 1 && m.entry?.kind === 'person') {
        const full = fullMention(doc, { ...m, kind: 'unregistered', entry: undefined });
        if (full.kind === 'unregistered' && full.t1 - full.t0 > 1) return unregistered(full.text, full.gender);
      }
      return m.entry ? refOf(m.entry) : null;
    }
    case 'org':
      return m.entry ? refOf(m.entry) : null;
    case 'title':
      return titleHolder(doc, m);
    case 'unregistered': {
      if (m.place) return null;
      const full = fullMention(doc, m);
      if (full.kind === 'name' && full.entry) return refOf(full.entry);
      return unregistered(full.text, m.gender ?? full.gender, m.org || full.org ? 'org' : 'person');
    }
  }
}

/** Person mentions (names and titles with a holder) in [from, to), nearest last. */
export function personMentionsBefore(doc: Doc, from: number, to: number): { mention: Mention; speaker: SpeakerRef }[] {
  const out: { mention: Mention; speaker: SpeakerRef }[] = [];
  for (let i = firstStartingAt(doc.mentions, from); i < doc.mentions.length && doc.mentions[i].end <= to && out.length < 32; i++) {
    const m = doc.mentions[i];
    if (m.kind === 'org' || doc.paras[doc.tokens[m.t0].para].furniture) continue;
    if (m.kind === 'unregistered' && doc.lang === 'en' && m.t1 - m.t0 < 2 && !/^\p{Lu}\p{Ll}/u.test(m.text)) continue;
    const sp = mentionSpeaker(doc, m);
    if (sp && sp.kind === 'person') out.push({ mention: m, speaker: sp });
  }
  return out;
}
