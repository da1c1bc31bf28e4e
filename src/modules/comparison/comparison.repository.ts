import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PreparedQuery } from '../../database/prepared-query';
import type { StoredStatement } from '../statements/statement-events';
import type { ClusterLink } from './cluster-member.entity';
import { ClusterEntity } from './cluster.entity';

/** A stored statement a new one could join, with the cluster it is in (if any). */
export interface LinkCandidate {
  statementId: string;
  clusterId: string | null;
  link: ClusterLink;
  similarity: number;
}

/** One accepted candidate of one statement of a batch (see `findCandidates`). */
export interface BatchCandidate extends LinkCandidate {
  /** Position of the statement in the batch. */
  index: number;
  /** The cluster the statement itself was in when the batch was read. */
  ownClusterId: string | null;
  /** 1 for the best rank and similarity, 2 for the next, ... */
  group: number;
  /** Position by (stated_at, id) among the statement's candidates. */
  order: number;
}

export interface LinkRules {
  /** Shortest normalised text that is linked at all (short ones, "no comment", say too little). */
  minChars: number;
  /** pg_trgm similarity for a near-duplicate. */
  similarity: number;
  /** pg_trgm word similarity of the shorter text within the longer one, for a cut or an addition. */
  containment: number;
  /** Near-duplicates are looked for within this many days either side. */
  windowDays: number;
  /** Similarity of a direct quote and its paraphrase by the same speaker in the same article. */
  paraphrase: number;
}

export interface ClusterFilter {
  speakerId?: string;
  from?: Date;
  /** Exclusive. */
  before?: Date;
  minAppearances: number;
}

export type ClusterSort = 'appearances' | 'recent';

export interface ClusterCursor {
  appearances: number;
  firstSeenAt: Date;
  id: string;
}

export interface ClusterMemberRow {
  statementId: string;
  normalizedText: string;
  link: ClusterLink;
  similarity: number;
}


/** Statements with the same text checked per lookup (an often-repeated quote has many). */
const MAX_EXACT_CANDIDATES = 50;

/**
 * See `findCandidates`. $1 minChars, $2 similarity, $3 containment, $4 paraphrase, $5 near candidates per
 * statement, $6 exact candidates per statement, $7 the statements (JSON). The LATERAL ... OFFSET 0 keep the
 * candidates first; the band probe and the date window are in one bitmap scan. The paraphrase lookup reads the
 * article's few statements by the article index (OFFSET 0: the planner otherwise ANDed in the speaker index,
 * reading all of a frequent speaker's entries, ~560 at 100k, per lookup), and a candidate's cluster is a probe
 * of cluster_members' primary key (a LEFT JOIN was planned as a sequential scan of cluster_members per
 * candidate: a cost that grows with the store). Band-sharing statements of another speaker are dropped on the
 * signature row (the speaker copied there), so that they cost neither a read of the statement nor a trigram
 * comparison; the speaker rule below would refuse them anyway, and stays, on the statement's own speaker. They are
 * dropped after the LIMIT, which still counts them, so that the candidates are those of the query without the
 * copy whenever more than `$5` statements share a band (the first `$5` in scan order). A statement of the batch
 * never has a statement of a later article of the batch (`pos`) as candidate: those are excluded before
 * the LIMITs, as if the articles had been linked one after the other; for the band candidates, a hashed
 * NOT IN over the whole batch first, so that only a statement of the batch itself is looked up by position
 * (a NOT EXISTS alone scanned the batch once per band-sharing row: a third of the query's time at 1M).
 */
