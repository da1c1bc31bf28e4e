// English attribution frames: "Peskov said (that) …", "'…,' said Karlsson", "'…,' he added", "…, the
// Kremlin said", "according to X, …", ", adding that …". Arabic gloss: «قال بيسكوف إن…»، «"…"، قال كارلسون».

import { EN_HEARERS, EN_QUOTE_AFTER_OBJECT, EN_QUOTE_ONLY, EN_VERBS } from '../lexicon/speech-verbs.en';
import { headlineFrames, bulletFrames, postFrames, quoteIndexAt } from './common';
import { endsWithColon, sentenceTokens, textBefore, textSpan, trimSpan } from './frame';
import type { Doc, Frame } from './frame';
import type { Span } from '../types';
import type { Token } from '../segment/tokens';
import { firstStartingAt } from '../segment/search';
import { isBaseVerbWord, isPluralWord } from '../lexicon/english-lexicon';
import { EN_DOCUMENT_HEADS } from '../lexicon/org-words.en';

/** An opening quotation mark in English copy, the typewriter's doubled '' among them. */
const OPENING_MARK = /["“«‘]|''/;

interface VerbInfo {
  participle: boolean;
  object: boolean;
  /** "called it '…'", "described as '…'": a cue only with a quote right after it. */
  needsQuote: boolean;
}

const NEEDS_QUOTE = new Set([...EN_QUOTE_ONLY, 'called', 'calls', 'calling', 'described', 'describes', 'describing', 'expressed', 'continued', 'continues', 'pointed', 'points', 'pointing', 'highlighted', 'highlights', 'reported', 'reports', 'reporting', 'asked', 'asks', 'asking', 'laughed', 'sighed', 'mused', 'agreed', 'agrees', 'believes', 'believed', 'thinks', 'estimated', 'estimates', 'observed', 'observes', 'maintained', 'maintains', 'revealed', 'reveals', 'promised', 'promises', 'promising', 'expressed', 'comments', 'commenting']);
const VERBS = new Map<string, VerbInfo>();
for (const v of EN_VERBS) {
  for (const f of v.forms) if (!VERBS.has(f)) VERBS.set(f, { participle: false, object: !!v.object, needsQuote: NEEDS_QUOTE.has(f) });
  for (const f of v.participles ?? []) if (!VERBS.has(f)) VERBS.set(f, { participle: true, object: !!v.object, needsQuote: NEEDS_QUOTE.has(f) });
}
/** The shapes (first two characters and length, hashed into a table) of the speech verbs: a word of any other
 *  shape is no verb, known without hashing its key for the map (the first look-up of most words' keys). Words
 *  that open with a character from U+0080 on always go to the map. */
const VERB_SHAPES = new Uint8Array(0x10000);
const verbShape = (key: string, n: number): number => ((key.charCodeAt(0) * 128 + (n > 1 ? key.charCodeAt(1) : 0)) * 32 + Math.min(n, 31)) & 0xffff;
for (const f of VERBS.keys()) VERB_SHAPES[verbShape(f, f.length)] = 1;
const mayBeVerb = (key: string): boolean => {
  const n = key.length;
  if (!(key.charCodeAt(0) < 0x80 && (n < 2 || key.charCodeAt(1) < 0x80))) return true;
  return VERB_SHAPES[verbShape(key, n)] === 1;
};

/** The first two characters of every speech verb and of "according", as a table by their codes: a word that opens
 *  with two ASCII characters no cue opens with is no cue. Read from the text by the tokens' offsets (see
 *  mayBeCueAt), which spares most words the read of their key and the verb map. */
const CUE_OPENINGS = new Uint8Array(128 * 128);
const cueOpening = (c0: number, c1: number): number => c0 * 128 + c1;
for (const f of [...VERBS.keys(), 'according']) {
  const c0 = f.charCodeAt(0);
  const c1 = f.length > 1 ? f.charCodeAt(1) : 0;
  if (c0 < 0x80 && c1 < 0x80) CUE_OPENINGS[cueOpening(c0, c1)] = 1;
}
/** ASCII lower case of a character code (what a word's key holds for an ASCII character of its text). */
const asciiLowerCode = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
/** False when the word of tok surely is no cue: it opens with two ASCII characters (so its key opens with them in
 *  lower case) that no cue opens with. */
function mayBeCueAt(text: string, tok: Token): boolean {
  const c0 = text.charCodeAt(tok.start);
  const c1 = tok.end - tok.start > 1 ? text.charCodeAt(tok.start + 1) : 0;
  if (c0 >= 0x80 || c1 >= 0x80) return true;
  return CUE_OPENINGS[cueOpening(asciiLowerCode(c0), asciiLowerCode(c1))] === 1;
}

/** Words between a subject and its verb: "Peskov also said", "the Kremlin has said". */
const AUX = new Set(['quoted', 'as', 'first', 'initially', 'originally', 'immediately', 'subsequently', 'briefly', 'formally', 'officially', 'has', 'had', 'have', 'also', 'later', 'previously', 'would', 'will', 'then', 'once', 'again', 'recently', 'repeatedly', 'further', 'reportedly', 'publicly', 'earlier', 'just', 'simply', 'only', 'had', 'was', 'is', 'has', 'often', 'frequently', 'always', 'never', 'even', 'still', 'quickly', 'finally', 'ultimately', 'separately', 'privately', 'openly', 'flatly', 'firmly', 'bluntly', 'angrily', 'proudly', 'happily', 'readily', 'candidly', 'frankly', 'softly', 'quietly', 'firmly', 'confidently', 'did', 'does', 'do', 'may', 'might', 'could', 'should', 'can', 'not']);
/** Words that cannot be inside a subject noun phrase: they belong to a clause. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'when', 'where', 'while', 'because', 'if', 'and', 'but', 'or', 'as', 'than', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'this', 'there', 'what', 'how', 'why', 'so', 'not', 'no', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'after', 'before', 'about']);
const HEARERS = new Set(EN_HEARERS);
/** Small words allowed inside a subject that follows its verb: "said oil and gas worker Mike Wipf". */
/** "say" itself reports a clause even without a visible verb in the first words ("says about 550 students attend"). */
const SAY = new Set(['said', 'says', 'say']);
const POSTMODIFIERS = new Set(['with', 'of', 'at', 'for', 'from', 'in', 'on', 'close', 'to', 'during']);
const INVERTED_INNER = new Set(['and', 'of', 'at', 'for', 'in', 'with', 'from', 'on']);
/** Words that start a clause, not a subject, after a verb: "says it's too early", "said there is". */
const NOT_INVERTED = new Set(['it', "it's", 'it’s', 'there', "there's", 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'yes', 'no']);
/** Signs that words after a verb form a clause (reported content) rather than an object noun phrase. */
const CLAUSE_SIGNS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', "isn't", "wasn't", "won't", "wouldn't", "can't", "couldn't", "didn't", "doesn't", "don't", "hasn't", "haven't", 'isn’t', 'wasn’t', 'won’t', 'can’t', 'didn’t', 'doesn’t', 'don’t', 'met', 'went', 'came', 'made', 'took', 'gave', 'found', 'left', 'began', 'held', 'saw', 'knew', 'thought', 'got', 'kept', 'led', 'felt', 'won', 'lost', 'sent', 'spent', 'built', 'paid', 'ran', 'brought', 'sold', 'bought', 'fell', 'rose', 'grew', 'became', 'needs', 'wants', 'plans', 'expects', 'hopes', 'remains', 'seems', 'appears', 'continues', 'believes', 'knows', 'thinks', 'feels', 'says', 'said', 'shall']);
const CLAUSE_OPENERS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', "it's", 'it’s', "there's", 'there’s', "he's", "she's", "they're", "we're", "i'm", 'this', 'that']);

/** Whether the words from token k read as a clause: a pronoun first, or a finite verb among the first ten. */
function clauseLike(doc: Doc, k: number, b: number, unbroken = false): boolean {
  if (k >= b) return false;
  if (CLAUSE_OPENERS.has(doc.tokens[k].key)) return true;
  for (let j = k + 1; j < b && j - k < 14; j++) {
    if ((unbroken ? /[.;:,"“”«»()—–]/ : /[.;:]/).test(gap(doc, j - 1, j))) return false;
    const key = doc.tokens[j].key;
    // "added another goal late in the third when Smith scored": a verb after a subordinator is that clause's,
    // and the words before it are an object, not reported content.
    if (CLAUSE_SUBORDINATORS.has(key)) return false;
    // ("three more unanswered goals": an -ed word after a determiner, a number or a quantifier modifies a noun.)
    if (CLAUSE_SIGNS.has(key) || (/ed$/.test(key) && key.length > 4 && !ADJECTIVE_SLOT.has(doc.tokens[j - 1].key) && !/^\d/.test(doc.tokens[j - 1].key))) return true;
    // A base form right after a plural noun or a plural pronoun: "said tenants need help", "says they want".
    if (isBaseVerbWord(key) && (isPluralWord(doc.tokens[j - 1].key) || PLURAL_SUBJECTS.has(doc.tokens[j - 1].key))) return true;
    // ("told reporters the memorandum set out Moscow's terms": a past form like its base, after a determiner and a
    // singular noun, with a particle or an object after it.)
    if (SAME_PAST.has(key) && j - 2 >= k && DETERMINERS.has(doc.tokens[j - 2].key) && !isPluralWord(doc.tokens[j - 1].key) && j + 1 < b && SAME_PAST_NEXT.has(doc.tokens[j + 1].key)) return true;
  }
  return false;
}
/** The speaker's own actions after "…, but" that end what was said: "but gave no details", "but declined to …". */
const SPEAKER_ACTIONS = new Set(['declined', 'refused', 'gave', 'offered', 'provided', 'stopped', 'dodged', 'sidestepped', 'avoided', 'ignored']);

/** Past forms written like their base ("set", "put", "cut"), and the words that show them used as a verb. */
const SAME_PAST = new Set(['set', 'put', 'cut', 'hit', 'let', 'shut', 'spread', 'cost', 'hurt', 'quit', 'upset', 'bet', 'cast', 'forecast', 'broadcast']);
const SAME_PAST_NEXT = new Set(['out', 'up', 'off', 'down', 'aside', 'forward', 'back', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'new', 'more']);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Words after which an -ed word is an adjective ("the injured", "more unanswered goals", "two armed men"). */
const ADJECTIVE_SLOT = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'more', 'most', 'less', 'least', 'many', 'few', 'several', 'some', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'very', 'well', 'newly', 'highly', 'heavily']);
/** "tell the I.R.S. anything": what is told, not the hearer's head noun. */
const INDEFINITE_PRONOUNS = new Set(['anything', 'something', 'nothing', 'everything', 'anyone', 'someone', 'everyone', 'nobody', 'anybody', 'somebody', 'everybody', 'all', 'more', 'much', 'little', 'less', 'enough', 'what', 'how', 'why', 'where', 'when', 'whether', 'if', 'so', 'not', 'about']);
/** Determiners among the hearer words ("told the committee"): after a hearer they open the content instead. */
const HEARER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'their', 'its']);
/** A finite verb or auxiliary inside a phrase: "At least 48 people were reported dead," is a clause. */
const FINITE_WORD = /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do)(?![\p{L}])/iu;
const CLAUSE_SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'while', 'until', 'since', 'if', 'unless', 'whenever', 'but']);
/** Words that cannot stand in a title before a name: they open or carry a clause. */
const LEAD_BREAKERS = new Set([...CLAUSE_SIGNS, 'that', 'which', 'who', 'when', 'while', 'because', 'if', 'but', 'as', 'than', 'so', 'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'there']);
const SUBORDINATORS = new Set(['after', 'when', 'as', 'because', 'since', 'before', 'while', 'until', 'once', 'if', 'although', 'though', 'and', 'but']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their']);
const PLURAL_SUBJECTS = new Set(['they', 'we', 'you', 'i', 'people', 'both', 'many', 'most', 'others', 'some']);
/** Abbreviations that end a name with a period: "Samsung Electronics Co. said". */
const NAME_ABBREVIATIONS = new Set(['co', 'inc', 'corp', 'ltd', 'jr', 'sr', 'bros', 'llc', 'plc']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'earlier', 'later', 'previously', 'repeatedly']);
const NAMING_VERBS = new Set(EN_QUOTE_AFTER_OBJECT);
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const ADVERBIAL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'through', 'via', 'over', 'under']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'every', 'each', 'no']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'late', 'late', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'via', 'through', 'over', 'while', 'when', 'to', 'with', 'by', 'from', 'under']);

