import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CursorKey } from '../../common/pagination';
import type { Lang, MentionKind, Span, StatementFlags, StatementType } from '../../pipeline';
import { ArticleEntity } from '../articles/article.entity';
import { ArticleExtractionEntity } from './article-extraction.entity';
import { StatementEntity } from './statement.entity';

export type NewStatement = Omit<StatementEntity, 'id' | 'tsv' | 'createdAt' | 'article' | 'speaker'>;

/** The article fields an extraction needs. */
export type ArticleForExtraction = Pick<ArticleEntity, 'id' | 'body' | 'language' | 'publishedAt' | 'createdAt' | 'source'>;

export interface StatementFilter {
  speakerIds?: string[];
  from?: Date;
  /** Exclusive upper bound. */
  before?: Date;
  language?: Lang;
  source?: string;
  types?: StatementType[];
  articleId?: string;
  minConfidence?: number;
  /** Full text in the statement's language (any of the three configurations), or a substring of its normalised text. */
  text?: { query: string; norm: string };
  includeWrong?: boolean;
  /** Only these statements (a cluster's members). */
  ids?: string[];
}

export type SortOrder = 'asc' | 'desc';
export type Bucket = 'day' | 'week' | 'month';

/** A statement as the API shows it: with its article and its speaker. */
export interface StatementView {
  id: string;
  articleId: string;
  speakerId: string | null;
  speakerName: string | null;
  mentionText: string | null;
  mentionStart: number | null;
  mentionEnd: number | null;
  mentionKind: MentionKind | null;
  cueText: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  sieve: string | null;
  confidence: number | null;
  type: StatementType;
  spanStart: number;
  spanEnd: number;
  text: string;
  normalizedText: string;
  context: string;
  language: Lang;
  source: string | null;
  statedAt: Date;
  flags: StatementFlags;
  quotedFragments: Span[];
  segment: number;
  pipelineVersion: string;
  humanCorrected: boolean;
  markedWrong: boolean;
  correctedAt: Date | null;
  correctionNote: string | null;
  createdAt: Date;
  article: { title: string | null; url: string | null; publishedAt: Date | null };
  speaker: { slug: string; name: string; origin: string } | null;
}

export interface SpeakerStatementStats {
  statements: number;
  direct: number;
  partial: number;
  indirect: number;
  ar: number;
  en: number;
  ru: number;
  articles: number;
  sources: number;
}

/** The columns `insertFreshAndRecord` writes (id, tsv and created_at are the table's), with their types. */
const INSERT_TYPES = {
  article_id: 'uuid', speaker_id: 'uuid', speaker_name: 'text', mention_text: 'text', mention_start: 'int', mention_end: 'int',
  mention_kind: 'text', cue_text: 'text', cue_start: 'int', cue_end: 'int', sieve: 'text', confidence: 'double precision',
  type: 'text', span_start: 'int', span_end: 'int', text: 'text', normalized_text: 'text', text_hash: 'text', context: 'text',
  language: 'text', source: 'text', stated_at: 'timestamptz', quoted_fragments: 'jsonb', flags: 'jsonb', segment: 'smallint',
  pipeline_version: 'text', human_corrected: 'boolean', marked_wrong: 'boolean', corrected_at: 'timestamptz', correction_note: 'text',
} as const;
const INSERT_COLUMNS = Object.keys(INSERT_TYPES) as (keyof typeof INSERT_TYPES)[];

function toInsertRow(s: NewStatement): Record<keyof typeof INSERT_TYPES, unknown> {
  return {
    article_id: s.articleId, speaker_id: s.speakerId, speaker_name: s.speakerName, mention_text: s.mentionText,
    mention_start: s.mentionStart, mention_end: s.mentionEnd, mention_kind: s.mentionKind, cue_text: s.cueText,
    cue_start: s.cueStart, cue_end: s.cueEnd, sieve: s.sieve, confidence: s.confidence, type: s.type, span_start: s.spanStart,
    span_end: s.spanEnd, text: s.text, normalized_text: s.normalizedText, text_hash: s.textHash, context: s.context,
    language: s.language, source: s.source, stated_at: s.statedAt.toISOString(), quoted_fragments: s.quotedFragments,
    flags: s.flags, segment: s.segment, pipeline_version: s.pipelineVersion, human_corrected: s.humanCorrected,
    marked_wrong: s.markedWrong, corrected_at: s.correctedAt?.toISOString() ?? null, correction_note: s.correctionNote,
  };
}