const CANDIDATES = new PreparedQuery<{
  i: number; statement_id: string; cluster_id: string | null; own_cluster: string | null; link: ClusterLink;
  similarity: number | string; grp: number | string; ord: number | string;
}>(`WITH batch AS MATERIALIZED (
  SELECT * FROM jsonb_to_recordset($7::jsonb) AS u(i int, pos int, hash char(32), speaker uuid, id uuid, norm text, article uuid,
    type text, bands int[], lo timestamptz, hi timestamptz)
)
SELECT f.i, f.statement_id, f.cluster_id, f.similarity, f.own_cluster,
  CASE f.rank WHEN 1 THEN 'exact' WHEN 2 THEN 'paraphrase' ELSE 'near' END AS link,
  dense_rank() OVER (PARTITION BY f.i ORDER BY f.rank, f.similarity DESC) AS grp,
  row_number() OVER (PARTITION BY f.i ORDER BY f.stated_at, f.statement_id) AS ord
FROM (
  SELECT u.i, c.id AS statement_id, c.stated_at, (SELECT cluster_id FROM cluster_members WHERE statement_id = c.id) AS cluster_id, k.rank,
    (SELECT cluster_id FROM cluster_members WHERE statement_id = u.id) AS own_cluster,
    CASE k.rank WHEN 1 THEN 1 WHEN 2 THEN x.sim ELSE greatest(x.sim, x.contained) END AS similarity
  FROM batch u
  CROSS JOIN LATERAL (
    (SELECT id, 1 AS rank FROM statements WHERE text_hash = u.hash AND id <> u.id
       AND NOT EXISTS (SELECT 1 FROM batch l WHERE l.id = statements.id AND l.pos > u.pos) LIMIT $6)
    UNION ALL
    (SELECT id, 2 FROM (SELECT id, speaker_id, type FROM statements WHERE u.speaker IS NOT NULL AND article_id = u.article OFFSET 0) a
     WHERE speaker_id = u.speaker AND id <> u.id AND (type = 'indirect') <> (u.type = 'indirect'))
    UNION ALL
    (SELECT statement_id, 3 FROM (
       SELECT statement_id, speaker_id FROM statement_signatures
       WHERE cardinality(u.bands) > 0 AND bands && statement_band_keys(u.bands, u.lo, u.hi)
         AND stated_at BETWEEN u.lo AND u.hi AND statement_id <> u.id
         AND (statement_id NOT IN (SELECT id FROM batch)
           OR NOT EXISTS (SELECT 1 FROM batch l WHERE l.id = statement_signatures.statement_id AND l.pos > u.pos))
       LIMIT $5) g
     WHERE u.speaker IS NULL OR g.speaker_id IS NULL OR g.speaker_id = u.speaker)
  ) k
  CROSS JOIN LATERAL (SELECT * FROM statements WHERE id = k.id OFFSET 0) c
  CROSS JOIN LATERAL (
    SELECT similarity(c.normalized_text, u.norm) AS sim,
      CASE WHEN length(c.normalized_text) <= length(u.norm) THEN word_similarity(c.normalized_text, u.norm)
           ELSE word_similarity(u.norm, c.normalized_text) END AS contained
  ) x
  WHERE (u.speaker IS NULL OR c.speaker_id IS NULL OR c.speaker_id = u.speaker) AND NOT c.marked_wrong AND (
    (k.rank = 1 AND c.normalized_text = u.norm)
    OR (k.rank = 2 AND length(c.normalized_text) >= $1 AND x.sim >= $4)
    OR (k.rank = 3 AND length(c.normalized_text) >= $1 AND (x.sim >= $2 OR x.contained >= $3)))
) f`);