export function englishFrames(doc: Doc): Frame[] {
  const frames: Frame[] = [...headlineFrames(doc)];
  for (const s of doc.sentences) {
    const [a, b] = sentenceTokens(doc, s.index);
    for (let t = a; t < b; t++) {
      const tok = doc.tokens[t];
      if (!mayBeCueAt(doc.text, tok)) continue;
      const key = tok.key;
      // Most words are no cue: one map read turns them away before the search among the quotes.
      const info = mayBeVerb(key) ? VERBS.get(key) : undefined;
      if (!info && key !== 'according') continue;
      if (quoteIndexAt(doc, tok.start) >= 0) continue;
      if (key === 'according' && t + 1 < b && doc.tokens[t + 1].key === 'to') {
        const f = accordingFrame(doc, t, a, b, s.index);
        if (f) frames.push(f);
        continue;
      }
      if (!info) continue;
      // "When all is said and done": an idiom, no report.
      if (key === 'said' && t + 2 < b && doc.tokens[t + 1].key === 'and' && doc.tokens[t + 2].key === 'done') continue;
      // "the United States Tuesday": a capitalised word inside a name of several words is part of that name.
      if (doc.mentionOfToken[t] >= 0 && /^\p{Lu}/u.test(tok.text) && doc.mentions[doc.mentionOfToken[t]].t1 - doc.mentions[doc.mentionOfToken[t]].t0 > 1) continue;
      // "the report commissioned by …", "her remarks": after a determiner the word is a noun.
      if (t > a && DETERMINERS.has(doc.tokens[t - 1].key) && /^\s+$/.test(gap(doc, t - 1, t))) continue;
      // "his previously stated views": after a determiner and an adverb, too.
      if (t - 1 > a && DETERMINERS.has(doc.tokens[t - 2].key) && /ly$/.test(doc.tokens[t - 1].key) && /^\s+$/.test(gap(doc, t - 2, t - 1) + gap(doc, t - 1, t))) continue;
      // "he was quoted as saying": a participle after "as" is the sentence's speech verb.
      const asMain = info.participle && t > a && doc.tokens[t - 1].key === 'as';
      const extra: Frame[] = [];
      let f = info.participle && !asMain ? participleFrame(doc, t, b, info, s.index) : verbFrame(doc, t, a, b, asMain ? { ...info, participle: false } : info, s.index, extra);
      // ("The deal, Rubio said, was within reach.": a left content of a word or two is only the sentence's subject.)
      // (Counted in a bounded slice: a content may be a whole unclosed quote.)
      // (Nor is a right content that opens with a finite verb, "was within reach", a clause: its subject is before.)
      const predicateOnly = !!f && f.content.start >= f.cue.end && FINITE_WORD.test(doc.text.slice(f.content.start, Math.min(f.content.end, f.content.start + 7)).split(/\s/)[0]) && quoteIndexAt(doc, f.content.start) < 0;
      if (!info.participle && (!f || predicateOnly || (f.content.end <= f.cue.start && f.content.end - f.content.start < 40 && doc.text.slice(f.content.start, f.content.end).split(/\s+/).length < 3 && quoteIndexAt(doc, f.content.start) < 0))) f = parentheticalFrame(doc, t, a, b, s.index) ?? f;
      // "He won't say what the message is", "declined to say whether …": a refusal to say reports nothing.
      if (f && f.kind === 'verb' && withheld(doc, t, a, f)) continue;
      if (f) frames.push(f, ...extra);
    }
  }
  frames.push(...postFrames(doc));
  frames.push(...bulletFrames(doc, frames));
  return frames;
}

/** "The deal, Rubio said, was within reach.", "That, he told reporters, was unacceptable.": a cue and its subject
 *  between commas inside a sentence report the whole sentence around them (no quote marks) — when the verb's own
 *  frame found no content on either side (a short noun phrase before, a predicate after). */
function parentheticalFrame(doc: Doc, t: number, a: number, b: number, sentence: number): Frame | null {
  const { tokens, text } = doc;
  const s = doc.sentences[sentence];
  // The subject: a pronoun, or up to four capitalised words, right before the verb, after a comma.
  let k = t - 1;
  if (k < a || !/^\s+$/.test(gap(doc, k, t))) return null;
  if (!PRONOUNS.has(tokens[k].key)) {
    while (k - 1 >= a && t - k < 4 && /^\s+$/.test(gap(doc, k - 1, k)) && /^\p{Lu}/u.test(tokens[k - 1].text)) k--;
    if (!/^\p{Lu}/u.test(tokens[k].text) || doc.mentionOfToken[k] < 0) return null;
  }
  // ("Trump, she said, wanted …": one word before the comma is enough.)
  if (k - 1 < a || !/^,\s+$/.test(gap(doc, k - 1, k)) || quoteIndexAt(doc, tokens[k - 1].start) >= 0) return null;
  // After the verb, at most two hearer words, then a comma and the rest of the sentence's own predicate.
  let m = t + 1;
  while (m < b && m - t <= 2 && HEARERS.has(tokens[m].key) && /^\s+$/.test(gap(doc, m - 1, m))) m++;
  if (m >= b || !/^,\s+$/.test(gap(doc, m - 1, m)) || quoteIndexAt(doc, tokens[m].start) >= 0) return null;
  // (Not "…, Rubio said, adding that …" nor "…, he said, and …": a participle or a conjunction opens another clause.)
  if (/ing$/.test(tokens[m].key) || /^(?:and|but|or|while|as|because|though|although|which|who)$/.test(tokens[m].key)) return null;
  // The words before the subject are a noun phrase that the words after it go on from: a verb comes after.
  if (b - m < 2 || !clauseLike(doc, m - 1 >= a ? m - 1 : m, b) && !CLAUSE_SIGNS.has(tokens[m].key)) return null;
  const cue = textSpan(text, tokens[t].start, tokens[t].end);
  const content = trimSpan(text, s.start, s.end);
  return { kind: 'verb', cue, subject: { start: tokens[k].start, end: tokens[t - 1].end }, content, sentence, para: s.para };
}

const NEGATIONS = new Set(['not', 'never', "won't", 'won’t', "wouldn't", 'wouldn’t', "didn't", 'didn’t', "doesn't", 'doesn’t', "don't", 'don’t', "can't", 'can’t', "couldn't", 'couldn’t', 'cannot']);
const REFUSALS = new Set(['declined', 'refused', 'declines', 'refuses', 'declining', 'refusing']);
const WH_WORDS = new Set(['what', 'whether', 'if', 'who', 'whom', 'which', 'when', 'where', 'why', 'how']);

/** A negated or refused speech verb before a question word: "would not say what …", "declined to say whether …". */
function withheld(doc: Doc, t: number, a: number, f: Frame): boolean {
  const { tokens } = doc;
  const c = firstStartingAt(tokens, f.content.start);
  if (c <= t || c >= tokens.length || !WH_WORDS.has(tokens[c].key) || c > t + 3) return false;
  const p1 = t - 1 >= a ? tokens[t - 1].key : '';
  const p2 = t - 2 >= a ? tokens[t - 2].key : '';
  return NEGATIONS.has(p1) || (NEGATIONS.has(p2) && p1.length > 2) || (p1 === 'to' && REFUSALS.has(p2));
}

/** "U.K.", "U.S.": single letters joined by periods are one abbreviation. */
function initials(doc: Doc, i: number, j: number): boolean {
  return doc.tokens[i].text.length === 1 && doc.tokens[j].text.length === 1 && gap(doc, i, j) === '.';
}

/** Whether token k follows initials and their closing period ("U.S. | counterpart"). */
function afterInitials(doc: Doc, k: number): boolean {
  return k >= 2 && /^\.\s+$/.test(gap(doc, k - 1, k)) && initials(doc, k - 2, k - 1);
}

/** Text between two tokens, without invisible marks (zero-width spaces, bidi marks, soft hyphens). */
function gap(doc: Doc, i: number, j: number): string {
  return doc.text.slice(doc.tokens[i].end, doc.tokens[j].start).replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '');
}

