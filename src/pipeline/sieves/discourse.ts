// The article's memory of who spoke last: walk back over resolved statements of the same article segment.
// Bounded to a few paragraphs and statements, so attribution stays linear in the article's length.

import type { Gender, SpeakerRef } from '../types';
import type { SieveContext } from './sieve';
import { genderOf } from './sieve';

const MAX_BACK = 25;

/** The most recent speaker before statement i (same segment, within `paras` paragraphs) agreeing with `gender`. */
export function recentSpeaker(ctx: SieveContext, i: number, gender: Gender | undefined, paras: number, accept: (s: SpeakerRef) => boolean = () => true, stopAtAnonymous = false): { speaker: SpeakerRef; at: number } | null {
  const d = ctx.drafts[i];
  for (let j = i - 1; j >= 0 && i - j <= MAX_BACK; j--) {
    const p = ctx.drafts[j];
    if (p.segment !== d.segment || d.para - p.para > paras) break;
    const r = ctx.resolved[j];
    // "But observers say …" between two quotes: whoever spoke before them is no longer the one quoted.
    if (stopAtAnonymous && r?.anonymous) return null;
    if (!r || !r.speaker) continue;
    const g = genderOf(r.speaker, ctx);
    if (gender && g && g !== gender) continue;
    if (gender && r.speaker.kind === 'org') continue;
    if (!accept(r.speaker)) continue;
    return { speaker: r.speaker, at: j };
  }
  return null;
}

/** The next resolved statement in the same paragraph (a quote that precedes its cue sentence). */
export function nextSpeakerInParagraph(ctx: SieveContext, i: number): { speaker: SpeakerRef; at: number } | null {
  const d = ctx.drafts[i];
  for (let j = i + 1; j < ctx.drafts.length && j - i <= 3; j++) {
    const n = ctx.drafts[j];
    if (n.para !== d.para) break;
    const r = ctx.resolved[j];
    if (r?.speaker && n.frame) return { speaker: r.speaker, at: j };
  }
  return null;
}
