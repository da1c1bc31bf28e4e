// Sieve 4: an anonymous source — «مصدر مطلع», "a source familiar with", «источник» — is no speaker at all:
// better none than a wrong one.

import { textSpan } from '../frames/frame';
import type { Sieve } from './sieve';

export const anonymousSourceSieve: Sieve = {
  name: 'anonymous-source',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const s = ctx.subjects[i];
    if (!d.frame || !s?.anonymous || !d.frame.subject) return null;
    const sub = d.frame.subject;
    return {
      speaker: null,
      anonymous: true,
      attribution: { sieve: this.name, confidence: 0.8, mentionKind: 'description', mention: textSpan(ctx.doc.text, sub.start, sub.end), evidence: sub },
    };
  },
};
