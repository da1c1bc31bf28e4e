// Before gender agreement: an Arabic statement with a dropped subject that the next sentence names the speaker of —
// «وقال إن الحوار مستمر. جاء ذلك خلال مؤتمر صحفي عقده لافروف» is Lavrov's, «جاء ذلك في بيان للخارجية الروسية» the
// ministry's — not whoever spoke last.

import { textSpan } from '../frames/frame';
import type { Doc } from '../frames/frame';
import { quoteIndexAt } from '../frames/common';
import { mentionSpeaker } from './mention-speaker';
import { genderOf } from './sieve';
import type { Sieve } from './sieve';
import { firstStartingAt } from '../segment/search';

/** «جاء ذلك», «وجاء هذا», «جاءت تصريحاته» opening a sentence: what the sentence before said is placed here. */
const CAME_THAT = /^[وف]?جاء(?:ت)?\s+(?:ذلك|هذا|ذلك\s+الكلام|هذه\s+التصريحات|تصريحات(?:ه|ها|هم)?|كلامه|كلامها)(?![\p{L}])/u;

/** «، وذلك في/خلال …» right after a statement, in its sentence. */
const OCCASION_AFTER = /^\s*[،,]\s*وذلك\s+(?:في|خلال|عبر|ضمن|على\s+هامش)\s/u;

/** How many words into that sentence the speaker is looked for (bounded: linear time). */
const REACH = 16;

export const cataphoraSieve: Sieve = {
  name: 'cataphora',
  attribute(i, ctx) {
    const { doc } = ctx;
    const d = ctx.drafts[i];
    const f = d.frame;
    if (doc.lang !== 'ar' || !f || f.plural) return null;
    // Only a dropped subject (or one the sieves before could not read).
    const s = ctx.subjects[i];
    if (f.subject && s && Object.keys(s).length && !s.pronoun) return null;
    // «…، وذلك في تصريحات أدلى بها لافروف»: the occasion in the same sentence, right after the statement; else
    // «جاء ذلك …» opening the next one.
    const own = doc.sentences[f.sentence];
    const tail = { start: d.end, end: own.end };
    let place: { start: number; end: number } | null = OCCASION_AFTER.test(doc.text.slice(tail.start, Math.min(tail.end, tail.start + 40))) ? tail : null;
    if (!place) {
      const next = doc.sentences[f.sentence + 1];
      if (!next || next.para > own.para + 1 || doc.paras[next.para].segment !== d.segment) return null;
      // The statement ends its sentence: the sentence after is about it.
      if (d.end < own.end - 2 && ctx.drafts[i + 1]?.frame?.sentence === f.sentence) return null;
      if (!CAME_THAT.test(doc.text.slice(next.start, Math.min(next.end, next.start + 40)))) return null;
      place = next;
    }
    let seen = 0;
    for (let k = firstStartingAt(doc.mentions, place.start); k < doc.mentions.length && doc.mentions[k].start < place.end && seen < REACH; k++, seen++) {
      const m = doc.mentions[k];
      if (quoteIndexAt(doc, m.start) >= 0) continue;
      const speaker = mentionSpeaker(doc, m);
      if (!speaker || m.place) continue;
      // Only the maker of the occasion: «عقده لافروف», «أدلى بها», «صادر عن الخارجية», «بيان للخارجية» — not a
      // place («في موسكو») nor someone met («خلال لقائه بالرئيس …», whose «ـه» is the speaker before).
      if (!madeBy(doc, m.t0, place.start)) continue;
      const g = speaker.kind === 'person' ? genderOf(speaker, ctx) ?? m.gender : undefined;
      if (f.gender && g && g !== f.gender) continue;
      return {
        speaker,
        attribution: { sieve: this.name, confidence: 0.7, mentionKind: m.kind === 'org' ? 'org' : m.kind === 'title' ? 'title' : 'name', mention: textSpan(doc.text, m.start, m.end), evidence: { start: f.cue.start, end: m.end } },
      };
    }
    return null;
  },
};

/** Verbs and participles that say who held, gave or issued the occasion («عقده», «ألقته», «أدلى بها», «صادر عن»). */
const AGENT_WORDS = new Set(['عقده', 'عقدته', 'عقداه', 'القاه', 'ألقاه', 'القته', 'ألقته', 'ادلى', 'أدلى', 'ادلت', 'أدلت', 'بها', 'به', 'نشره', 'نشرته', 'اصدره', 'أصدره', 'اصدرته', 'أصدرته', 'صادر', 'صادره', 'صادرة', 'عن', 'وجهه', 'وجهته']);

/** Whether the mention starting at token t0 is the maker of the occasion: an agent word among the two words before
 *  it (in the same sentence), or the preposition ل glued to it («للخارجية», «لوزير»). */
function madeBy(doc: Doc, t0: number, sentenceStart: number): boolean {
  const first = doc.tokens[t0];
  if (/^ل/u.test(first.key) && doc.text[first.start] === 'ل') return true;
  for (let k = t0 - 1; k >= 0 && k >= t0 - 3 && doc.tokens[k].start >= sentenceStart; k--) if (AGENT_WORDS.has(doc.tokens[k].key)) return true;
  return false;
}
