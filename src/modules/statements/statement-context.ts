// The context sentence of a statement: from the sentence boundary before it to the one after it, so an
// analyst reads «…» in its sentence: `وقال الوزير: "…".` / `"We will not move," the minister said.`

const SENTENCE_END = /[.!?؟。\n]/;
const CLOSING_MARKS = /["'”’»›)\]]/;

/** The sentence(s) around body[start, end), at most `reach` characters beyond the statement each side. */
export function contextOf(body: string, start: number, end: number, reach = 300): string {
  let from = start;
  const minFrom = Math.max(0, start - reach);
  while (from > minFrom && !SENTENCE_END.test(body[from - 1])) from--;
  let to = end;
  const maxTo = Math.min(body.length, end + reach);
  while (to < maxTo && !SENTENCE_END.test(body[to])) to++;
  if (to < body.length && body[to] !== '\n' && SENTENCE_END.test(body[to])) {
    to++;
    while (to < body.length && CLOSING_MARKS.test(body[to])) to++;
  }
  return body.slice(from, to).trim();
}
