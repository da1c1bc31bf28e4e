// Every quotation-mark pair Qawl reads, in one table: "…", “…”, «…», „…“, ‹…›, ‘…’, '…', 「…」.
// Arabic and Russian presses use «…» and "…"; English uses “…” and '…' for headlines.

export interface QuoteMarkPair {
  open: string;
  close: readonly string[];
  /** Single marks double as apostrophes: they open only at a word's start and close only at its end. */
  apostrophe: boolean;
}

export const QUOTE_MARK_PAIRS: readonly QuoteMarkPair[] = [
  // Scraped pages mix straight and curly marks: "…” is one quote.
  { open: '"', close: ['"', '”'], apostrophe: false },
  { open: '“', close: ['”', '“', '"'], apostrophe: false },
  { open: '”', close: ['”'], apostrophe: false },
  { open: '«', close: ['»'], apostrophe: false },
  { open: '„', close: ['“', '”'], apostrophe: false },
  { open: '‹', close: ['›'], apostrophe: false },
  { open: '「', close: ['」'], apostrophe: false },
  { open: '『', close: ['』'], apostrophe: false },
  { open: '‘', close: ['’'], apostrophe: true },
  { open: "'", close: ["'"], apostrophe: true },
];

export const OPENERS: ReadonlyMap<string, QuoteMarkPair> = new Map(QUOTE_MARK_PAIRS.map((p) => [p.open, p]));
/** Any character that is a quotation mark of some pair. */
export const ANY_QUOTE_MARK = /["“”«»„‹›「」『』‘’']/;
