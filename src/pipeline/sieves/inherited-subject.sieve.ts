// Sieve 5: a participle or a bullet carries its clause's subject — «…، مشيرا إلى أن …», ", adding that …",
// the lines under «وأضاف بيسكوف:». The gender of the form must agree (مشيرة → a woman).

import { textSpan } from '../frames/frame';
import { recentSpeaker } from './discourse';
import type { Sieve } from './sieve';

export const inheritedSubjectSieve: Sieve = {
  name: 'inherited-subject',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    if (!d.frame?.inherits) return null;
    const prev = recentSpeaker(ctx, i, d.frame.gender, 1);
    if (!prev) return null;
    return {
      speaker: prev.speaker,
      attribution: { sieve: this.name, confidence: 0.8, mentionKind: 'implicit', mention: textSpan(ctx.doc.text, d.frame.cue.start, d.frame.cue.end), evidence: d.frame.cue },
    };
  },
};