/** Positional parameters for hand-written SQL. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const VIEW_COLUMNS = `
  s.id, s.article_id, s.speaker_id, s.speaker_name, s.mention_text, s.mention_start, s.mention_end, s.mention_kind,
  s.cue_text, s.cue_start, s.cue_end, s.sieve, s.confidence, s.type, s.span_start, s.span_end, s.text, s.normalized_text,
  s.context, s.language, s.source, s.stated_at, s.flags, s.quoted_fragments, s.segment, s.pipeline_version,
  s.human_corrected, s.marked_wrong, s.corrected_at, s.correction_note, s.created_at,
  a.title AS article_title, a.url AS article_url, a.published_at AS article_published_at,
  sp.slug AS speaker_slug, sp.name AS speaker_display_name, sp.origin AS speaker_origin`;

const VIEW_FROM = 'statements s JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id';

type ViewRow = Record<string, unknown>;

function toView(r: ViewRow): StatementView {
  return {
    id: r.id as string,
    articleId: r.article_id as string,
    speakerId: r.speaker_id as string | null,
    speakerName: r.speaker_name as string | null,
    mentionText: r.mention_text as string | null,
    mentionStart: r.mention_start as number | null,
    mentionEnd: r.mention_end as number | null,
    mentionKind: r.mention_kind as MentionKind | null,
    cueText: r.cue_text as string | null,
    cueStart: r.cue_start as number | null,
    cueEnd: r.cue_end as number | null,
    sieve: r.sieve as string | null,
    confidence: r.confidence === null ? null : Number(r.confidence),
    type: r.type as StatementType,
    spanStart: r.span_start as number,
    spanEnd: r.span_end as number,
    text: r.text as string,
    normalizedText: r.normalized_text as string,
    context: r.context as string,
    language: r.language as Lang,
    source: r.source as string | null,
    statedAt: r.stated_at as Date,
    flags: r.flags as StatementFlags,
    quotedFragments: r.quoted_fragments as Span[],
    segment: r.segment as number,
    pipelineVersion: r.pipeline_version as string,
    humanCorrected: r.human_corrected as boolean,
    markedWrong: r.marked_wrong as boolean,
    correctedAt: r.corrected_at as Date | null,
    correctionNote: r.correction_note as string | null,
    createdAt: r.created_at as Date,
    article: { title: r.article_title as string | null, url: r.article_url as string | null, publishedAt: r.article_published_at as Date | null },
    speaker: r.speaker_slug ? { slug: r.speaker_slug as string, name: r.speaker_display_name as string, origin: r.speaker_origin as string } : null,
  };
}

/** The WHERE conditions of a filter; every one is served by an index (see StatementEntity and the migration). */
function conditionsOf(f: StatementFilter, p: Params): string[] {
  const w: string[] = [];
  if (!f.includeWrong) w.push('NOT s.marked_wrong');
  if (f.ids) w.push(`s.id = ANY(${p.add(f.ids)}::uuid[])`);
  if (f.speakerIds?.length === 1) w.push(`s.speaker_id = ${p.add(f.speakerIds[0])}`);
  else if (f.speakerIds?.length) w.push(`s.speaker_id = ANY(${p.add(f.speakerIds)}::uuid[])`);
  if (f.from) w.push(`s.stated_at >= ${p.add(f.from)}`);
  if (f.before) w.push(`s.stated_at < ${p.add(f.before)}`);
  if (f.language) w.push(`s.language = ${p.add(f.language)}`);
  if (f.source !== undefined) w.push(`s.source = ${p.add(f.source)}`);
  if (f.types?.length) w.push(`s.type = ANY(${p.add(f.types)}::text[])`);
  if (f.articleId) w.push(`s.article_id = ${p.add(f.articleId)}`);
  if (f.minConfidence !== undefined) w.push(`s.confidence >= ${p.add(f.minConfidence)}`);
  if (f.text) {
    const q = p.add(f.text.query);
    const fts = `s.tsv @@ (websearch_to_tsquery('arabic', ${q}) || websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('russian', ${q}))`;
    // Arabic stems poorly (المفاوضات vs مفاوضات); a substring of the normalised text catches what stemming misses.
    w.push(f.text.norm.length >= 3 ? `(${fts} OR s.normalized_text LIKE ${p.add(`%${f.text.norm}%`)})` : fts);
  }
  return w;
}

