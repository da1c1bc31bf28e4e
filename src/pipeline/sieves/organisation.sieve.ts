// Sieve 3: an organisation is the subject — «أعلن الكرملين», "the Kremlin said", «МИД России заявил».

import { textSpan } from '../frames/frame';
import { cover } from './named-subject.sieve';
import type { Sieve } from './sieve';
import { refOf } from './sieve';

export const organisationSieve: Sieve = {
  name: 'organisation',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const o = ctx.subjects[i]?.org;
    if (!d.frame || !o?.entry) return null;
    return {
      speaker: refOf(o.entry),
      attribution: { sieve: this.name, confidence: 0.85, mentionKind: 'org', mention: textSpan(ctx.doc.text, o.start, o.end), evidence: cover(d.frame.cue, o) },
    };
  },
};