function verbFrame(doc: Doc, t: number, a: number, b: number, info: VerbInfo, sentence: number, extra: Frame[]): Frame | null {
  const { text, tokens } = doc;
  const s = doc.sentences[sentence];
  const cue = textSpan(text, tokens[t].start, tokens[t].end);
  // Left subject: skip auxiliaries, then a noun phrase without punctuation inside.
  let j = t - 1;
  // (A capitalised "May" or "Will" inside a sentence is a name: "Green party leader Elizabeth May has said".)
  while (j >= a && AUX.has(tokens[j].key) && /^\s+$/.test(gap(doc, j, j + 1)) && (j === a || !/^\p{Lu}/u.test(tokens[j].text) || doc.mentionOfToken[j] < 0)) j--;
  // "Michelle Rempel earlier this week called …", "Peskov on Monday said …": a time phrase between the subject
  // and the verb.
  j = beforeTimePhrase(doc, j, a);
  while (j >= a && AUX.has(tokens[j].key) && /^\s+$/.test(gap(doc, j, j + 1)) && (j === a || !/^\p{Lu}/u.test(tokens[j].text) || doc.mentionOfToken[j] < 0)) j--;
  let subject: { start: number; end: number } | null = null;
  // "…, it said": an organisation's pronoun is a subject, though "it" opens clauses elsewhere.
  if (j >= a && tokens[j].key === 'it' && /^\s+$/.test(gap(doc, j, j + 1 <= t ? j + 1 : t)) && (j === a || !/^\s+$/.test(gap(doc, j - 1, j)) || CLAUSE_WORDS.has(tokens[j - 1].key))) {
    subject = { start: tokens[j].start, end: tokens[j].end };
  } else if (j >= a && PRONOUNS.has(tokens[j].key) && /^\s+$/.test(gap(doc, j, j + 1 <= t ? j + 1 : t))) {
    // "a lack of leadership he says has left …": a pronoun right before the verb is the whole subject.
    subject = { start: tokens[j].start, end: tokens[j].end };
  } else if (j >= a && (/^[\s]+$/.test(gap(doc, j, j + 1 <= t ? j + 1 : t)) || (NAME_ABBREVIATIONS.has(tokens[j].key) && gap(doc, j, j + 1 <= t ? j + 1 : t) === '. ')) && !CLAUSE_WORDS.has(tokens[j].key)) {
    let k = j;
    // (The marks around a nickname inside a name, "Maren “Mo” Halvik", are no break.)
    while (k - 1 >= a && j - k < 6 && (/^(\s+|\.\s|\s*-\s*|['’]s\s+)$/.test(gap(doc, k - 1, k)) || initials(doc, k - 1, k) || (doc.mentionOfToken[k] >= 0 && doc.mentionOfToken[k - 1] === doc.mentionOfToken[k])) && !CLAUSE_WORDS.has(tokens[k - 1].key) && !VERBS.has(tokens[k - 1].key)) k--;
    // A name ending right before the verb is the subject whole: "the Securities and Exchange Commission said".
    const named = doc.mentionOfToken[j];
    if (named >= 0 && doc.mentions[named].t1 === j + 1 && doc.mentions[named].t0 < k && doc.mentions[named].t0 >= a) {
      k = doc.mentions[named].t0;
      if (k - 1 >= a && tokens[k - 1].key === 'the' && /^\s+$/.test(gap(doc, k - 1, k))) k--;
    }
    // "owners Tore Sohlberg and Lehla Abreder said": two people named together speak together.
    if (named >= 0 && k === doc.mentions[named].t0 && k - 2 >= a && tokens[k - 1].key === 'and' && /^\s+$/.test(gap(doc, k - 2, k - 1) + gap(doc, k - 1, k))) {
      const other = doc.mentionOfToken[k - 2];
      const o = other >= 0 ? doc.mentions[other] : undefined;
      // (A surname alone too, "Both Sandmann and Phillips have said": the sieves find each one's full name.)
      const person = (x: typeof o) => !!x && (x.t1 - x.t0 >= 2 || x.kind === 'unregistered') && !x.org && !x.place && x.kind !== 'org' && x.kind !== 'title';
      if (o && o.t1 === k - 1 && o.t0 >= a && person(o) && person(doc.mentions[named])) k = o.t0;
    }
    // "…, a private security professional present during the attack told Reuters": the walk's six words may stop
    // one short of the article that opens the noun phrase.
    if (k - 1 >= a && (tokens[k - 1].key === 'a' || tokens[k - 1].key === 'an') && /^\s+$/.test(gap(doc, k - 1, k)) && k - 2 >= a && /^,\s+$/.test(gap(doc, k - 2, k - 1))) k--;
    // "A source familiar with the talks said": a noun phrase with a prepositional tail, from the sentence start.
    if (k - 1 > a && POSTMODIFIERS.has(tokens[k - 1].key) && /^\s+$/.test(gap(doc, k - 1, k))) {
      let m = k - 1;
      // ("The U.S. ambassador to Canada said": a country's initials inside the noun phrase.)
      while (m > a && j - m < 10 && (/^\s+$/.test(gap(doc, m - 1, m)) || initials(doc, m - 1, m) || afterInitials(doc, m)) && (!CLAUSE_WORDS.has(tokens[m - 1].key) || POSTMODIFIERS.has(tokens[m - 1].key)) && !VERBS.has(tokens[m - 1].key)) m--;
      if (m === a) k = a;

      // "Jingyi Pan of IG said", "Tim Guest with the Nova Scotia Health Authority says": a name before the tail.
      else {
        const named = namedHeadBefore(doc, k - 1, a);
        if (named >= 0) k = named;
      }
    }
    subject = { start: tokens[k].start, end: tokens[j].end };
    // "… and in a carefully worded response said": words after a preposition are an adverbial, not the subject.
    const p = k - 1;
    const opensClause = p === a || (p - 1 >= a && (tokens[p - 1].key === 'and' || tokens[p - 1].key === 'but' || /[,;]/.test(gap(doc, p - 1, p))));
    if (p >= a && opensClause && ADVERBIAL_PREPOSITIONS.has(tokens[p].key) && /^\s+$/.test(gap(doc, p, k)) && doc.mentionOfToken[j] < 0) {
      // "In early November the company announced": the subject is the noun phrase after the adverbial.
      let det = -1;
      for (let m = k + 1; m <= j; m++) if (tokens[m].key === 'the' || tokens[m].key === 'a' || tokens[m].key === 'an') det = m;
      subject = det > 0 ? { start: tokens[det].start, end: tokens[j].end } : null;
    }
  }
  // "'…,' University of the Fraser Valley political scientist Hamish Telford said": a long title before the
  // name, back to the quote's close, belongs to the subject (words of a clause would not).
  if (subject) {
    const lead = /["”’»],?\s+((?:[\p{L}.'’-]+\s+){1,8})$/u.exec(text.slice(Math.max(s.start, subject.start - 100), subject.start));
    if (lead && lead[1].split(/\s+/).every((w) => !w || (!LEAD_BREAKERS.has(w.toLowerCase()) && !VERBS.has(w.toLowerCase())))) subject = { start: subject.start - lead[1].length, end: subject.end };
  }
  const before = textBefore(text, s.start, subject ? subject.start : tokens[t].start);
  // "'…,' Peskov said" / "…, the Kremlin said." credit what comes before; "Speaking on Friday, Peskov said the
  // talks…" reports what comes after: a quote before decides, else a clause after the verb does.
  const quoteBefore = /["”’'»]\s*[,—–-]?\s*$/.test(before) || /[,—–-]\s*["”’'»]\s*$/.test(before);
  // ("After Kody died, she urged police to investigate": a short adverbial clause before the comma is no content.)
  // Nor is an introductory phrase alone ("Speaking in Vaughan on Thursday,", "In its 2015 ruling,", "Ahead of the vote,").
  const openingEnd = subject ? subject.start : tokens[t].start;
  const opening = openingEnd - s.start <= 120 ? text.slice(s.start, openingEnd) : '';
  const adverbial = !quoteBefore && (/^\s*(?:after|when|before|because|once|until|since|while|as|as soon as)\s[^,;:"“”]{0,80},\s*$/iu.test(opening)
    || (/^\s*(?:in|on|at|during|following|ahead of|amid|despite|upon|with|without|under|throughout|within|beyond|besides|apart from|aside from|unlike|regarding|concerning|for|from|over|across|among|against|toward|towards|through|via|asked|speaking|\p{Ll}+ing)\s[^,;:"“”]{0,80},\s*$/iu.test(opening) && !FINITE_WORD.test(opening))
    // ("Meanwhile, Peskov noted …": a discourse adverb alone.)
    || /^\s*(?:however|meanwhile|separately|earlier|later|still|also|moreover|instead|nevertheless|nonetheless|additionally|furthermore|likewise|similarly|elsewhere|today|yesterday|then|again|finally|first|second|third|overall)\s*,\s*$/iu.test(opening)
    // ("Speaking in Vaughan, Ont., on Thursday morning, Trudeau denied …": a place's commas inside the phrase.)
    || (/^\s*(?:speaking|asked|writing|appearing|testifying)\s[^;:"“”]{0,100},\s*$/iu.test(opening) && !FINITE_WORD.test(opening))
    // ("Neither the sultan, the palace nor the government had confirmed …": a list of subjects, nothing before them.)
    || /^\s*(?:neither|either)\s/iu.test(opening));
  const leftAttributed = /[,"”’'»—–-]\s*$/.test(before) && /\p{L}/u.test(before) && !adverbial && (quoteBefore || !clauseFollows(doc, t, b, info));
  let inverted = false;
  let appositive = false;
  // "Ken Njoroge, chief executive of a company, said he …": the name before the appositive is the subject.
  if (!subject && j >= a) {
    const appo = appositiveSubject(doc, s.start, tokens[j + 1 <= t ? j + 1 : t].start);
    if (appo) {
      const left = trimSpan(text, s.start, appo.leftEnd);
      if (left.end > left.start && /["”’»]/.test(text.slice(left.end - 1, appo.leftEnd + 1))) {
        return { kind: 'verb', cue, subject: appo.subject, content: left, sentence, para: s.para };
      }
      // Otherwise the content follows the verb, found below like any other.
      subject = appo.subject;
      appositive = true;
    }
  }
  // "Peskov met X and said that …": a verb after "and"/"but" shares the clause's subject.
  // "… and in a carefully worded response said": the conjunction may stand before a short adverbial.
  let and = j;
  if (!subject && j >= a && PREPOSITIONS.has(tokens[j].key) === false) {
    for (let k = j; k >= a && j - k < 6; k--) {
      if (!/^\s+$/.test(gap(doc, k, k + 1 <= t ? k + 1 : t))) break;
      if ((tokens[k].key === 'and' || tokens[k].key === 'but') && k < j && PREPOSITIONS.has(tokens[k + 1].key)) {
        and = k;
        break;
      }
    }
  }
  const conjoined = !subject && and >= a && (tokens[and].key === 'and' || tokens[and].key === 'but') && /^\s+$/.test(gap(doc, and, and + 1));
  if (conjoined) {
    const k0 = t + 1;
    if (k0 >= b) return null;
    let start = tokens[t].end;
    const thatAt = findThat(doc, t, b);
    if (thatAt >= 0) start = tokens[thatAt].end;
    else if (!clauseFollows(doc, t, b, info)) return null;
    const content = trimSpan(text, start, s.end);
    if (content.end <= content.start) return null;
    return { kind: 'participle', cue, subject: null, content, inherits: true, sentence, para: s.para };
  }
  if (!subject || leftAttributed) {
    // "'…,' said Karlsson, who …": the subject follows the verb.
    if (!subject && t + 1 < b && /^\s+$/.test(gap(doc, t, t + 1))) {
      let k = t + 1;
      while (k < b && k - t <= 8 && (k === t + 1 || /^(\s+|\.\s|-)$/.test(gap(doc, k - 1, k)) || initials(doc, k - 1, k)) && (!CLAUSE_WORDS.has(tokens[k].key) || INVERTED_INNER.has(tokens[k].key))) k++;
      // Only after the reported words ("…,' said X", "…, says X") and only a noun phrase that ends there:
      // "…, which suggests adding units" and "…, said the deal was fair" are no inversions.
      const afterContent = /[,"”’'»—–-]\s*$/.test(text.slice(Math.max(s.start, tokens[t].start - 3), tokens[t].start));
      let clauseNext = k < b && /^\s+$/.test(gap(doc, k - 1, k)) && CLAUSE_SIGNS.has(tokens[k].key);
      // "…, said Meng had a strong case", "…, said the talks mattered": a verb inside makes the words a clause.
      for (let m = t + 1; m < k && !clauseNext; m++) if (CLAUSE_SIGNS.has(tokens[m].key) && m > t + 1) clauseNext = true;
      // (…but "said a statement released by the Prime Minister's Office": a document, then who issued it.)
      const issued = k - 1 > t + 2 && k < b && tokens[k].key === 'by' && EN_DOCUMENT_HEADS.has(tokens[k - 2].key) && DETERMINERS.has(tokens[t + 1].key);
      if (issued) {
        let e = k + 1;
        while (e < b && e - k <= 8 && !/[,;:"“”]/.test(gap(doc, e - 1, e))) e++;
        k = e;
      } else if (k - 1 > t + 1 && /^\p{Ll}+ed$/u.test(tokens[k - 1].text)) clauseNext = true;
      // "…,' says her father, Rui." — a possessive opens an inverted subject only when it ends there.
      const possessiveSubject = POSSESSIVE_DETERMINERS.has(tokens[t + 1].key) && (k >= b || /[,.;]/.test(gap(doc, k - 1, k)));
      if (k > t + 1 && afterContent && !clauseNext && (!NOT_INVERTED.has(tokens[t + 1].key) || possessiveSubject)) {
        subject = { start: tokens[t + 1].start, end: tokens[k - 1].end };
        inverted = true;
        // "says Campbell's partner, Jason Louth.": a description, then the name in apposition.
        const named = k < b ? doc.mentionOfToken[k] : -1;
        const m = named >= 0 ? doc.mentions[named] : undefined;
        if (m && m.t0 === k && /^,\s*$/.test(gap(doc, k - 1, k)) && !/^\p{Lu}/u.test(tokens[k - 1].text) && m.kind !== 'title' && !m.place
          && (m.t1 >= b || /^\s*[,.;]/.test(text.slice(m.end, m.end + 2)))) subject = { start: m.start, end: m.end };
      }
    }
  }
  if (!subject) return null;
  if ((leftAttributed && !appositive) || inverted) {
    const leftEnd = inverted ? tokens[t].start : subject.start;
    let content = trimSpan(text, s.start, leftEnd);
    if (content.end <= content.start) return null;
    // A parenthetical cue, "…, he says, …", reports both sides; after a short opener ("Too often, he says,
    // they get it") only what follows it.
    const tail = inverted ? subject.end : tokens[t].end;
    const after = text.slice(tail, Math.min(s.end, tail + 3));
    if (/^\s*,/.test(after) && quoteIndexAt(doc, content.start) < 0) {
      const right = trimSpan(text, tail + after.indexOf(',') + 1, s.end);
      const rightTok = firstStartingAt(tokens, right.start);
      // "Rather than this layout, asks editor Jane Roe, “has anyone …?”": a quote after the cue is what was said,
      // and the words before, no quote of their own, were only its lead-in.
      if (inverted && right.end > right.start && quoteIndexAt(doc, right.start) >= 0 && !/["”’»]\s*$/.test(text.slice(content.start, content.end))) {
        return { kind: 'verb', cue, subject, content: right, sentence, para: s.para };
      }
      // Only a clause is reported there; "…, says X, a radiation oncologist." is an apposition.
      if (right.end > right.start && keyWordsCount(text, right) >= 3 && clauseLike(doc, rightTok, b) && !/^(a|an|the|who|which|whose)$/i.test(tokens[rightTok]?.key ?? '')) {
        if (keyWordsCount(text, content) < 4) content = right;
        else extra.push({ kind: 'participle', cue, subject: null, content: right, inherits: true, sentence, para: s.para });
      }
    }
    // ("The talks had stalled, TASS reported.": an outlet reporting a clause before it needs no quote.)
    const c0 = firstStartingAt(tokens, content.start);
    const reportedClause = (tokens[t].key === 'reported' || tokens[t].key === 'reports') && !leftAdverbial(doc, c0) && t - c0 >= 3 && clauseLike(doc, c0, b, true);
    if (info.needsQuote && !reportedClause && quoteIndexAt(doc, content.end - 1) < 0 && quoteIndexAt(doc, content.start) < 0) return null;
    return { kind: 'verb', cue, subject, content, sentence, para: s.para };
  }
  // Right content: hearer, adverbials, "that", a colon or a quote.
  let k = t + 1;
  if (info.object && k < b && /^\s+$/.test(gap(doc, t, k))) {
    const h0 = k;
    // ("told reporters the water was rising": a determiner after the hearer opens the content.)
    // ("told his U.S. counterpart that …": initials with their periods are one word of the hearer.)
    while (k < b && k - h0 < 6 && (HEARERS.has(tokens[k].key) || /^\p{Lu}/u.test(tokens[k].text)) && (/^\s+$/.test(gap(doc, k - 1, k)) || (k > h0 && (initials(doc, k - 1, k) || afterInitials(doc, k)))) && tokens[k].key !== 'that' && !(k > h0 && HEARER_DETERMINERS.has(tokens[k].key) && !HEARER_DETERMINERS.has(tokens[k - 1].key))) k++;
    // "told his counterpart the talks …", "told his U.S. counterpart …": after the hearer's determiner (and its
    // capitalised modifiers) one plain noun is the hearer's head.
    if (k > h0 && k < b && HEARER_DETERMINERS.has(tokens[h0].key) && (/^\s+$/.test(gap(doc, k - 1, k)) || afterInitials(doc, k)) && /^\p{Ll}+$/u.test(tokens[k].text) && !HEARERS.has(tokens[k].key) && !CLAUSE_WORDS.has(tokens[k].key) && !CLAUSE_SIGNS.has(tokens[k].key) && !VERBS.has(tokens[k].key) && !PREPOSITIONS.has(tokens[k].key) && !SUBJECT_OPENERS.has(tokens[k].key) && !DETERMINERS.has(tokens[k].key) && !PRONOUNS.has(tokens[k].key) && !INDEFINITE_PRONOUNS.has(tokens[k].key) && (k === h0 + 1 || /^\p{Lu}/u.test(tokens[k - 1].text))) {
      k++;
      // ("told his radio audience …", "told his party colleagues the …": a second noun, the head after its
      // modifier, when a hearer's word or a clause's first word follows.)
      const plainNoun = (x: number) => x < b && /^\s+$/.test(gap(doc, x - 1, x)) && /^\p{Ll}+$/u.test(tokens[x].text) && !CLAUSE_WORDS.has(tokens[x].key) && !CLAUSE_SIGNS.has(tokens[x].key) && !VERBS.has(tokens[x].key) && !PREPOSITIONS.has(tokens[x].key) && !SUBJECT_OPENERS.has(tokens[x].key) && !DETERMINERS.has(tokens[x].key) && !INDEFINITE_PRONOUNS.has(tokens[x].key) && !PRONOUNS.has(tokens[x].key);
      if (k < b && HEARERS.has(tokens[k].key) && !HEARER_DETERMINERS.has(tokens[k].key) && /^\s+$/.test(gap(doc, k - 1, k))) k++;
      else if (plainNoun(k) && k + 1 < b && /^\s+$/.test(gap(doc, k, k + 1)) && (SUBJECT_OPENERS.has(tokens[k + 1].key) || tokens[k + 1].key === 'that' || /^\p{Lu}/u.test(tokens[k + 1].text))) k++;
    }
    // "told investigators he shot …": one plain noun, then the clause.
    else if (k === h0 && k + 1 < b && CLAUSE_OPENERS.has(tokens[k + 1].key) && /^\s+$/.test(gap(doc, k, k + 1))) k++;
  }
  // adverbials: "on Friday", "in a statement", "last week" — up to a comma, "that", or a pronoun that opens
  // the clause ("said in his speech he was ready")
  // "said Thursday one of the plans …", "said today the …": a lone day or time word is an adverbial.
  if (k + 1 < b && TIME_WORDS.has(tokens[k].key) && /^\s+$/.test(gap(doc, k, k + 1)) && !PREPOSITIONS.has(tokens[k + 1].key)) k++;
  // "…, which Infrastructure Canada said in a 2016 report would …": the subject of a relative clause; its verb
  // reports the rest of that clause, whose own subject is the relative pronoun.
  const si = subject ? firstStartingAt(tokens, subject.start) : -1;
  const relative = si > a && RELATIVE_PRONOUNS.has(tokens[si - 1].key) && /^\s+$/.test(gap(doc, si - 1, si));
  // "admits in this instance, there were fatalities": an adverbial phrase and its comma before the clause.
  let adverbialComma = false;
  if (k < b && PREPOSITIONS.has(tokens[k].key) && !subordinateThenClause(doc, k, b)) {
    let m = k;
    // "told The Canadian Press by email the golfer was sore": a determiner that opens a clause ends the adverbial.
    // (Not past another speech verb: "An August report from the office estimates the …" has its cue there.)
    let verbBetween = false;
    const clauseAt = (m: number) => m > k + 1 && (CLAUSE_OPENERS.has(tokens[m].key) || (relative && RELATIVE_VERBS.has(tokens[m].key)) || (!verbBetween && DETERMINERS.has(tokens[m].key) && !DETERMINERS.has(tokens[m - 1].key) && !PREPOSITIONS.has(tokens[m - 1].key) && clauseLike(doc, m, b, true)));
    while (m < b && m - k < 8 && tokens[m].key !== 'that' && !clauseAt(m) && !/[,:"“]/.test(gap(doc, m - 1, m))) {
      if (m > k && VERBS.has(tokens[m].key)) verbBetween = true;
      m++;
    }
    if (m < b && (tokens[m].key === 'that' || /,/.test(gap(doc, m - 1, m)) || clauseAt(m))) {
      adverbialComma = m > k && /^,\s+$/.test(gap(doc, m - 1, m));
      k = m;
    }
  }
  // "denied reports that …", "reiterated accusations that …": the content follows the noun's "that".
  const thatAt = k < b && tokens[k].key !== 'that' ? findThat(doc, k - 1, b) : -1;
  if (thatAt >= 0 && thatAt - k <= 3) k = thatAt;
  // "told a crowd of about 100 members gathered in a hall that …": a hearer's long description, then "that".
  else if (info.object && thatAt < 0 && k < b && tokens[k].key !== 'that') {
    const far = findThat(doc, k - 1, b, 12);
    if (far >= 0) k = far;
  }
  // "explained the numbers this way: “…”": a short object, then a colon and the quote.
  if (k < b && !/[:"“«]/.test(gap(doc, k - 1, k))) {
    let m = k;
    // (After a hearer, only the hearer's words: "urged the British government", not "tell stories about".)
    const ok = (m: number) => tokens[m].key !== 'that' && !VERBS.has(tokens[m].key) && !(info.object && (CLAUSE_SIGNS.has(tokens[m].key) || CLAUSE_OPENERS.has(tokens[m].key) || PREPOSITIONS.has(tokens[m].key) || CLAUSE_WORDS.has(tokens[m].key)));
    while (m < b && m - k < 6 && /^\s+$/.test(gap(doc, m, m + 1 < b ? m + 1 : m)) && ok(m)) m++;
    // "urged the British government “to clarify …”": after a hearer the quote is the content, colon or not.
    if (m < b && m + 1 < b && ok(m) && (info.object ? /^\s*:?\s*["“«]$/ : /^\s*:\s*["“«]$/).test(gap(doc, m, m + 1)) && quoteIndexAt(doc, tokens[m + 1].start) >= 0) k = m + 1;
  }
  // "Trudeau called the allegation “false”", "described herself as “short of breath” …": after a naming verb and
  // its object, a quote is what was said of it.
  // The content is the clause carrying it, object and quote, a partial statement; what follows the quote is the
  // writer's again ("… “false” on Thursday, and …").
  let namedAs = -1;
  // ("called for “a just and lasting peace”": after "called for" the appeal is what was said, without the "for".)
  const objectStart = k < b ? (tokens[k].key === 'for' && CALL_FORMS.has(tokens[t].key) ? tokens[k].end : tokens[k].start) : s.end;
  // (Not in the passive: "He was described as “lacking a conscience”" is someone else's words about him.)
  const aux = t > 1 && /^(?:also|often|once|later|widely|\p{Ll}+ly)$/u.test(tokens[t - 1].key) ? t - 2 : t - 1;
  const passive = aux >= 0 && /^(?:was|were|is|are|be|been|being|gets|got)$/.test(tokens[aux].key);
  if (NAMING_VERBS.has(tokens[t].key) && !passive && k < b && tokens[k].key !== 'that' && !/[:"“«]/.test(gap(doc, k - 1, k))) {
    // (A verb with a hearer and an infinitive reaches further: "urged Chinese citizens to consider their
    // circumstances and “fully assess the risks …”".)
    const reach = info.object ? 13 : 7;
    for (let m = k + 1; m < b && m - k < reach; m++) {
      const gm = gap(doc, m - 1, m);
      if (/["“«]/.test(gm) && quoteIndexAt(doc, tokens[m].start) >= 0) {
        k = m;
        namedAs = quoteIndexAt(doc, tokens[m].start);
        break;
      }
      // (A speech verb's form after a determiner or an adjective is a noun: "called the report “fake news”".)
      const nounUse = VERBS.has(tokens[m].key) && (DETERMINERS.has(tokens[m - 1].key) || (m - 2 >= k && DETERMINERS.has(tokens[m - 2].key) && !VERBS.has(tokens[m - 1].key)));
      if (!/^\s+$/.test(gm) || (VERBS.has(tokens[m].key) && !nounUse) || CLAUSE_SIGNS.has(tokens[m].key) || tokens[m].key === 'that') break;
    }
  }
  let contentStart: number;
  const g = k < b ? gap(doc, k - 1, k) : text.slice(tokens[k - 1].end, s.end);
  if (/:/.test(g)) contentStart = tokens[k - 1].end + g.indexOf(':') + 1;
  else if (OPENING_MARK.test(g)) contentStart = tokens[k - 1].end + g.search(OPENING_MARK);
  else if (k < b && tokens[k].key === 'that') contentStart = tokens[k].end;
  else if (k < b && !info.needsQuote && subordinateThenClause(doc, k, b)) contentStart = tokens[k].start;
  else if (k < b && adverbialComma && !info.needsQuote && b - k >= 3 && (SUBJECT_OPENERS.has(tokens[k].key) || (doc.mentionOfToken[k] >= 0 && /^\p{Lu}/u.test(tokens[k].text))) && clauseLike(doc, k, b, true)) contentStart = tokens[k].start;
  // ("told an audience about the first time he …": "about" opens the topic, not what was said — unless it means
  // "nearly": "said about 550 students attend …".)
  else if (k < b && !info.needsQuote && b - k >= 3 && !(tokens[k].key === 'about' && !/^\d/.test(tokens[k + 1].key)) && (!PREPOSITIONS.has(tokens[k].key) || demonstrativeSubject(doc, k, b)) && !/[,.]/.test(g) && (clauseLike(doc, k, b) || (SAY.has(tokens[t].key) && b - k >= 4))) contentStart = tokens[k].start;
  // "said costs fell.", "says he lied.": a two-word clause, a subject and its verb in the past, is said too.
  else if (k < b && !info.needsQuote && b - k === 2 && SAY.has(tokens[t].key) && !/[,.:"“]/.test(g) && /^\s+$/.test(gap(doc, k, k + 1)) && /^\p{Ll}+$/u.test(tokens[k].text) && !PREPOSITIONS.has(tokens[k].key) && !DETERMINERS.has(tokens[k].key) && !VERBS.has(tokens[k].key) && pastVerb(tokens[k + 1].key)) contentStart = tokens[k].start;
  else if (endsWithColon(text, s)) contentStart = s.end;
  else return appealFrame(doc, t, b, s, cue, subject, passive, sentence) ?? (!/\p{L}/u.test(before) || adverbial ? objectFrame(doc, t, k, b, s, cue, subject, passive, sentence) : null);
  const viaThat = contentStart > 0 && /that\s*$/i.test(text.slice(Math.max(0, contentStart - 6), contentStart));
  if (info.needsQuote && !viaThat && quoteIndexAt(doc, Math.min(contentStart + 1, s.end - 1)) < 0) return appealFrame(doc, t, b, s, cue, subject, passive, sentence);
  if (namedAs >= 0) contentStart = objectStart;
  let content = contentStart >= s.end ? { start: s.end, end: s.end } : trimSpan(text, contentStart, namedAs >= 0 ? Math.min(s.end, doc.quotes[namedAs].end) : s.end);
  // "said he's a “long way from a decision,” noting that …": the participle's clause is a statement of its own.
  if (content.end > content.start) {
    const c0 = firstStartingAt(tokens, content.start);
    for (let m = c0 + 1; m < b && m - c0 < 80 && tokens[m].start < content.end; m++) {
      const v = mayBeVerb(tokens[m].key) ? VERBS.get(tokens[m].key) : undefined;
      if (!v?.participle || !/,\s*["”’]?\s*$/.test(gap(doc, m - 1, m)) || quoteIndexAt(doc, tokens[m].start) >= 0) continue;
      // Only a participle that reports ("noting that", "adding …"), not one inside the content's own clause.
      if (m + 1 < b && tokens[m + 1].key === 'that') {
        content = trimSpan(text, content.start, tokens[m].start);
        break;
      }
    }
  }
  // "said the talks were “useful,” but gave no details", "…, but declined to elaborate": after a comma, "but" or
  // "and" with a past verb and no subject of its own goes on with the speaker's actions; what was said ends there.
  if (content.end > content.start) {
    const c0 = firstStartingAt(tokens, content.start);
    for (let m = c0 + 2; m + 1 < b && m - c0 < 60 && tokens[m + 1].start < content.end; m++) {
      if ((tokens[m].key !== 'but' && tokens[m].key !== 'and') || !/,\s*["”’]?\s*$/.test(gap(doc, m - 1, m)) || quoteIndexAt(doc, tokens[m].start) >= 0) continue;
      if (SPEAKER_ACTIONS.has(tokens[m + 1].key)) {
        content = trimSpan(text, content.start, tokens[m].start);
        break;
      }
    }
  }
  // "The deal, which Trump said would create jobs, was signed": a relative clause set off by commas ends at its
  // closing comma (outside quotes); what follows is the writer's main clause.
  if (relative && content.end > content.start && si - 2 >= a && /,\s*$/.test(gap(doc, si - 2, si - 1)) && RELATIVE_VERBS.has(tokens[firstStartingAt(tokens, content.start)]?.key ?? '')) {
    const c0 = firstStartingAt(tokens, content.start);
    for (let m = c0 + 1; m < b && m - c0 <= 40 && tokens[m].start < content.end; m++) {
      if (/^,\s+$/.test(gap(doc, m - 1, m)) && quoteIndexAt(doc, tokens[m - 1].start) < 0) {
        content = trimSpan(text, content.start, tokens[m - 1].end);
        break;
      }
    }
  }
  // "Though Judge Moss said she was loath to fine a charity, she believed …": in a sentence that opens with a
  // subordinator whose clause holds the cue, the reported words end where the main clause begins.
  if (content.end > content.start && t - a <= 12 && OPENING_SUBORDINATORS.has(tokens[a].key) && !/[,;:"“”()—–]/.test(text.slice(tokens[a].end, tokens[t].start))) {
    const end = mainClauseStart(doc, firstStartingAt(tokens, content.start), b, content.end);
    if (end >= 0) content = trimSpan(text, content.start, end);
  }
  if (content.end <= content.start && !endsWithColon(text, s)) return null;
  return { kind: 'verb', cue, subject, content, sentence, para: s.para };
}

/** Common irregular past forms that end a two-word clause ("prices rose", "talks broke down" is longer). */
const IRREGULAR_PAST = new Set(['rose', 'fell', 'grew', 'won', 'lost', 'sank', 'broke', 'held', 'began', 'came', 'went', 'left', 'stood', 'shrank', 'slid', 'lied', 'died', 'fled', 'quit', 'spoke', 'froze', 'stole', 'paid', 'agreed']);

/** A verb in the past tense: a regular -ed form (not "-eed" nouns like "need") or a common irregular one. */
function pastVerb(key: string): boolean {
  return IRREGULAR_PAST.has(key) || (/[^e]ed$/.test(key) && key.length > 4);
}

const CALL_FORMS = new Set(['called', 'calls']);
const URGE_FORMS = new Set(['urged', 'urges']);

/** An appeal reports what it asks for without a quote: "called for an immediate ceasefire" → "an immediate
 *  ceasefire"; "urged Washington to respect the deal" → the hearer and the infinitive ("Washington to respect the
 *  deal", as «دعا X إلى Y» is "X إلى Y"). Not in the passive ("was called for tripping"). */
function appealFrame(doc: Doc, t: number, b: number, s: Doc['sentences'][number], cue: Frame['cue'], subject: Span, passive: boolean, sentence: number): Frame | null {
  const { tokens, text } = doc;
  if (passive || t + 2 > b) return null;
  const key = tokens[t].key;
  // ("rejected calls for changes", "the calls for …": after a verb or a determiner the word is a noun.)
  const prev = t - 1 >= 0 && tokens[t - 1].start >= s.start ? t - 1 : -1;
  if (prev >= 0 && (VERBS.has(tokens[prev].key) || DETERMINERS.has(tokens[prev].key) || /^\p{Ll}+ed$/u.test(tokens[prev].text))) return null;
  let start = -1;
  if (CALL_FORMS.has(key) && tokens[t + 1].key === 'for' && /^\s+$/.test(gap(doc, t, t + 1)) && /^\s+$/.test(gap(doc, t + 1, t + 2))) start = tokens[t + 2].start;
  else if (URGE_FORMS.has(key) && /^\s+$/.test(gap(doc, t, t + 1))) {
    // The hearer is a short noun phrase without punctuation; "to" and a verb's lower-case word follow it.
    for (let m = t + 2; m < b - 1 && m - t <= 8; m++) {
      if (!/^\s+$/.test(gap(doc, m - 1, m)) || tokens[m - 1].key === 'that' || VERBS.has(tokens[m - 1].key)) break;
      if (tokens[m].key === 'to' && /^\s+$/.test(gap(doc, m, m + 1)) && /^\p{Ll}+$/u.test(tokens[m + 1].text) && !DETERMINERS.has(tokens[m + 1].key)) {
        start = tokens[t + 1].start;
        break;
      }
    }
  }
  if (start < 0) return null;
  const content = trimSpan(text, start, s.end);
  return content.end > content.start ? { kind: 'verb', cue, subject, content, sentence, para: s.para } : null;
}

/** Report verbs whose object noun phrase is what was said ("noted Russia's readiness for investment", "denied any
 *  wrongdoing", "announced a ceasefire"). */
const OBJECT_REPORT_VERBS = new Set(['noted', 'notes', 'highlighted', 'highlights', 'announced', 'announces', 'denied', 'denies', 'confirmed', 'confirms', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'reiterated', 'reiterates', 'underlined', 'underscored', 'expressed', 'expresses', 'voiced', 'pledged', 'pledges']);
/** Object words that are no reported content: pronouns, and time words standing where the object would. */
const NOT_AN_OBJECT = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'me', 'us', 'you', 'so', 'nothing', 'little', 'on', 'in', 'at', 'during', 'after', 'before', 'earlier', 'later', 'today', 'yesterday', 'tonight', 'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'to', 'by', 'with', 'for', 'as', 'plans', 'results']);

/** "Peskov noted Russia's readiness for foreign investment, affirming …", "Hamas announced a ceasefire": a report
 *  verb's object noun phrase, up to its first comma outside quotes or a coordinated predicate ("… but refused to
 *  resign"), is what was said (two words at least). Only for the verb of a main clause whose subject opens the
 *  sentence (the caller sees to it): inside reported words ("said both sides acknowledged the need …") it is
 *  theirs. */
function objectFrame(doc: Doc, t: number, k: number, b: number, s: Doc['sentences'][number], cue: Frame['cue'], subject: Span, passive: boolean, sentence: number): Frame | null {
  const { tokens, text } = doc;
  if (passive || k >= b || !OBJECT_REPORT_VERBS.has(tokens[t].key) || NOT_AN_OBJECT.has(tokens[k].key) || VERBS.has(tokens[k].key)) return null;
  // (Nothing was said in "Neither the palace nor the government had confirmed the wedding", "has not announced …".)
  // (Bounded: the 200 characters before the verb.)
  if (/(?:^|[^\p{L}])(?:not|never|neither|nor|no|yet\s+to)(?![\p{L}])|n['’]t(?![\p{L}])/iu.test(text.slice(Math.max(s.start, tokens[t].start - 200), tokens[t].start))) return null;
  // (Not a participle used as an adjective: "the announced plan", "a denied claim".)
  const prev = t - 1 >= 0 && tokens[t - 1].start >= s.start ? t - 1 : -1;
  if (prev >= 0 && (DETERMINERS.has(tokens[prev].key) || /^(?:was|were|is|are|be|been|being|has|have|had)$/.test(tokens[prev].key))) return null;
  if (!/^\s+["“]?$/.test(gap(doc, k - 1, k))) return null;
  let end = s.end;
  for (let m = k + 1; m < b && m - k < 60; m++) {
    if (m - k === 59) end = tokens[m].end;
    const coordinated = (tokens[m].key === 'but' || tokens[m].key === 'and') && m + 1 < b && (SPEAKER_ACTIONS.has(tokens[m + 1].key) || pastVerb(tokens[m + 1].key) || VERBS.has(tokens[m + 1].key));
    if ((/[,;:(—–]/.test(gap(doc, m - 1, m)) || coordinated) && quoteIndexAt(doc, tokens[m - 1].start) < 0) {
      end = tokens[m - 1].end;
      break;
    }
  }
  const start = OPENING_MARK.test(gap(doc, k - 1, k)) ? tokens[k - 1].end + gap(doc, k - 1, k).search(OPENING_MARK) : tokens[k].start;
  const content = trimSpan(text, start, Math.min(end, s.end));
  if (content.end <= content.start || keyWordsCount(text, content) < 2) return null;
  return { kind: 'verb', cue, subject, content, sentence, para: s.para };
}

const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who', 'what']);
/** What opens the rest of a relative clause after its speech verb: "which X said would …", "who he says was …". */
const RELATIVE_VERBS = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);

const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'summer', 'spring', 'fall', 'autumn', 'winter']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The token before a time phrase that ends at token j ("earlier this week", "last month", "on Monday"), or j
 *  itself when none ends there; only spaces between the words. */
function beforeTimePhrase(doc: Doc, j: number, a: number): number {
  const { tokens } = doc;
  const spaced = (x: number) => /^\s+$/.test(gap(doc, x, x + 1));
  let k = j;
  if (k - 1 >= a && TIME_UNITS.has(tokens[k].key) && /^(?:this|last|next|that)$/.test(tokens[k - 1].key) && spaced(k - 1) && spaced(k)) {
    k -= 2;
    if (k >= a && (tokens[k].key === 'earlier' || tokens[k].key === 'later') && spaced(k)) k--;
  } else if (k - 1 >= a && WEEKDAYS.has(tokens[k].key) && tokens[k - 1].key === 'on' && spaced(k - 1) && spaced(k)) k -= 2;
  // (A subject must be left: not "On Monday said …".)
  return k >= a && k < j ? k : j;
}

const ASIDE_OPENER = /s,\s+(?:\w+ing|\w+ed|who)\b/;

/** Capitalised words that open an adverbial, not a plural noun phrase, at a sentence's start ("In", "After"). */
const BARE_NP_OPENERS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'for', 'from', 'with', 'without', 'as', 'when', 'while', 'since', 'later', 'earlier', 'meanwhile', 'still', 'yet', 'and', 'but', 'so', 'then', 'asked', 'speaking', 'by', 'under', 'over', 'among', 'despite', 'like', 'unlike', 'this', 'that', 'these', 'those', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you']);

/** Subordinators that may open a sentence around its speech verb ("Though X said …, Y …"); not "as", whose
 *  "As X said, …" reports the main clause. */
const OPENING_SUBORDINATORS = new Set(['though', 'although', 'while', 'whereas', 'because', 'since', 'if', 'when', 'once', 'unless', 'even']);
/** Words that open a main clause's subject after the comma. */
const SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those', 'there']);

/** Where the main clause after a sentence-opening subordinate clause starts, within the content [c0, contentEnd):
 *  the end of the words before the first comma followed by a subject and a clause; -1 if none (bounded walk). */
function mainClauseStart(doc: Doc, c0: number, b: number, contentEnd: number): number {
  const { tokens } = doc;
  for (let m = c0 + 1; m < b && m - c0 <= 60 && tokens[m].start < contentEnd; m++) {
    if (!/^,\s+$/.test(gap(doc, m - 1, m)) || quoteIndexAt(doc, tokens[m].start) >= 0) continue;
    const opensSubject = SUBJECT_OPENERS.has(tokens[m].key) || isPluralWord(tokens[m].key) || (doc.mentionOfToken[m] >= 0 && /^\p{Lu}/u.test(tokens[m].text));
    if (opensSubject && clauseLike(doc, m, b, true)) return tokens[m - 1].end;
  }
  return -1;
}

/** Token index where a person's name ends right before the postmodifier at token p ("Jingyi Pan | of IG")
 *  begins, or -1; the name may carry a possessor or title before it but not a clause. */
function namedHeadBefore(doc: Doc, p: number, a: number): number {
  if (p - 1 < a || !/^\s+$/.test(gap(doc, p - 1, p))) return -1;
  const mi = doc.mentionOfToken[p - 1];
  if (mi < 0) return -1;
  const m = doc.mentions[mi];
  if (m.t1 !== p || m.kind === 'org' || m.org || m.place || m.kind === 'title') return -1;
  return m.t0 >= a ? m.t0 : -1;
}

/** "NAME, a description, VERB" — the name before the appositive is the subject; what stands before the
 *  name (a quote, "'…,' Hussein Sayed, chief strategist at X, said") is the content. */
function appositiveSubject(doc: Doc, from: number, verbStart: number): { subject: { start: number; end: number }; leftEnd: number } | null {
  from = Math.max(from, verbStart - 200);
  const before = doc.text.slice(from, verbStart);
  const body = before.replace(/,\s*$/, '');
  if (body.length === before.length) return null;
  // "The director of operations for EHS, Jeff Fraser, says …": a name in apposition right before the verb.
  const last = firstStartingAt(doc.mentions, from + body.length) - 1;
  const m = last >= 0 ? doc.mentions[last] : undefined;
  // ("Navdeep Bains, Minister of Innovation, Science and Economic Development, said": an office in the
  // apposition is not the subject when a person's name opens the clause — the comma walk below finds it.)
  const opener = m && (m.kind === 'org' || m.org || !m.gender) && from === sentenceStartOf(doc, from) ? personAt(doc, from) : null;
  if (opener) return { subject: opener, leftEnd: from };
  if (m && m.end === from + body.length && m.kind !== 'title' && !m.place) {
    // "His lawyers, Charles Glynn and Richard Jones, have said": a pair in apposition speaks together.
    const pairStart = last > 0 && /^\s+and\s+$/.test(doc.text.slice(doc.mentions[last - 1].end, m.start)) ? doc.mentions[last - 1].start : m.start;
    // ("One red-state Democrat, Montana Sen. Jon Tester, said": capitalised title words may stand before the name.)
    if (/,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(doc.text.slice(Math.max(from, pairStart - 60), pairStart))) {
      // «"…," the company's chief executive, Anna Berg, told the BBC»: a quote before the description is the content.
      const lead = doc.text.slice(Math.max(from, pairStart - 120), pairStart);
      const close = /["”’»],?\s+[^"“”«»]*$/.exec(lead);
      const at = close ? pairStart - lead.length + close.index : -1;
      const leftEnd = at >= 0 && quoteIndexAt(doc, at) >= 0 ? at + 1 : sentenceStartOf(doc, pairStart);
      return { subject: { start: pairStart, end: m.end }, leftEnd };
    }
  }
  // "The reports, citing unnamed sources, said …": a short opening noun phrase, then a participle or relative aside.
  // ("The premier, however, insisted …": a discourse adverb between commas, too.)
  const opening = /^(\s*(?:the|a|an|his|her|their|its)\s+[^,;:"“”]{1,80}?),\s+(?:(?:\w+ing|who|which)\b[^;:"“”]*|(?:however|though|meanwhile|too|also|instead|nevertheless|indeed|moreover|then|in turn))$/iu.exec(body);
  // "The report, released Thursday by the Fraser Institute, said …": a document and, in the aside, who issued it.
  const issued = /^(\s*(?:the|a|an)\s+[^,;:"“”]{1,40}?,\s+(?:released|issued|published|commissioned|prepared|obtained|written|sent|posted|filed|presented|tabled)\b[^,;:"“”]{0,40}?\bby\s+[^,;:"“”]{2,80})$/iu.exec(body);
  if (issued && from === sentenceStartOf(doc, from)) {
    const lead = issued[1].length - issued[1].trimStart().length;
    return { subject: { start: from + lead, end: from + issued[1].length }, leftEnd: from };
  }
  // "French officials, speaking on condition of anonymity, said", "Two diplomats, who asked not to be named, said":
  // a plural noun phrase without a determiner, then the aside.
  // (Tried only when the body holds such an aside at all: most bodies hold none, and the pattern backtracks.)
  const plural = opening || !ASIDE_OPENER.test(body) ? null : /^(\s*(?:[\p{L}.'’-]+\s+){0,3}[\p{L}'’-]*\p{Ll}s),\s+(?:(?:\w+ing|\w+ed|who)\b[^;:"“”]*)$/u.exec(body);
  const bare = plural && !BARE_NP_OPENERS.has(plural[1].trim().split(/\s+/)[0].toLowerCase()) ? plural : null;
  if ((opening ?? bare) && from === sentenceStartOf(doc, from)) {
    const np = (opening ?? bare)!;
    const lead = np[1].length - np[1].trimStart().length;
    return { subject: { start: from + lead, end: from + np[1].length }, leftEnd: from };
  }
  if (opening && from === sentenceStartOf(doc, from)) {
    const lead = opening[1].length - opening[1].trimStart().length;
    return { subject: { start: from + lead, end: from + opening[1].length }, leftEnd: from };
  }
  // "NAME, a description, said" and "NAME, who …, said": try the last commas, nearest first.
  // A person's name ("Navdeep Bains, Minister of Innovation, Science and …, said") beats a nearer capitalised phrase.
  let lastComma = body.length;
  let first: ReturnType<typeof nameBeforeComma> = null;
  for (let tries = 0; tries < 3; tries++) {
    lastComma = body.lastIndexOf(',', lastComma - 1);
    if (lastComma <= 0) break;
    const hit = nameBeforeComma(doc, from, body, lastComma);
    if (!hit) continue;
    const mi = doc.mentionOfToken[firstStartingAt(doc.tokens, hit.subject.start)];
    const m = mi >= 0 ? doc.mentions[mi] : undefined;
    if (m && (m.gender || m.entry?.kind === 'person')) return hit;
    first ??= hit;
  }
  return first;
}

/** A person's name (not an organisation's) of two words or more standing first at `from`, followed by a comma. */
function personAt(doc: Doc, from: number): Span | null {
  let t = firstStartingAt(doc.tokens, from);
  let mi = t < doc.tokens.length ? doc.mentionOfToken[t] : -1;
  // ("U.S. Secretary of State …": a country's initials before the title.)
  if (mi < 0 && t < doc.tokens.length) {
    const next = firstStartingAt(doc.mentions, doc.tokens[t].start);
    if (next < doc.mentions.length && doc.mentions[next].kind === 'title' && /^(?:[A-Z]\.)+\s+$/.test(doc.text.slice(doc.tokens[t].start, doc.mentions[next].start))) {
      mi = next;
      t = doc.mentions[next].t0;
    }
  }
  if (mi < 0) return null;
  // "Secretary of State Marco Rubio, speaking in Brussels, said": past a title right before the name.
  const lead = doc.mentions[mi];
  if (lead.kind === 'title' && lead.t0 === t && mi + 1 < doc.mentions.length && /^\s+$/.test(doc.text.slice(lead.end, doc.mentions[mi + 1].start))) {
    mi++;
    const m = doc.mentions[mi];
    if (m.org || m.place || m.kind === 'org' || m.kind === 'title' || m.t1 - m.t0 < 2) return null;
    return /^\s*,/.test(doc.text.slice(m.end, m.end + 2)) ? { start: lead.start, end: m.end } : null;
  }
  const m = doc.mentions[mi];
  if (m.t0 !== t || m.org || m.place || m.kind === 'org' || m.kind === 'title' || m.t1 - m.t0 < 2) return null;
  return /^\s*,/.test(doc.text.slice(m.end, m.end + 2)) ? { start: m.start, end: m.end } : null;
}

/** Where the sentence holding `pos` starts (the left content of an appositive frame ends there: none). */
function sentenceStartOf(doc: Doc, pos: number): number {
  return doc.sentences[doc.sentenceOfToken[Math.min(doc.tokens.length - 1, firstStartingAt(doc.tokens, pos))]].start;
}

function nameBeforeComma(doc: Doc, from: number, body: string, lastComma: number): { subject: { start: number; end: number }; leftEnd: number } | null {
  const nameEnd = from + lastComma;
  let boundary = lastComma - 1;
  while (boundary >= 0 && !/[,"”’»]/.test(body[boundary])) boundary--;
  const chunkStart = from + boundary + 1;
  for (let i = firstStartingAt(doc.mentions, chunkStart); i < doc.mentions.length && doc.mentions[i].start < nameEnd; i++) {
    let m = doc.mentions[i];
    if (m.end !== nameEnd || m.kind === 'title') continue;
    // "Sen. Richard Shelby of Alabama, the chairman …, said": a person's name, then where they are from.
    const p = i > 0 ? doc.mentions[i - 1] : undefined;
    if ((m.place || m.org || m.kind === 'org') && p && p.start >= chunkStart && /^\s+(?:of|from)\s+$/.test(doc.text.slice(p.end, m.start)) && !p.place && !p.org && p.kind !== 'org' && p.kind !== 'title') m = p;
    // Only titles may stand before the name: "Dr. Robert Strang, Nova Scotia's chief medical officer, says …"
    // …or a clause that ends in a conjunction: "Controversy erupted after John McCallum, …, said".
    const lead = doc.text.slice(chunkStart, m.start).split(/[\s.]+/).filter(Boolean);
    // (A longer lead of plain modifiers, "Elementary school teacher Teresa Galati, 56, says", is a title too.)
    const plainLead = lead.length <= 5 && lead.every((w) => { const k = w.toLowerCase(); return !CLAUSE_WORDS.has(k) && !VERBS.has(k) && !CLAUSE_SIGNS.has(k) && !SUBORDINATORS.has(k) && !/(?:ed|ing)$/.test(k) && !DETERMINERS.has(k); });
    if (lead.length > 2 && !plainLead && !SUBORDINATORS.has(lead[lead.length - 1].toLowerCase())) return null;
    return { subject: { start: m.start, end: m.end }, leftEnd: chunkStart };
  }
  return null;
}

function keyWordsCount(text: string, span: { start: number; end: number }): number {
  return text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
}

/** A "that" within four words after token t, with no punctuation before it. */
function findThat(doc: Doc, t: number, b: number, within = 4): number {
  for (let k = t + 1; k < b && k - t <= within; k++) {
    if (/[,.;:"“]/.test(gap(doc, k - 1, k)) && !initials(doc, k - 1, k) && !afterInitials(doc, k)) return -1;
    if (doc.tokens[k].key === 'that') return k;
    if (within > 4 && (CLAUSE_SIGNS.has(doc.tokens[k].key) || VERBS.has(doc.tokens[k].key))) return -1;
  }
  return -1;
}

/** Whether the words at token c open an adverbial ("In January 2018", "The following year"), not a clause. */
function leftAdverbial(doc: Doc, c: number): boolean {
  const k = doc.tokens[c]?.key ?? '';
  return PREPOSITIONS.has(k) || ADVERBIAL_PREPOSITIONS.has(k) || (k === 'the' && /^(?:following|next|previous|same)$/.test(doc.tokens[c + 1]?.key ?? ''));
}

/** Whether the verb is followed by reported content: "that", a colon, a quote, or a clause of 3+ words. */
function clauseFollows(doc: Doc, t: number, b: number, info: VerbInfo): boolean {
  const { tokens } = doc;
  let k = t + 1;
  if (k >= b) return false;
  const g = gap(doc, t, k);
  if (/[:"“«]/.test(g)) return true;
  if (/[,.;]/.test(g)) return false;
  if (info.object) while (k < b && k - t < 6 && (HEARERS.has(tokens[k].key) || /^\p{Lu}/u.test(tokens[k].text)) && !/[,.]/.test(gap(doc, k - 1, k))) k++;
  // "said Sunday a prolonged standoff …": a lone day or time word is an adverbial (as for the content below).
  if (k + 1 < b && TIME_WORDS.has(tokens[k].key) && /^\s+$/.test(gap(doc, k, k + 1)) && !PREPOSITIONS.has(tokens[k + 1].key)) {
    k++;
    // ("said Friday afternoon, as they …": the part of the day goes with it.)
    if (k + 1 < b && DAY_PARTS.has(tokens[k].key)) k++;
    if (/[,.;]/.test(gap(doc, k - 1, k))) return false;
  }
  if (k < b && tokens[k].key === 'that') return true;
  if (demonstrativeSubject(doc, k, b) || subordinateThenClause(doc, k, b)) return true;
  if (k < b && /[,.;]/.test(gap(doc, k - 1, k)) && k > t + 1) return false;
  return k < b && b - k >= 3 && !PREPOSITIONS.has(tokens[k].key) && (!CLAUSE_WORDS.has(tokens[k].key) || CLAUSE_OPENERS.has(tokens[k].key)) && clauseLike(doc, k, b);
}

/** Nouns for an act of speech that a participle may follow without a comma: "an interview noting …". */
const SPEECH_EVENT_NOUNS = new Set(['interview', 'statement', 'speech', 'letter', 'post', 'tweet', 'remarks', 'release', 'address', 'email', 'e-mail', 'message', 'video', 'memo', 'op-ed', 'column', 'essay', 'testimony']);

/** "said this may encourage …": a demonstrative right before a finite verb is a clause's subject, not "this week". */
function demonstrativeSubject(doc: Doc, k: number, b: number): boolean {
  const { tokens } = doc;
  return k + 1 < b && tokens[k].key === 'this' && /^\s+$/.test(gap(doc, k, k + 1)) && CLAUSE_SIGNS.has(tokens[k + 1].key);
}

const CONTENT_SUBORDINATORS = new Set(['when', 'while', 'if', 'although', 'though', 'because', 'since', 'once', 'unless', 'whether']);

/** "said when Trudeau dismisses concerns, they fuel division": a subordinate clause, a comma, then a main
 *  clause — reported words that open with the subordinator (within 45 words; not past other punctuation). */
function subordinateThenClause(doc: Doc, k: number, b: number): boolean {
  if (k >= b || !CONTENT_SUBORDINATORS.has(doc.tokens[k].key)) return false;
  for (let j = k + 2; j < b && j - k <= 45; j++) {
    const g = gap(doc, j - 1, j);
    if (/[.;:"“”()—–]/.test(g)) return false;
    if (/,/.test(g) && clauseLike(doc, j, b, true)) return true;
  }
  return false;
}

/** ", adding that …", ", saying …": the subject is the clause's. */
const FOCUS_ADVERBS = new Set(['only', 'simply', 'merely', 'just', 'also', 'again', 'repeatedly', 'instead', 'further']);

function participleFrame(doc: Doc, t: number, b: number, info: VerbInfo, sentence: number): Frame | null {
  const { text, tokens } = doc;
  const s = doc.sentences[sentence];
  // ("gave an interview noting his opposition …": right after a noun for an act of speech, no comma is needed.)
  const afterSpeechNoun = t > 0 && SPEECH_EVENT_NOUNS.has(tokens[t - 1].key) && /^\s+$/.test(gap(doc, t - 1, t));
  // ("by blowing an airhorn and joking that …": after "and", a participle with "that" reports too.)
  const afterAnd = t > 0 && tokens[t - 1].key === 'and' && t + 1 < b && tokens[t + 1].key === 'that' && /^\s+$/.test(gap(doc, t - 1, t));
  if (t === 0 || (!afterSpeechNoun && !afterAnd && !/,\s*["”’]?\s*$/.test(text.slice(Math.max(s.start, tokens[t - 1].end), tokens[t].start)))) return null;
  let start = tokens[t].end;
  if (t + 1 < b && tokens[t + 1].key === 'that') start = tokens[t + 1].end;
  // ("saying only that …", "adding again that …": a focusing adverb before "that".)
  else if (t + 2 < b && FOCUS_ADVERBS.has(tokens[t + 1].key) && tokens[t + 2].key === 'that' && /^\s+$/.test(gap(doc, t + 1, t + 2))) start = tokens[t + 2].end;
  // "writing on Telegram that …", "saying in a statement that …": a short phrase of where, then "that".
  else if (t + 2 < b && PREPOSITIONS.has(tokens[t + 1].key)) {
    for (let m = t + 2; m < b && m - t <= 6 && /^\s+$/.test(gap(doc, m - 1, m)); m++) {
      if (tokens[m].key === 'that') {
        start = tokens[m].end;
        break;
      }
    }
  }
  else if (info.needsQuote && !/^\s*(it|them|him|her)?\s*(?:["“«‘]|'')/.test(text.slice(start, start + 12))) return null;
  else if (/^\s*(it|them|him|her)\s+/.test(text.slice(start, start + 8))) start = start + Math.max(0, text.slice(start, start + 40).search(OPENING_MARK));
  const content = trimSpan(text, start, s.end);
  if (content.end - content.start < 3) return null;
  // (Without the comma, only a clause or words enough to say something: not "a statement claiming responsibility".)
  if (afterSpeechNoun && start === tokens[t].end && !/^\s*(?:["“«‘]|'')/.test(text.slice(start, start + 4)) && !/^\s*(?:[^\s,;:]+\s+){3}[^\s,;:]/.test(text.slice(start, start + 120))) return null;
  return { kind: 'participle', cue: textSpan(text, tokens[t].start, tokens[t].end), subject: null, content, inherits: true, sentence, para: s.para };
}

/** "According to X, …" / "…, according to X." */
const NOT_SOURCES = new Set(['plan', 'plans', 'schedule', 'script', 'tradition', 'custom', 'protocol', 'procedure', 'procedures', 'rules', 'instructions', 'taste', 'need', 'needs', 'size', 'age', 'season', 'design', 'legend', 'precedent', 'form', 'expectations', 'priority']);

function accordingFrame(doc: Doc, t: number, a: number, b: number, sentence: number): Frame | null {
  const { text, tokens } = doc;
  const s = doc.sentences[sentence];
  let k = t + 2;
  // "according to plan", "according to the schedule": a standard, not a source.
  const head = k < b && /^(?:the|a|its|their|his|her)$/.test(tokens[k].key) && k + 1 < b ? tokens[k + 1].key : k < b ? tokens[k].key : '';
  if (NOT_SOURCES.has(head)) return null;
  const srcStart = k;
  // (A comma inside a name does not end the source: "the Meteorology, Climatology and Geophysics Agency".)
  const sameName = (k: number) => doc.mentionOfToken[k] >= 0 && doc.mentionOfToken[k] === doc.mentionOfToken[k - 1];
  while (k < b && k - srcStart < 14 && (k === srcStart || sameName(k) || !/[,.;:"“—–()]/.test(gap(doc, k - 1, k)) || (/^\.\s$/.test(gap(doc, k - 1, k)) && tokens[k - 1].text.length <= 3 && /^\p{Lu}/u.test(tokens[k - 1].text)))) k++;
  if (k <= srcStart) return null;
  const subject = { start: tokens[srcStart].start, end: tokens[k - 1].end };
  const cue = textSpan(text, tokens[t].start, tokens[t + 1].end);
  const before = trimSpan(text, s.start, tokens[t].start);
  let content = t > a && before.end - before.start > 10 ? before : trimSpan(text, tokens[k - 1].end, s.end);
  // "According to EHS, the target is met, but Chapman says that's not so": the source's words end where another
  // speaker's cue begins after "but".
  if (content.start > tokens[t].start) {
    for (let m = k; m < b - 1 && m - k < 80; m++) {
      if (tokens[m].key !== 'but' || m === k) continue;
      let cue = -1;
      for (let n = m + 1; n < b && n - m <= 5 && cue < 0; n++) if (VERBS.has(tokens[n].key) && !/[,.;:]/.test(gap(doc, n - 1, n))) cue = n;
      if (cue > 0) {
        content = trimSpan(text, content.start, tokens[m].start);
        break;
      }
    }
  }
  if (content.end <= content.start) return null;
  return { kind: 'according', cue, subject, content, sentence, para: s.para };
}
