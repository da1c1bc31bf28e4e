// Sieves 8–9: a quote no cue reports. If its words are repeated in a statement someone was credited with
// (a headline «"They owned us"» later quoted in full), it is theirs; otherwise it continues the speaker of
// the statement before it («وأضاف: "…"» then a paragraph «"…"»), or the cue that follows in its paragraph.

import { normalizeText } from '../normalize/text';
import { nextSpeakerInParagraph, recentSpeaker } from './discourse';
import type { Sieve, SieveContext } from './sieve';
import { quoteIndexAt } from '../frames/common';
import { textSpan } from '../frames/frame';
import type { Mention } from '../mentions/find-mentions';
import type { SpeakerRef, TextSpan } from '../types';
import { personMentionsBefore } from './mention-speaker';
import { opensSentence } from './salience';
import { firstStartingAt } from '../segment/search';

const normalized = new WeakMap<SieveContext, Map<number, string>>();

/** A statement's normalised words, computed once per article. */
function normalizedDraft(ctx: SieveContext, j: number): string {
  let m = normalized.get(ctx);
  if (!m) normalized.set(ctx, (m = new Map()));
  let v = m.get(j);
  if (v === undefined) {
    const d = ctx.drafts[j];
    v = normalizeText(ctx.doc.text.slice(d.start, d.end));
    m.set(j, v);
  }
  return v;
}

export const sameWordsSieve: Sieve = {
  name: 'same-words',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    if (d.frame) return null;
    const q = d.quotes[0];
    const words = normalizeText(ctx.doc.text.slice(q.innerStart, q.innerEnd));
    // Fewer than two words (normalizeText joins them by single spaces): asked without splitting a long quote.
    if (!words.includes(' ')) return null;
    for (let j = i + 1; j < ctx.drafts.length && j - i <= 6; j++) {
      const o = ctx.drafts[j];
      const r = ctx.resolved[j];
      if (!r?.speaker || o.segment !== d.segment || o.end - o.start > 5000) continue;
      if (normalizedDraft(ctx, j).includes(words)) {
        return { speaker: r.speaker, attribution: { sieve: this.name, confidence: 0.7, mentionKind: 'continuation', mention: null, evidence: { start: o.start, end: o.end } } };
      }
    }
    return null;
  },
};

/** Someone named in full (a registry person or title, or two or more capitalised words): a lone capitalised
 *  word at a sentence's start ("Within", "Monday") is too weak to hand a quote to. */
function fullNamed(m: Mention, speaker: SpeakerRef): boolean {
  return m.kind !== 'unregistered' || speaker.name.trim().includes(' ');
}

/** A quote that opens a paragraph right after a paragraph that reports nothing but names someone
 *  ("Dave Martell, an addictions doctor, has seen it before." / «"…"») is that person's. */
function introducedBefore(ctx: SieveContext, i: number): { speaker: SpeakerRef; mention: TextSpan } | null {
  const d = ctx.drafts[i];
  const para = ctx.doc.paras[d.para];
  // The same paragraph, before the quote: "Martell, an addictions doctor, has seen it. "It is …""
  if (d.start > para.start + 1) {
    if (i > 0 && ctx.drafts[i - 1].para === d.para) return null;
    const here = personMentionsBefore(ctx.doc, para.start, d.start).filter((p) => quoteIndexAt(ctx.doc, p.mention.start) < 0 && fullNamed(p.mention, p.speaker));
    return here.length ? { speaker: here[0].speaker, mention: textSpan(ctx.doc.text, here[0].mention.start, here[0].mention.end) } : null;
  }
  if (d.para === 0) return null;
  const prevPara = ctx.doc.paras[d.para - 1];
  if (prevPara.segment !== para.segment || prevPara.furniture) return null;
  for (let j = i - 1; j >= 0 && ctx.drafts[j].para >= prevPara.index; j--) if (ctx.drafts[j].para === prevPara.index) return null;
  const people = personMentionsBefore(ctx.doc, prevPara.start, prevPara.end).filter((p) => quoteIndexAt(ctx.doc, p.mention.start) < 0 && fullNamed(p.mention, p.speaker));
  if (!people.length) return null;
  const first = people[0];
  return { speaker: first.speaker, mention: textSpan(ctx.doc.text, first.mention.start, first.mention.end) };
}

