// Sieve 6: a dropped subject or a pronoun goes to the most recent speaker of the same gender —
// «وأضافت:» (feminine) → the last woman who spoke; "he said" → the last man; «добавила» → a woman.

import { textSpan } from '../frames/frame';
import { recentSpeaker } from './discourse';
import { personMentionsBefore } from './mention-speaker';
import type { Sieve } from './sieve';
import { genderOf } from './sieve';

export const genderAgreementSieve: Sieve = {
  name: 'gender-agreement',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const f = d.frame;
    if (!f || f.plural) return null;
    const s = ctx.subjects[i];
    const pronoun = s?.pronoun;
    if (f.inherits) return null;
    if (f.subject && !pronoun && s && Object.keys(s).length) return null;
    if (pronoun?.gender === 'pl') {
      // "they said" → the last group that spoke: an organisation or several people named together.
      const group = recentSpeaker(ctx, i, undefined, 2, (sp) => sp.kind === 'org' || / and | و|, /.test(sp.name));
      if (!group) return null;
      return { speaker: group.speaker, attribution: { sieve: this.name, confidence: 0.6, mentionKind: 'pronoun', mention: textSpan(ctx.doc.text, pronoun.span.start, pronoun.span.end), evidence: f.cue } };
    }
    const gender = pronoun ? pronoun.gender : f.gender;
    // A dropped subject inside a sentence is the person just named there («أشاد بها الرئيس زيلينسكي ووصفها …»);
    // at the head of a sentence it is the last speaker («وأضافت: …»).
    const sentence = ctx.doc.sentences[f.sentence];
    const inSentence = pronoun ? [] : personMentionsBefore(ctx.doc, sentence.start, f.cue.start).reverse();
    const near = inSentence.find((p) => {
      const g = genderOf(p.speaker, ctx);
      return !gender || !g || g === gender;
    });
    const prev = near ? { speaker: near.speaker } : recentSpeaker(ctx, i, gender, 4);
    if (!prev) return null;
    const mention = pronoun ? textSpan(ctx.doc.text, pronoun.span.start, pronoun.span.end) : textSpan(ctx.doc.text, f.cue.start, f.cue.end);
    return {
      speaker: prev.speaker,
      attribution: { sieve: this.name, confidence: pronoun ? 0.75 : 0.8, mentionKind: pronoun ? 'pronoun' : 'implicit', mention, evidence: { start: Math.min(f.cue.start, mention.start), end: Math.max(f.cue.end, mention.end) } },
    };
  },
};
