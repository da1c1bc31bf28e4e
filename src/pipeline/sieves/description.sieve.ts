// Sieve 7: a description or a title with no known holder — "the official noted", «تابع الرئيس المنتخب» —
// refers back to the speaker in focus: the most recent one, nearby.

import { textSpan } from '../frames/frame';
import { recentSpeaker } from './discourse';
import type { Sieve } from './sieve';

const PERSON_HEAD = /(?:official|spokes(?:man|woman|person)|minister|president|secretary|coach|defen[cs]eman|wing(?:er)?|forward|goalie|goaltender|player|doctor|physician|chief|director|manager|leader|mayor|premier|senator|ambassador|envoy|diplomat|lawyer|attorney|officer|executive|ceo|chair(?:man|woman)?|founder|owner|analyst|economist|professor|year-old|veteran|captain|rookie|star|mother|father|woman|man|girl|boy|husband|wife|politician|lawmaker|legislator|candidate|strategist|researcher|scientist|author|activist|organi[sz]er|councillor|judge|prosecutor|politician|المسؤول|المتحدث|المتحدثة|الوزير|الرئيس|السفير|المبعوث|الدبلوماسي|официальный|представитель|министр|президент|посол|спецпосланник|глава)(?![\p{L}])/iu;

export const descriptionSieve: Sieve = {
  name: 'description',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const s = ctx.subjects[i];
    const f = d.frame;
    if (!f?.subject || !s || s.anonymous || f.plural) return null;
    const span = s.description ?? s.title;
    if (!span) return null;
    const words = ctx.doc.text.slice(span.start, span.end);
    // Only definite descriptions point back ("the official"); indefinite ones ("a doctor") introduce someone new.
    if (/^(a|an|one|some|two|three|several|many)\s/i.test(words)) return null;
    // Only a person's description points to a person: "the official", "the 26-year-old", not "the agency".
    if (s.description && !PERSON_HEAD.test(words)) return null;
    const prev = recentSpeaker(ctx, i, f.gender, 3);
    if (!prev) return null;
    return {
      speaker: prev.speaker,
      attribution: { sieve: this.name, confidence: 0.5, mentionKind: s.title ? 'title' : 'description', mention: textSpan(ctx.doc.text, span.start, span.end), evidence: { start: Math.min(f.cue.start, span.start), end: Math.max(f.cue.end, span.end) } },
    };
  },
};
