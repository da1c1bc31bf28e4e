// The pipeline's public types. Offsets are half-open [start, end) UTF-16 offsets into the caller's text.

export type Lang = 'ar' | 'en' | 'ru';
export type StatementType = 'direct' | 'partial' | 'indirect';
export type Gender = 'm' | 'f';
/** How the speaker is referred to where the attribution was made. */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'org' | 'implicit' | 'description' | 'continuation';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface ArticleInput {
  text: string;
  lang?: Lang;
  /** ISO date (YYYY-MM-DD or full ISO) the article was published; picks the holder of a role. */
  publishedAt?: string | Date;
}

export interface SpeakerRef {
  /** Registry id (e.g. `dmitry-peskov`) or null for a speaker not in the registry. */
  id: string | null;
  name: string;
  kind: 'person' | 'org';
  registered: boolean;
  gender?: Gender;
  wikidata?: string;
}

export interface Attribution {
  sieve: string;
  confidence: number;
  mentionKind: MentionKind;
  /** The words that name the speaker (a name, title, pronoun, or the verb that carries a dropped subject). */
  mention: TextSpan | null;
  /** The stretch of text the sieve relied on. */
  evidence: Span;
}

export interface StatementFlags {
  unclosed?: boolean;
  multiParagraph?: boolean;
  headline?: boolean;
  anonymous?: boolean;
  unregistered?: boolean;
  /** The statement sits in a related-article block of a page, not in the main article. */
  boilerplate?: boolean;
}

export interface Statement extends TextSpan {
  type: StatementType;
  /** The speech verb or marker (قال، said, заявил, ':' …). */
  cue: TextSpan | null;
  /** For partial statements: the quoted pieces inside the span. */
  quotedFragments: Span[];
  speaker: SpeakerRef | null;
  attribution: Attribution | null;
  flags: StatementFlags;
  /** Index of the article segment (0 = main article, 1.. = related blocks). */
  segment: number;
}

export interface ExtractResult {
  lang: Lang;
  statements: Statement[];
}