/** «Durning did not need much coaxing. "I'm thankful …"»: a quote right after a sentence of its paragraph that
 *  opens with someone named in full — after the last statement — is theirs. */
function subjectJustBefore(ctx: SieveContext, i: number): { speaker: SpeakerRef; mention: TextSpan } | null {
  const { doc } = ctx;
  const d = ctx.drafts[i];
  const t = firstStartingAt(doc.tokens, d.start);
  if (t === 0) return null;
  const sentence = doc.sentences[doc.sentenceOfToken[t - 1]];
  if (!sentence || sentence.para !== d.para || sentence.end > d.start) return null;
  if (i > 0 && ctx.drafts[i - 1].end > sentence.start) return null;
  const people = personMentionsBefore(doc, sentence.start, sentence.end).filter((p) => quoteIndexAt(doc, p.mention.start) < 0 && opensSentence(doc, p.mention) && fullNamed(p.mention, p.speaker));
  if (!people.length) return null;
  return { speaker: people[0].speaker, mention: textSpan(doc.text, people[0].mention.start, people[0].mention.end) };
}

export const continuationSieve: Sieve = {
  name: 'continuation',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    if (d.frame) return null;
    // A question no cue reports is usually the interviewer's («سألها: "…؟"»): better no speaker than the answerer.
    // A question that goes on from its speaker's quote in the same paragraph is still theirs.
    const q = d.quotes[0];
    const sameParaBefore = i > 0 && ctx.drafts[i - 1].para === d.para && !!ctx.resolved[i - 1]?.speaker;
    // But a question in the first person that asks nobody ("Why would I pander to them?") is the speaker's own.
    const inner = ctx.doc.text.slice(q.innerStart, q.innerEnd);
    if (/[?؟]\s*$/.test(inner) && !sameParaBefore && !(ctx.doc.lang === 'en' && /\b(?:I|my|me|I'm|I’m)\b/.test(inner) && !/\byou(?:r|rs|'re|’re)?\b/i.test(inner))) return null;
    // «"…," said one European official. "…"»: the quote goes on from an anonymous source in its paragraph —
    // still no one's name, and still anonymous.
    if (i > 0 && ctx.drafts[i - 1].para === d.para && ctx.resolved[i - 1]?.anonymous) {
      const o = ctx.drafts[i - 1];
      return { speaker: null, anonymous: true, attribution: { sieve: this.name, confidence: 0.55, mentionKind: 'continuation', mention: null, evidence: { start: o.start, end: d.end } } };
    }
    const introduced = introducedBefore(ctx, i) ?? subjectJustBefore(ctx, i);
    if (introduced) {
      return { speaker: introduced.speaker, attribution: { sieve: this.name, confidence: 0.55, mentionKind: 'name', mention: introduced.mention, evidence: { start: introduced.mention.start, end: d.end } } };
    }
    const prev = recentSpeaker(ctx, i, undefined, 2, undefined, true);
    const next = nextSpeakerInParagraph(ctx, i);
    // The cue after the quote in its own paragraph is closer than a statement in an earlier paragraph.
    const pick = next && (!prev || ctx.drafts[prev.at].para !== d.para) ? next : prev;
    if (!pick) return null;
    const o = ctx.drafts[pick.at];
    return { speaker: pick.speaker, attribution: { sieve: this.name, confidence: 0.6, mentionKind: 'continuation', mention: null, evidence: { start: Math.min(o.start, d.start), end: Math.max(o.end, d.end) } } };
  },
};
