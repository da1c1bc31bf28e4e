// Sieve 5: a participle or a bullet carries its clause's subject — «…، مشيرا إلى أن …», ", adding that …",
// the lines under «وأضاف بيسكوف:». The gender of the form must agree (مشيرة → a woman).

import { textSpan } from '../frames/frame';
import { firstStartingAt } from '../segment/search';
import { recentSpeaker } from './discourse';
import { mentionSpeaker, personMentionsBefore } from './mention-speaker';
import { mostSalient } from './salience';
import type { Sieve, SieveContext } from './sieve';
import { genderOf } from './sieve';
import { SUBJECT_PRONOUNS } from '../lexicon/anonymous';
import { TITLE_WORDS } from '../lexicon/name-titles.en';
import type { SpeakerRef } from '../types';
import { headWordRegExp } from './description.sieve';
import { PERSON_HEAD } from '../lexicon/person-heads';
import { EN_SPOKES_HEADS } from '../lexicon/org-words.en';

/** Words that open a sentence before its subject: "But he …", "Later that month, SNC-Lavalin …". */
const INTRO = /^(?:(?:but|and|so|still|yet|then|also|meanwhile|however|instead)\b[\s,]*)|^(?:in|on|at|after|before|during|later|earlier|last|since|when|while|as|with|without|by|for|from|under|following|speaking|asked|beyond|despite|amid|among|unlike|besides|regarding|throughout|upon|once|if|although|though|because)\b[^,;:"“”]{0,60},\s*/iu;

/** The subject the sentence opens with, when it is a pronoun or a name: "He voiced …, writing" → whoever "he" is;
 *  "In a statement, IRCC did not …, but said" → IRCC. */
/** The head noun of "the …" from token t (the last lower-case word before a verb, a comma or a name), when
 *  the noun phrase is at most three words: "the diocese", "the school board". */
function descriptionHead(doc: SieveContext['doc'], t: number, before: number): string | undefined {
  let head: string | undefined;
  for (let k = t; k < doc.tokens.length && k - t < 3 && doc.tokens[k].start < before; k++) {
    const tok = doc.tokens[k];
    if (!/^[\p{Ll}-]+$/u.test(tok.text) || VERB_LIKE.test(tok.key) || NOUN_PHRASE_ENDS.has(tok.key)) break;
    head = tok.key;
    if (!/^\s+$/.test(doc.text.slice(tok.end, doc.tokens[k + 1]?.start ?? tok.end))) break;
  }
  return head;
}
const NOUN_PHRASE_ENDS = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'from', 'and', 'or', 'who', 'which', 'that', 'to', 'by']);
/** Words that end a subject noun phrase: finite verbs and auxiliaries. */
const VERB_LIKE = /^(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|said|says|told|did|does|can|could|may|might|should|must)$/u;

