// Sieve 2: a title names whoever held the role on the article's date — «المتحدثة باسم البيت الأبيض» on
// 2025-04-12 is Karoline Leavitt; "White House press secretary" in 2023 is Karine Jean-Pierre.

import { textSpan } from '../frames/frame';
import { cover } from './named-subject.sieve';
import type { Sieve } from './sieve';
import { titleHolder } from './mention-speaker';
import { refOf } from './sieve';
import type { Doc } from '../frames/frame';
import type { Mention } from '../mentions/find-mentions';

/** A spokesperson's title, with or without a determiner: "the State Department spokesperson", "a Kremlin
 *  representative", «المتحدث باسم الخارجية», «официальный представитель МИД». */
function spokespersonTitle(doc: Doc, t: Mention): boolean {
  const words = doc.text.slice(t.start, t.end);
  if (doc.lang === 'en') return /spokes|press\s+(?:secretary|officer|aide)|representative/i.test(words);
  if (doc.lang === 'ar') return /^[وف]?(?:ال)?(?:متحدث|متحدثة|ناطق|ناطقة)(?:\s|$)/u.test(words);
  return /пресс-секретар|официальн\p{L}*\s+представител/iu.test(words);
}

/** The same without a definite determiner: "a Kremlin spokesman", «متحدث باسم الكرملين» (no article). */
function indefiniteSpokesperson(doc: Doc, t: Mention): boolean {
  if (doc.lang === 'en') {
    return spokespersonTitle(doc, t) && t.t0 > 0 && /^(?:a|an|one|another)$/.test(doc.tokens[t.t0 - 1].key) && /^\s+$/.test(doc.text.slice(doc.tokens[t.t0 - 1].end, t.start));
  }
  return doc.lang === 'ar' && spokespersonTitle(doc, t) && !/^[وف]?ال/u.test(doc.text.slice(t.start, t.end));
}

export const roleTitleSieve: Sieve = {
  name: 'role-title',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const t = ctx.subjects[i]?.title;
    if (!d.frame || !t?.role) return null;
    // "a Kremlin spokesman said", «قال متحدث باسم البيت الأبيض»: an indefinite spokesperson is one of the office's,
    // unnamed — the office speaks, not the holder of its title.
    if (t.role.org && indefiniteSpokesperson(ctx.doc, t)) {
      const org = ctx.doc.registry.byId(t.role.org);
      if (org) {
        return {
          speaker: refOf(org),
          attribution: { sieve: this.name, confidence: 0.75, mentionKind: 'title', mention: textSpan(ctx.doc.text, t.start, t.end), evidence: cover(d.frame.cue, t) },
        };
      }
    }
    const holder = titleHolder(ctx.doc, t);
    if (!holder) return null;
    return {
      speaker: holder,
      attribution: { sieve: this.name, confidence: ctx.doc.date ? 0.9 : 0.7, mentionKind: 'title', mention: textSpan(ctx.doc.text, t.start, t.end), evidence: cover(d.frame.cue, t) },
    };
  },
};

/** After the description sieve (which may find the person in focus known to hold the title): "The State
 *  Department spokesperson said" on a date no holder of the title is known for is the office speaking through its
 *  spokesperson. A minister's title is not the ministry's, and stays unresolved. */
export const titleOfficeSieve: Sieve = {
  name: 'title-office',
  attribute(i, ctx) {
    const d = ctx.drafts[i];
    const t = ctx.subjects[i]?.title;
    if (!d.frame || !t?.role?.org || !spokespersonTitle(ctx.doc, t)) return null;
    const office = ctx.doc.registry.byId(t.role.org);
    if (!office) return null;
    return {
      speaker: refOf(office),
      attribution: { sieve: this.name, confidence: 0.6, mentionKind: 'title', mention: textSpan(ctx.doc.text, t.start, t.end), evidence: cover(d.frame.cue, t) },
    };
  },
};