function whereSql(w: string[]): string {
  return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

@Injectable()
export class StatementsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findArticleForExtraction(manager: EntityManager, articleId: string): Promise<ArticleForExtraction | null> {
    return manager.getRepository(ArticleEntity).findOne({
      select: { id: true, body: true, language: true, publishedAt: true, createdAt: true, source: true },
      where: { id: articleId },
    });
  }

  findByArticle(manager: EntityManager, articleId: string): Promise<StatementEntity[]> {
    return manager.getRepository(StatementEntity).find({ where: { articleId }, order: { spanStart: 'ASC', spanEnd: 'ASC' } });
  }

  /**
   * Inserts statements (a span already stored is skipped) and records the extraction, in one round trip;
   * returns the new rows' ids by span. `record.statementCount` counts the statements kept from before:
   * the rows actually inserted are added to it.
   */
  async insertManyAndRecord(
    manager: EntityManager, rows: NewStatement[], record: ArticleExtractionEntity,
  ): Promise<{ id: string; spanStart: number; spanEnd: number }[]> {
    if (!rows.length) {
      await this.recordExtraction(manager, record);
      return [];
    }
    const [insertSql, params] = manager.createQueryBuilder().insert().into(StatementEntity).values(rows).orIgnore()
      .returning('id, span_start, span_end').getQueryAndParameters();
    const n = params.length;
    const raw: { id: string; span_start: number; span_end: number }[] = await manager.query(
      `WITH ins AS (${insertSql}),
       rec AS (
         INSERT INTO article_extractions (article_id, pipeline_version, statement_count, extracted_at)
         VALUES ($${n + 1}, $${n + 2}, $${n + 3}::int + (SELECT count(*) FROM ins)::int, $${n + 4})
         ON CONFLICT (article_id) DO UPDATE SET pipeline_version = EXCLUDED.pipeline_version,
           statement_count = EXCLUDED.statement_count, extracted_at = EXCLUDED.extracted_at
       )
       SELECT id, span_start, span_end FROM ins`,
      [...params, record.articleId, record.pipelineVersion, record.statementCount, record.extractedAt],
    );
    return raw.map((r) => ({ id: r.id, spanStart: r.span_start, spanEnd: r.span_end }));
  }

  /**
   * The statements of freshly inserted articles, and one extraction record per article (its count is the
   * rows inserted for it), in one statement whatever the number of articles: the rows go as JSON, so no
   * parameter limit and no per-row SQL. Returns the new rows' ids by article and span.
   */
  async insertFreshAndRecord(
    manager: EntityManager, rows: NewStatement[], records: ArticleExtractionEntity[],
  ): Promise<{ id: string; articleId: string; spanStart: number; spanEnd: number }[]> {
    const raw: { id: string; article_id: string; span_start: number; span_end: number }[] = await manager.query(
      `WITH ins AS (
         INSERT INTO statements (${INSERT_COLUMNS.join(', ')})
         SELECT ${INSERT_COLUMNS.map((c) => `r.${c}`).join(', ')}
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${INSERT_COLUMNS.map((c) => `${c} ${INSERT_TYPES[c]}`).join(', ')}))
           WITH ORDINALITY AS r(${INSERT_COLUMNS.join(', ')}, n)
         ORDER BY r.n
         ON CONFLICT DO NOTHING
         RETURNING id, article_id, span_start, span_end
       ),
       rec AS (
         INSERT INTO article_extractions (article_id, pipeline_version, statement_count, extracted_at)
         SELECT e.article_id, e.pipeline_version, e.kept + (SELECT count(*) FROM ins WHERE ins.article_id = e.article_id)::int, e.extracted_at
         FROM jsonb_to_recordset($2::jsonb) AS e(article_id uuid, pipeline_version text, kept int, extracted_at timestamptz)
         ON CONFLICT (article_id) DO UPDATE SET pipeline_version = EXCLUDED.pipeline_version,
           statement_count = EXCLUDED.statement_count, extracted_at = EXCLUDED.extracted_at
       )
       SELECT id, article_id, span_start, span_end FROM ins`,
      [
        JSON.stringify(rows.map(toInsertRow)),
        JSON.stringify(records.map((r) => ({
          article_id: r.articleId, pipeline_version: r.pipelineVersion, kept: r.statementCount, extracted_at: r.extractedAt.toISOString(),
        }))),
      ],
    );
    return raw.map((r) => ({ id: r.id, articleId: r.article_id, spanStart: r.span_start, spanEnd: r.span_end }));
  }

  async updateFields(manager: EntityManager, id: string, fields: Partial<NewStatement>): Promise<void> {
    await manager.getRepository(StatementEntity).update({ id }, fields);
  }

  async deleteByIds(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await manager.query('DELETE FROM statements WHERE id = ANY($1::uuid[])', [ids]);
  }

  async recordExtraction(manager: EntityManager, record: ArticleExtractionEntity): Promise<void> {
    await manager.getRepository(ArticleExtractionEntity).upsert(record, ['articleId']);
  }

  findForUpdate(manager: EntityManager, id: string): Promise<StatementEntity | null> {
    return manager.getRepository(StatementEntity).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
  }

  /** Moves every statement of one speaker to another (a merge); returns how many moved. */
  async moveSpeaker(manager: EntityManager, fromId: string, intoId: string): Promise<number> {
    const [, count] = (await manager.query('UPDATE statements SET speaker_id = $2 WHERE speaker_id = $1', [fromId, intoId])) as [unknown, number];
    return count;
  }

  async findViewById(id: string): Promise<StatementView | null> {
    const rows: ViewRow[] = await this.dataSource.query(`SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} WHERE s.id = $1`, [id]);
    return rows[0] ? toView(rows[0]) : null;
  }

  /** One page sorted by (stated_at, id); `after` is the last row of the previous page. */
  async findPageByDate(filter: StatementFilter, order: SortOrder, after: CursorKey | undefined, limit: number): Promise<StatementView[]> {
    const p = new Params();
    const w = conditionsOf(filter, p);
    if (after) w.push(`(s.stated_at, s.id) ${order === 'desc' ? '<' : '>'} (${p.add(after.createdAt)}, ${p.add(after.id)}::uuid)`);
    const dir = order === 'desc' ? 'DESC' : 'ASC';
    const rows: ViewRow[] = await this.dataSource.query(
      `SELECT ${VIEW_COLUMNS} FROM ${VIEW_FROM} ${whereSql(w)} ORDER BY s.stated_at ${dir}, s.id ${dir} LIMIT ${p.add(limit)}`,
      p.values,
    );
    return rows.map(toView);
  }

  /** Statement counts per day, week (from Monday) or month, in UTC. */
  async countPerBucket(filter: StatementFilter, bucket: Bucket): Promise<{ start: Date; count: number }[]> {
    const p = new Params();
    const unit = p.add(bucket);
    const rows: { start: Date; count: string }[] = await this.dataSource.query(
      `SELECT date_trunc(${unit}, s.stated_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS start, count(*) AS count
       FROM statements s ${whereSql(conditionsOf(filter, p))} GROUP BY 1 ORDER BY 1`,
      p.values,
    );
    return rows.map((r) => ({ start: r.start, count: Number(r.count) }));
  }

  /** Statement counts per speaker under a filter. */
  async countPerSpeaker(filter: StatementFilter): Promise<Map<string, number>> {
    const p = new Params();
    const rows: { speaker_id: string; count: string }[] = await this.dataSource.query(
      `SELECT s.speaker_id, count(*) AS count FROM statements s ${whereSql(conditionsOf(filter, p))} GROUP BY 1`,
      p.values,
    );
    return new Map(rows.map((r) => [r.speaker_id, Number(r.count)]));
  }

  async statsOfSpeaker(speakerId: string): Promise<SpeakerStatementStats> {
    const [r]: Record<string, string>[] = await this.dataSource.query(
      `SELECT count(*) AS statements,
         count(*) FILTER (WHERE type = 'direct') AS direct, count(*) FILTER (WHERE type = 'partial') AS partial,
         count(*) FILTER (WHERE type = 'indirect') AS indirect,
         count(*) FILTER (WHERE language = 'ar') AS ar, count(*) FILTER (WHERE language = 'en') AS en,
         count(*) FILTER (WHERE language = 'ru') AS ru,
         count(DISTINCT article_id) AS articles, count(DISTINCT source) AS sources
       FROM statements WHERE speaker_id = $1 AND NOT marked_wrong`,
      [speakerId],
    );
    const n = (k: string) => Number(r[k]);
    return {
      statements: n('statements'), direct: n('direct'), partial: n('partial'), indirect: n('indirect'),
      ar: n('ar'), en: n('en'), ru: n('ru'), articles: n('articles'), sources: n('sources'),
    };
  }

  /** Articles to re-extract: an older pipeline version (or never extracted), unless `all`; oldest first. */
  async findArticleIdsToReprocess(
    opts: { version: string; all: boolean; since?: Date }, after: string | undefined, limit: number,
  ): Promise<string[]> {
    const p = new Params();
    const w: string[] = [];
    if (!opts.all && !opts.since) w.push(`(e.pipeline_version IS NULL OR e.pipeline_version <> ${p.add(opts.version)})`);
    if (opts.since) w.push(`a.created_at >= ${p.add(opts.since)}`);
    if (after) w.push(`a.id > ${p.add(after)}::uuid`);
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id FROM articles a LEFT JOIN article_extractions e ON e.article_id = a.id ${whereSql(w)} ORDER BY a.id LIMIT ${p.add(limit)}`,
      p.values,
    );
    return rows.map((r) => r.id);
  }

  async countArticlesToReprocess(opts: { version: string; all: boolean; since?: Date }): Promise<number> {
    const p = new Params();
    const w: string[] = [];
    if (!opts.all && !opts.since) w.push(`(e.pipeline_version IS NULL OR e.pipeline_version <> ${p.add(opts.version)})`);
    if (opts.since) w.push(`a.created_at >= ${p.add(opts.since)}`);
    const [r]: { n: string }[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM articles a LEFT JOIN article_extractions e ON e.article_id = a.id ${whereSql(w)}`, p.values,
    );
    return Number(r.n);
  }
}