/** The clause's opening subject; null when it is a description no referent fits (nobody to inherit). */
function openingSubject(ctx: SieveContext, sentenceIndex: number, before: number): SpeakerRef | null | undefined {
  const { doc } = ctx;
  const s = doc.sentences[sentenceIndex];
  let at = s.start;
  for (let guard = 0; guard < 3; guard++) {
    const m = INTRO.exec(doc.text.slice(at, Math.min(before, at + 80)));
    if (!m || !m[0]) break;
    at += m[0].length;
  }
  const t = firstStartingAt(doc.tokens, at);
  if (t >= doc.tokens.length || doc.tokens[t].start >= before) return undefined;
  const tok = doc.tokens[t];
  const g = SUBJECT_PRONOUNS[tok.key];
  if (g && g !== 'pl') {
    const best = mostSalient(ctx, tok.start, g === 'n' ? { kind: 'org', maxSentences: 4 } : { kind: 'person', gender: g });
    return best?.referent.speaker;
  }
  // "The diocese issued a statement, saying …": a definite description opens the clause — the organisation
  // named with that word ("Roman Catholic Diocese of Covington"), or someone the sieves cannot name.
  if (tok.key === 'the' && doc.lang === 'en' && t + 1 < doc.tokens.length && /^\p{Ll}/u.test(doc.tokens[t + 1].text) && doc.mentionOfToken[t + 1] < 0) {
    const head = descriptionHead(doc, t + 1, before);
    // A person's description ("the captain of the team, Jordan Stewart, …") is read below, by its name.
    if (!head || PERSON_HEAD.test(head)) return undefined;
    const word = headWordRegExp(head);
    const best = mostSalient(ctx, tok.start, { kind: 'org', maxSentences: 30, accept: (r) => word.test(r.speaker.name) });
    return best?.referent.speaker ?? null;
  }
  let k = tok.key === 'the' ? t + 1 : t;
  // Initials before the name ("the U.S. State Department") are no mention of their own.
  while (k < doc.tokens.length && doc.tokens[k].end - doc.tokens[k].start === 1 && doc.mentionOfToken[k] < 0 && doc.text[doc.tokens[k].end] === '.') k++;
  let mi = k < doc.tokens.length ? doc.mentionOfToken[k] : -1;
  if (mi < 0) return undefined;
  // The noun phrase's head is its last name: "U.S. Secretary of State Mike Pompeo", "Foreign Ministry
  // spokeswoman Hua Chunying" — walk on through capitalised words and titles to the name before the verb.
  for (let next = mi + 1; next < doc.mentions.length; next++) {
    const between = doc.text.slice(doc.mentions[next - 1].end, doc.mentions[next].start);
    if (doc.mentions[next].start >= before || between.length > 40 || !/^[\s.\p{L}'’-]*$/u.test(between)) break;
    if (between.split(/[\s.]+/).some((w) => /^\p{Ll}/u.test(w) && !TITLE_WORDS.has(w) && w !== 'of' && w !== 'the')) break;
    mi = next;
  }
  // "Norman’s lawyers are preparing a motion and have alleged …": a possessor is not the subject — unless the
  // possessed noun speaks for it ("the company's spokesperson").
  const m = doc.mentions[mi];
  if (doc.lang === 'en' && (/['’]s$/.test(doc.tokens[m.t1 - 1].text) || /^['’]s\s/.test(doc.text.slice(m.end, m.end + 3)))) {
    const next = doc.tokens[m.t1 - 1].text.length > 2 && /['’]s$/.test(doc.tokens[m.t1 - 1].text) ? doc.tokens[m.t1] : doc.tokens[m.t1 + 1];
    if (next && /^\p{Ll}/u.test(next.text) && !EN_SPOKES_HEADS.has(next.key)) return null;
  }
  return mentionSpeaker(doc, m) ?? undefined;
}

/** The subject of the clause a participle hangs on: the statement before it in the sentence, else the
 *  sentence's opening subject, else the first person the sentence names (VSO: «أعلن بيسكوف …، مشيرا»). */
function clauseSubject(ctx: SieveContext, i: number): SpeakerRef | null | undefined {
  const d = ctx.drafts[i];
  const f = d.frame!;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const p = ctx.drafts[j];
    if (!p.frame) continue;
    if (p.frame.sentence !== f.sentence) break;
    const r = ctx.resolved[j];
    if (r) return r.speaker ?? undefined;
  }
  const opening = openingSubject(ctx, f.sentence, f.cue.start);
  if (opening !== undefined) return opening;
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
    const subject = clauseSubject(ctx, i);
    const speaker = subject === undefined ? recentSpeaker(ctx, i, d.frame.gender, 1)?.speaker : subject;
    if (!speaker) return null;
    return {
      speaker,
      attribution: { sieve: this.name, confidence: 0.8, mentionKind: 'implicit', mention: textSpan(ctx.doc.text, d.frame.cue.start, d.frame.cue.end), evidence: d.frame.cue },
    };
  },
};
