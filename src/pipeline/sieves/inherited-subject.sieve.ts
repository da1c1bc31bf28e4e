// Sieve 5: a participle or a bullet carries its clause's subject — «…، مشيرا إلى أن …», ", adding that …",
// the lines under «وأضاف بيسكوف:». The gender of the form must agree (مشيرة → a woman).

import { textSpan } from '../frames/frame';
import { recentSpeaker } from './discourse';
import { personMentionsBefore } from './mention-speaker';
import type { Sieve, SieveContext } from './sieve';
import { genderOf } from './sieve';
import type { SpeakerRef } from '../types';

/** The subject of the clause a participle hangs on: the statement before it in the sentence, else the first
 *  person the sentence names (VSO: «أعلن بيسكوف …، مشيرا» / "Peskov met X on Friday, saying …"). */
function clauseSubject(ctx: SieveContext, i: number): SpeakerRef | undefined {
  const d = ctx.drafts[i];
  const f = d.frame!;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const p = ctx.drafts[j];
    if (!p.frame) continue;
    if (p.frame.sentence !== f.sentence) break;
    const r = ctx.resolved[j];
    if (r) return r.speaker ?? undefined;
  }
  const sentence = ctx.doc.sentences[f.sentence];
  const people = personMentionsBefore(ctx.doc, sentence.start, f.cue.start);
  for (const p of people) {
    const g = genderOf(p.speaker, ctx);
    if (!f.gender || !g || g === f.gender) return p.speaker;
  }
  return undefined;
}

export const inheritedSubjectSieve: Sieve = {
  name: 'inherited-subject',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    if (!d.frame?.inherits) return null;
    const speaker = clauseSubject(ctx, i) ?? recentSpeaker(ctx, i, d.frame.gender, 1)?.speaker;
    if (!speaker) return null;
    return {
      speaker,
      attribution: { sieve: this.name, confidence: 0.8, mentionKind: 'implicit', mention: textSpan(ctx.doc.text, d.frame.cue.start, d.frame.cue.end), evidence: d.frame.cue },
    };
  },
};
