// Sieve 2: a title names whoever held the role on the article's date — «المتحدثة باسم البيت الأبيض» on
// 2025-04-12 is Karoline Leavitt; "White House press secretary" in 2023 is Karine Jean-Pierre.

import { textSpan } from '../frames/frame';
import { cover } from './named-subject.sieve';
import type { Sieve } from './sieve';
import { titleHolder } from './mention-speaker';

export const roleTitleSieve: Sieve = {
  name: 'role-title',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const t = ctx.subjects[i]?.title;
    if (!d.frame || !t?.role) return null;
    const holder = titleHolder(ctx.doc, t);
    if (!holder) return null;
    return {
      speaker: holder,
      attribution: { sieve: this.name, confidence: ctx.doc.date ? 0.9 : 0.7, mentionKind: 'title', mention: textSpan(ctx.doc.text, t.start, t.end), evidence: cover(d.frame.cue, t) },
    };
  },
};