@Injectable()
export class ComparisonRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores the LSH band keys of statements, keyed by the statement's period, with the statement's speaker.
   * Idempotent; a statement signed before keeps its keys and takes its current speaker (a re-attribution).
   */
  async insertSignatures(
    manager: EntityManager, rows: { statementId: string; bands: number[]; statedAt: Date; speakerId: string | null }[],
  ): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO statement_signatures (statement_id, bands, stated_at, speaker_id)
       SELECT r.id, statement_band_keys(r.bands, r.at, r.at), r.at, r.speaker
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, bands int[], at timestamptz, speaker uuid)
       ON CONFLICT (statement_id) DO UPDATE SET speaker_id = EXCLUDED.speaker_id
       WHERE statement_signatures.speaker_id IS DISTINCT FROM EXCLUDED.speaker_id`,
      [JSON.stringify(rows.map((r) => ({ id: r.statementId, bands: r.bands, at: r.statedAt.toISOString(), speaker: r.speakerId })))],
    );
  }

  /**
   * The candidates of several new statements in one round trip. A new statement joins: the same normalised
   * text (by its hash, any date); else, in the same article and by the same speaker, the other kind of report
   * (a quote for a paraphrase and back); else a near-duplicate within the time window. Near-duplicate
   * candidates are the statements sharing an LSH band key of a period the window overlaps (GIN index on
   * statement_signatures.bands, keys mixed with their 56-day period: a few index probes that find only
   * statements of those weeks, however many years the store holds), at most `maxNear` of them, confirmed by
   * pg_trgm: similarity, or the word similarity of the shorter text within the longer (a cut or an addition).
   * Speakers must agree, or one side be unattributed. For each statement, every stored statement that rule
   * would consider and accept is returned, with `grp` (rank, then similarity: 1 is best) and `ord`
   * (stated_at, id) as computed by PostgreSQL, the candidate's cluster, and the statement's own cluster.
   * The caller picks the best per statement, so it can take account of the clusters earlier statements of
   * the same batch joined (ORDER BY ... m.cluster_id IS NULL of the one-statement query). `pos` orders the
   * articles of a batch: a statement is not offered the statements of a later position (they would not be
   * stored yet had the articles been linked one by one); statements of one position see each other.
   * One text for any number of statements (they come as one JSON parameter), run as a prepared statement:
   * planning it cost more than running it.
   */
  async findCandidates(
    manager: EntityManager, items: { s: StoredStatement; bands: number[]; pos: number }[], rules: LinkRules, maxNear: number,
  ): Promise<BatchCandidate[]> {
    if (!items.length) return [];
    const windowMs = rules.windowDays * 86_400_000;
    const batch = items.map(({ s, bands, pos }, i) => ({
      i, pos, hash: s.textHash, speaker: s.speakerId, id: s.id, norm: s.normalizedText, article: s.articleId, type: s.type, bands,
      lo: new Date(s.statedAt.getTime() - windowMs).toISOString(), hi: new Date(s.statedAt.getTime() + windowMs).toISOString(),
    }));
    const rows = await CANDIDATES.run(manager, [
      rules.minChars, rules.similarity, rules.containment, rules.paraphrase, maxNear, MAX_EXACT_CANDIDATES, JSON.stringify(batch),
    ]);
    return rows.map((r) => ({
      index: Number(r.i), statementId: r.statement_id, clusterId: r.cluster_id, ownClusterId: r.own_cluster, link: r.link,
      similarity: Number(r.similarity), group: Number(r.grp), order: Number(r.ord),
    }));
  }

  async clusterOf(manager: EntityManager, statementId: string): Promise<string | null> {
    const rows: { cluster_id: string }[] = await manager.query('SELECT cluster_id FROM cluster_members WHERE statement_id = $1', [statementId]);
    return rows[0]?.cluster_id ?? null;
  }

  /**
   * Writes what linking a batch decided, in a few statements whatever the batch's size: the new clusters
   * (ids made by the caller; figures filled by `refresh`), the members of absorbed clusters moved to the
   * cluster they ended in, each statement's final membership (insert or update), and the absorbed clusters
   * deleted. `absorbed` maps a cluster to the one it finally ended in; memberships name final clusters.
   */
  async applyLinks(
    manager: EntityManager,
    plan: {
      newClusters: string[];
      absorbed: Map<string, string>;
      members: { statementId: string; clusterId: string; link: ClusterLink; similarity: number }[];
    },
  ): Promise<void> {
    if (plan.newClusters.length) {
      await manager.query(
        `INSERT INTO clusters (id, canonical_text, first_seen_at, last_seen_at, appearances, articles, sources)
         SELECT id, '', now(), now(), 0, 0, 0 FROM unnest($1::uuid[]) AS id`,
        [plan.newClusters],
      );
    }
    if (plan.absorbed.size) {
      await manager.query(
        `UPDATE cluster_members SET cluster_id = f.into_id
         FROM unnest($1::uuid[], $2::uuid[]) AS f(from_id, into_id) WHERE cluster_members.cluster_id = f.from_id`,
        [[...plan.absorbed.keys()], [...plan.absorbed.values()]],
      );
    }
    if (plan.members.length) {
      await manager.query(
        `INSERT INTO cluster_members (statement_id, cluster_id, link, similarity)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::float8[])
         ON CONFLICT (statement_id) DO UPDATE SET cluster_id = EXCLUDED.cluster_id, link = EXCLUDED.link, similarity = EXCLUDED.similarity`,
        [plan.members.map((m) => m.statementId), plan.members.map((m) => m.clusterId), plan.members.map((m) => m.link),
          plan.members.map((m) => m.similarity)],
      );
    }
    if (plan.absorbed.size) await manager.query('DELETE FROM clusters WHERE id = ANY($1::uuid[])', [[...plan.absorbed.keys()]]);
  }

  /** Takes statements out of their clusters; returns the clusters they left. */
  async removeMembers(manager: EntityManager, statementIds: string[]): Promise<string[]> {
    if (!statementIds.length) return [];
    const rows: { cluster_id: string }[] = await manager.query(
      'SELECT DISTINCT cluster_id FROM cluster_members WHERE statement_id = ANY($1::uuid[])', [statementIds],
    );
    await manager.query('DELETE FROM cluster_members WHERE statement_id = ANY($1::uuid[])', [statementIds]);
    return rows.map((r) => r.cluster_id);
  }

  /**
   * Recomputes clusters' figures from their members: canonical text (the longest), first seen (the
   * earliest; ties by ingest order), speaker (the most frequent), appearances, articles and outlets.
   * A cluster left with fewer than two members is deleted. One round trip for any number of clusters:
   * the member count decides which of the DELETE and the UPDATE touches a row (never both).
   */
  async refresh(manager: EntityManager, clusterIds: string[]): Promise<void> {
    if (!clusterIds.length) return;
    await manager.query(
      `WITH ids AS (SELECT DISTINCT id FROM unnest($1::uuid[]) AS id),
       n AS (SELECT ids.id, (SELECT count(*) FROM cluster_members cm WHERE cm.cluster_id = ids.id) AS n FROM ids),
       gone AS (DELETE FROM clusters c USING n WHERE c.id = n.id AND n.n < 2),
       m AS (
         SELECT cm.cluster_id, s.id, s.article_id, s.source, s.stated_at, s.created_at, s.speaker_id, s.text, s.normalized_text
         FROM cluster_members cm JOIN statements s ON s.id = cm.statement_id WHERE cm.cluster_id IN (SELECT id FROM ids)
       ),
       canon AS (
         SELECT DISTINCT ON (cluster_id) cluster_id, id, text FROM m
         ORDER BY cluster_id, length(normalized_text) DESC, stated_at, created_at, id
       ),
       earliest AS (SELECT DISTINCT ON (cluster_id) cluster_id, id, stated_at FROM m ORDER BY cluster_id, stated_at, created_at, id),
       voice AS (
         SELECT DISTINCT ON (cluster_id) cluster_id, speaker_id FROM (
           SELECT cluster_id, speaker_id, count(*) AS k, min(stated_at) AS f FROM m WHERE speaker_id IS NOT NULL GROUP BY cluster_id, speaker_id
         ) v ORDER BY cluster_id, k DESC, f
       ),
       agg AS (
         SELECT cluster_id, count(*) AS appearances, count(DISTINCT article_id) AS articles, count(DISTINCT source) AS sources,
           max(stated_at) AS last_seen
         FROM m GROUP BY cluster_id
       )
       UPDATE clusters c SET
         appearances = agg.appearances,
         articles = agg.articles,
         sources = agg.sources,
         canonical_statement_id = canon.id,
         canonical_text = canon.text,
         first_statement_id = earliest.id,
         first_seen_at = earliest.stated_at,
         last_seen_at = agg.last_seen,
         speaker_id = voice.speaker_id,
         updated_at = now()
       FROM agg JOIN canon USING (cluster_id) JOIN earliest USING (cluster_id) LEFT JOIN voice USING (cluster_id)
       WHERE c.id = agg.cluster_id AND agg.appearances >= 2`,
      [clusterIds],
    );
  }

  /**
   * A merge: clusters, and the speaker copied into signatures, move to the speaker merged into. The signatures
   * are found through the statements of either speaker (whichever merge step ran first), by their speaker index.
   */
  async moveSpeaker(manager: EntityManager, fromId: string, intoId: string): Promise<void> {
    await manager.query('UPDATE clusters SET speaker_id = $2 WHERE speaker_id = $1', [fromId, intoId]);
    await manager.query(
      `UPDATE statement_signatures SET speaker_id = $2
       WHERE speaker_id = $1 AND statement_id IN (SELECT id FROM statements WHERE speaker_id = $1 OR speaker_id = $2)`,
      [fromId, intoId],
    );
  }

  findById(id: string): Promise<ClusterEntity | null> {
    return this.dataSource.getRepository(ClusterEntity).findOneBy({ id });
  }

  async membersOf(clusterId: string): Promise<ClusterMemberRow[]> {
    const rows: { statement_id: string; normalized_text: string; link: ClusterLink; similarity: number }[] = await this.dataSource.query(
      `SELECT cm.statement_id, s.normalized_text, cm.link, cm.similarity
       FROM cluster_members cm JOIN statements s ON s.id = cm.statement_id
       WHERE cm.cluster_id = $1 ORDER BY s.stated_at, s.created_at, s.id`,
      [clusterId],
    );
    return rows.map((r) => ({ statementId: r.statement_id, normalizedText: r.normalized_text, link: r.link, similarity: Number(r.similarity) }));
  }

  /** By appearances (most first) or by first seen (newest first); `after` is the last row of the previous page. */
  findPage(filter: ClusterFilter, sort: ClusterSort, after: ClusterCursor | undefined, limit: number): Promise<ClusterEntity[]> {
    const qb = this.dataSource.getRepository(ClusterEntity).createQueryBuilder('c')
      .where('c.appearances >= :min', { min: filter.minAppearances });
    if (filter.speakerId) qb.andWhere('c.speakerId = :speakerId', { speakerId: filter.speakerId });
    if (filter.from) qb.andWhere('c.firstSeenAt >= :from', { from: filter.from });
    if (filter.before) qb.andWhere('c.firstSeenAt < :before', { before: filter.before });
    if (sort === 'appearances') {
      if (after) {
        qb.andWhere('(c.appearances, c.first_seen_at, c.id) < (:aa, :af, :ai)', { aa: after.appearances, af: after.firstSeenAt, ai: after.id });
      }
      qb.orderBy('c.appearances', 'DESC').addOrderBy('c.firstSeenAt', 'DESC').addOrderBy('c.id', 'DESC');
    } else {
      if (after) qb.andWhere('(c.first_seen_at, c.id) < (:af, :ai)', { af: after.firstSeenAt, ai: after.id });
      qb.orderBy('c.firstSeenAt', 'DESC').addOrderBy('c.id', 'DESC');
    }
    return qb.limit(limit).getMany();
  }
}
