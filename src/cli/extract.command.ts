// `qawl extract --jsonl` (the scorer's contract: one JSON article per line in, one line of statements out)
// and `qawl extract FILE` (a readable list for an analyst).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { defaultRegistry, extract, isLang } from '../pipeline';
import type { ArticleInput, Statement } from '../pipeline';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('find statements and their speakers')
    .argument('[file]', 'a text file (a page or an article) to list statements of')
    .option('--jsonl', 'read {id,text,lang?,publishedAt?} lines on stdin, write {id,statements} lines')
    .option('--lang <lang>', 'language of FILE (ar, en, ru); detected when absent')
    .option('--date <date>', 'publication date of FILE (YYYY-MM-DD)')
    .action(async (file: string | undefined, opts: { jsonl?: boolean; lang?: string; date?: string }) => {
      if (opts.jsonl) return extractJsonl();
      if (!file) throw new Error('give a FILE, or --jsonl to read JSON lines on stdin');
      const text = readFileSync(file === '-' ? 0 : file, 'utf8');
      const lang = isLang(opts.lang) ? opts.lang : undefined;
      printReadable(text, extract({ text, lang, publishedAt: opts.date }).statements);
    });
}

async function extractJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let row: { id?: unknown; text?: unknown; lang?: unknown; publishedAt?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      process.stderr.write(`qawl extract: line ${n} is not JSON; skipped\n`);
      continue;
    }
    const text = typeof row.text === 'string' ? row.text : '';
    const input: ArticleInput = {
      text,
      lang: isLang(row.lang) ? row.lang : undefined,
      publishedAt: typeof row.publishedAt === 'string' ? row.publishedAt : undefined,
    };
    const { lang, statements } = extract(input);
    process.stdout.write(JSON.stringify({ id: row.id ?? null, lang, statements: statements.map(toJson) }) + '\n');
  }
}

const registry = defaultRegistry();

function toJson(s: Statement) {
  return {
    start: s.start,
    end: s.end,
    text: s.text,
    type: s.type,
    // A registered speaker carries the registry's other names for them (any script), as the contract allows.
    speaker: s.speaker ? { ...s.speaker, mention: s.attribution?.mention?.text ?? null, ...(s.speaker.id ? { aliases: registry.byId(s.speaker.id)?.aliases ?? [] } : {}) } : null,
    cue: s.cue?.text ?? null,
    sieve: s.attribution?.sieve ?? null,
    confidence: s.attribution?.confidence ?? null,
    mentionKind: s.attribution?.mentionKind ?? null,
    quotedFragments: s.quotedFragments,
    flags: s.flags,
    segment: s.segment,
  };
}

function printReadable(text: string, statements: Statement[]): void {
  if (!statements.length) {
    process.stdout.write('no statements found\n');
    return;
  }
  for (const [i, s] of statements.entries()) {
    const who = s.speaker ? `${s.speaker.name}${s.speaker.registered ? '' : ' (unregistered)'}` : '(no speaker)';
    const why = s.attribution ? `${s.attribution.sieve} ${s.attribution.confidence.toFixed(2)} via «${s.attribution.mention?.text ?? ''}»` : '-';
    const where = s.segment > 0 ? ' (related article)' : '';
    process.stdout.write(`${i + 1}. [${s.type}]${where} ${who}  — ${why}\n   ${oneLine(text.slice(s.start, s.end))}\n`);
  }
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > 300 ? t.slice(0, 299) + '…' : t;
}
