// Sieve 6: a dropped subject or a pronoun goes to the most salient earlier referent that agrees with it —
// «وأضافت:» (feminine) → the woman in focus; "he said" → the man in focus; "they said" → the group;
// "it said" → the organisation; «добавила» → a woman. Salience: ./salience.ts.

import { textSpan } from '../frames/frame';
import { mostSalient } from './salience';
import type { SalienceQuery } from './salience';
import { personMentionsBefore } from './mention-speaker';
import type { Sieve } from './sieve';
import { genderOf } from './sieve';

export const genderAgreementSieve: Sieve = {
  name: 'gender-agreement',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const f = d.frame;
    if (!f || f.inherits) return null;
    const s = ctx.subjects[i];
    const pronoun = s?.pronoun;
    if (f.subject && !pronoun && s && Object.keys(s).length) return null;
    if (f.plural && !pronoun) return null;
    const exclude = { start: d.start, end: d.end };
    const gender = pronoun ? pronoun.gender : f.gender;
    // A dropped subject inside a sentence is the person just named there («أشاد بها الرئيس زيلينسكي ووصفها …»).
    if (!pronoun) {
      const sentence = ctx.doc.sentences[f.sentence];
      const near = personMentionsBefore(ctx.doc, sentence.start, f.cue.start).reverse().find((p) => {
        const g = genderOf(p.speaker, ctx);
        return !gender || !g || g === gender;
      });
      if (near) return resolution(near.speaker, 0.8);
    }
    const query: SalienceQuery =
      gender === 'pl' ? { kind: 'group', exclude } : gender === 'n' ? { kind: 'org', exclude, maxSentences: 4 } : { kind: 'person', gender, exclude };
    const at = pronoun ? pronoun.span.start : f.cue.start;
    const best = mostSalient(ctx, at, query);
    if (!best) return null;
    return resolution(best.referent.speaker, pronoun ? 0.75 : 0.8);

    function resolution(speaker: NonNullable<ReturnType<typeof mostSalient>>['referent']['speaker'], confidence: number) {
      const mention = pronoun ? textSpan(ctx.doc.text, pronoun.span.start, pronoun.span.end) : textSpan(ctx.doc.text, f!.cue.start, f!.cue.end);
      return {
        speaker,
        attribution: { sieve: 'gender-agreement', confidence, mentionKind: pronoun ? 'pronoun' as const : 'implicit' as const, mention, evidence: { start: Math.min(f!.cue.start, mention.start), end: Math.max(f!.cue.end, mention.end) } },
      };
    }
  },
};
