// Sieve 7: a definite description points back to the referent in focus — "the 26-year-old said" → the
// person just named, «تابع الرئيس المنتخب» → the president-elect in focus; "the agency told" → the
// organisation in focus; "the statement said" → whoever issued it, the speaker just before.

import { textSpan } from '../frames/frame';
import { mostSalient } from './salience';
import type { SalienceQuery } from './salience';
import type { Resolution, Sieve } from './sieve';
import type { MentionKind, Span } from '../types';

const PERSON_HEAD = /(?:official|spokes(?:man|woman|person)|minister|president|secretary|coach|defen[cs]eman|wing(?:er)?|forward|goalie|goaltender|player|doctor|physician|chief|director|manager|leader|mayor|premier|senator|ambassador|envoy|diplomat|lawyer|attorney|officer|executive|ceo|chair(?:man|woman)?|founder|owner|analyst|economist|professor|year-old|veteran|captain|rookie|star|mother|father|woman|man|girl|boy|husband|wife|politician|lawmaker|legislator|candidate|strategist|researcher|scientist|author|activist|organi[sz]er|councillor|judge|prosecutor|politician|المسؤول|المتحدث|المتحدثة|الوزير|الرئيس|السفير|المبعوث|الدبلوماسي|официальный|представитель|министр|президент|посол|спецпосланник|глава)(?![\p{L}])/iu;

export const descriptionSieve: Sieve = {
  name: 'description',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const s = ctx.subjects[i];
    const f = d.frame;
    if (!f?.subject || !s || s.anonymous) return null;
    const exclude = { start: d.start, end: d.end };
    const resolve = (span: Span, kind: MentionKind, q: SalienceQuery, confidence: number): Resolution | null => {
      const best = mostSalient(ctx, span.start, q);
      if (!best) return null;
      return {
        speaker: best.referent.speaker,
        attribution: { sieve: this.name, confidence, mentionKind: kind, mention: textSpan(ctx.doc.text, span.start, span.end), evidence: { start: Math.min(f.cue.start, span.start), end: Math.max(f.cue.end, span.end) } },
      };
    };
    if (s.orgDescription) return resolve(s.orgDescription, 'description', { kind: 'org', exclude, maxSentences: 6 }, 0.6);
    if (s.document) return resolve(s.document, 'description', { kind: 'any', exclude, maxSentences: 2 }, 0.5);
    if (f.plural) return null;
    const span = s.description ?? s.title;
    if (!span) return null;
    const words = ctx.doc.text.slice(span.start, span.end);
    // Only definite descriptions point back ("the official"); indefinite ones ("a doctor") introduce someone new.
    if (/^(a|an|one|some|two|three|several|many|another)\s/i.test(words)) return null;
    // Only a person's description points to a person: "the official", "the 26-year-old", not "the agency".
    if (s.description && !PERSON_HEAD.test(words)) return null;
    return resolve(span, s.title ? 'title' : 'description', { kind: 'person', gender: f.gender, exclude, maxSentences: 4 }, 0.5);
  },
};
