import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config';
import type { Page } from '../../common/pagination';
import { SpeakersService } from '../speakers/speakers.service';
import type { StatementDto } from '../statements/dto/statement.dto';
import type { StoredStatement } from '../statements/statement-events';
import { StatementsService } from '../statements/statements.service';
import { toClaimReview } from './claim-review';
import { decodeClusterCursor, encodeClusterCursor } from './cluster-cursor';
import type { ClusterLink } from './cluster-member.entity';
import type { ClusterEntity } from './cluster.entity';
import { ClusterNotFoundError } from './comparison.errors';
import { ComparisonRepository, type BatchCandidate, type ClusterMemberRow, type LinkCandidate, type LinkRules } from './comparison.repository';
import type { AppearanceDto, ClusterDto, ClusterSummaryDto, StatementAppearancesDto } from './dto/cluster.dto';
import type { ListClustersQuery } from './dto/list-clusters.query';
import { driftOf } from './drift';
import { lshBands } from './minhash';

/** When two reports are the same statement. */
export const LINK_RULES: LinkRules = {
  minChars: 20,
  similarity: 0.5,
  containment: 0.8,
  windowDays: 14,
  paraphrase: 0.4,
};

/** Band-sharing statements checked per lookup: bounds the cost when a text is reported very often. */
const MAX_NEAR_CANDIDATES = 100;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Cluster membership while one batch is linked: as read, then as changed by the batch's joins. */
interface LinkState {
  /** Statements this batch put in a cluster. */
  set: Map<string, string>;
  /** Clusters this batch merged into another (and deleted). */
  absorbedInto: Map<string, string>;
  /** Clusters as read with the candidates. */
  stored: Map<string, string | null>;
  /** Clusters whose members changed, to refresh. */
  touched: string[];
  /** Clusters this batch created (ids made here), in order. */
  created: string[];
  /** Each statement's last membership written by this batch (its cluster as then: resolve it). */
  writes: Map<string, { clusterId: string; link: ClusterLink; similarity: number }>;
}

function resolveCluster(state: LinkState, clusterId: string): string {
  let c = clusterId;
  for (let next = state.absorbedInto.get(c); next; next = state.absorbedInto.get(c)) c = next;
  return c;
}

/** One statement joining its best candidate: the cluster state changes, the writes are recorded (see `link`). */
function join(state: LinkState, statementId: string, match: LinkCandidate): void {
  const own = clusterNow(state, statementId);
  const write = (id: string, clusterId: string) => {
    state.writes.set(id, { clusterId, link: match.link, similarity: match.similarity });
    state.set.set(id, clusterId);
  };
  let target = match.clusterId;
  if (!target) {
    if (own) {
      target = own;
    } else {
      target = randomUUID();
      state.created.push(target);
      write(statementId, target);
    }
    write(match.statementId, target);
  } else if (own && own !== target) {
    state.absorbedInto.set(own, target);
  } else if (!own) {
    write(statementId, target);
  }
  state.touched.push(target);
}

function clusterNow(state: LinkState, statementId: string): string | null {
  const c = state.set.get(statementId) ?? state.stored.get(statementId) ?? null;
  return c === null ? null : resolveCluster(state, c);
}

@Injectable()
export class ComparisonService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ComparisonRepository,
    private readonly statements: StatementsService,
    private readonly speakers: SpeakersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.statements.onStatementsStored(async ({ added, reattributed }, manager) => {
      await this.unlink(manager, reattributed.map((s) => s.id));
      await this.link(manager, [...added, ...reattributed]);
    });
    this.statements.onStatementsLeaving((ids, manager) => this.unlink(manager, ids));
    this.speakers.onSpeakersMerged(async ({ fromId, intoId }, manager) => {
      await this.clusters.moveSpeaker(manager, fromId, intoId);
    });
  }

  /**
   * Links each statement to the same statement elsewhere: the same normalised text (any date), else its
   * quote/paraphrase twin in the same article, else a near-duplicate in the time window (MinHash band
   * index, confirmed by trigram similarity). Speakers must agree, or one side be unattributed. Every lookup
   * is an index probe with a bounded number of candidates, so the cost per statement stays flat as the
   * store grows.
   */
  async link(manager: EntityManager, statements: StoredStatement[]): Promise<void> {
    // Statements of several articles (a batch) come in article order: each article is linked as if the
    // later ones were not stored yet.
    const articlePos = new Map<string, number>();
    for (const s of statements) if (!articlePos.has(s.articleId)) articlePos.set(s.articleId, articlePos.size);
    const linkable = statements
      .filter((s) => s.normalizedText.length >= LINK_RULES.minChars)
      .map((s) => ({ s, bands: lshBands(s.normalizedText), pos: articlePos.get(s.articleId)! }));
    if (!linkable.length) return;
    await this.clusters.insertSignatures(manager, linkable.map(({ s, bands }) => ({
      statementId: s.id, bands, statedAt: s.statedAt, speakerId: s.speakerId,
    })));
    // One query for every statement's candidates; the best is then picked here, one statement after the
    // other, with the clusters the earlier ones joined: the same choices as one lookup per statement.
    const candidates = await this.clusters.findCandidates(manager, linkable, LINK_RULES, MAX_NEAR_CANDIDATES);
    if (!candidates.length) return;
    const byIndex = new Map<number, BatchCandidate[]>();
    const stored = new Map<string, string | null>();
    for (const c of candidates) {
      const list = byIndex.get(c.index);
      if (list) list.push(c);
      else byIndex.set(c.index, [c]);
      stored.set(c.statementId, c.clusterId);
      stored.set(linkable[c.index].s.id, c.ownClusterId);
    }
    const state: LinkState = { set: new Map(), absorbedInto: new Map(), stored, touched: [], created: [], writes: new Map() };
    for (const [i, list] of [...byIndex].sort(([a], [b]) => a - b)) {
      const best = list
        .map((c) => ({ c, clusterId: clusterNow(state, c.statementId) }))
        .sort((a, b) => a.c.group - b.c.group || Number(a.clusterId === null) - Number(b.clusterId === null) || a.c.order - b.c.order)[0];
      join(state, linkable[i].s.id, { ...best.c, clusterId: best.clusterId });
    }
    // The decisions, written at once: a statement's membership is its last write, in the cluster that
    // one finally ended in (absorbed clusters followed), as the writes one after the other would leave it.
    await this.clusters.applyLinks(manager, {
      newClusters: state.created,
      absorbed: new Map([...state.absorbedInto.keys()].map((c) => [c, resolveCluster(state, c)])),
      members: [...state.writes].map(([statementId, w]) => ({ statementId, ...w, clusterId: resolveCluster(state, w.clusterId) })),
    });
    // A cluster's figures depend on its final members only: refreshed once, after the last change.
    await this.clusters.refresh(manager, [...new Set(state.touched.map((c) => resolveCluster(state, c)))]);
  }

  private async unlink(manager: EntityManager, statementIds: string[]): Promise<void> {
    await this.clusters.refresh(manager, await this.clusters.removeMembers(manager, statementIds));
  }

  async list(query: ListClustersQuery): Promise<Page<ClusterSummaryDto>> {
    const limit = Math.min(query.limit ?? this.config.defaultPageSize, this.config.maxPageSize);
    const speakerId = query.speaker ? await this.speakers.currentIdOf(query.speaker) : undefined;
    const from = query.from ? new Date(query.from) : undefined;
    const before = query.to ? new Date(new Date(query.to).getTime() + (DATE_ONLY.test(query.to) ? 86_400_000 : 1)) : undefined;
    const sort = query.sort ?? 'appearances';
    const after = query.cursor ? decodeClusterCursor(query.cursor) : undefined;
    const rows = await this.clusters.findPage({ speakerId, from, before, minAppearances: query.minAppearances ?? 2 }, sort, after, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: await this.summaries(items),
      nextCursor: rows.length > limit && last ? encodeClusterCursor(last) : null,
    };
  }

  async findById(id: string): Promise<ClusterDto> {
    const cluster = await this.clusters.findById(id);
    if (!cluster) throw new ClusterNotFoundError(id);
    const [summary] = await this.summaries([cluster]);
    return { ...summary, appearances: await this.appearancesOf(cluster, await this.clusters.membersOf(cluster.id)) };
  }

  async claimReview(id: string): Promise<Record<string, unknown>> {
    const cluster = await this.findById(id);
    const speaker = cluster.speaker ? await this.speakers.getByRef(cluster.speaker.id) : null;
    return toClaimReview(cluster, speaker ? { name: speaker.name, kind: speaker.kind, wikidata: speaker.wikidata } : null);
  }

  /** Where else a statement appeared: its cluster's appearances, or only itself. */
  async appearancesOfStatement(statementId: string): Promise<StatementAppearancesDto> {
    const statement = await this.statements.findById(statementId);
    const clusterId = await this.clusters.clusterOf(this.dataSource.manager, statementId);
    const cluster = clusterId ? await this.clusters.findById(clusterId) : null;
    if (!cluster) {
      return {
        statementId,
        cluster: null,
        appearances: [{ statement, drift: 'exact', removedWords: 0, addedWords: 0, link: null, similarity: 1, canonical: true, firstSeen: true }],
      };
    }
    const [summary] = await this.summaries([cluster]);
    return { statementId, cluster: summary, appearances: await this.appearancesOf(cluster, await this.clusters.membersOf(cluster.id)) };
  }

  private async appearancesOf(cluster: ClusterEntity, members: ClusterMemberRow[]): Promise<AppearanceDto[]> {
    const statements = new Map((await this.statements.findManyByIds(members.map((m) => m.statementId))).map((s) => [s.id, s]));
    const canonical = members.find((m) => m.statementId === cluster.canonicalStatementId)?.normalizedText ?? '';
    return members.flatMap((m) => {
      const statement = statements.get(m.statementId);
      if (!statement) return [];
      return [{
        statement,
        ...driftOf(m.normalizedText, canonical),
        link: m.link,
        similarity: Math.round(m.similarity * 1000) / 1000,
        canonical: m.statementId === cluster.canonicalStatementId,
        firstSeen: m.statementId === cluster.firstStatementId,
      }];
    });
  }

  private async summaries(clusters: ClusterEntity[]): Promise<ClusterSummaryDto[]> {
    const firsts = new Map<string, StatementDto>(
      (await this.statements.findManyByIds(clusters.flatMap((c) => (c.firstStatementId ? [c.firstStatementId] : [])))).map((s) => [s.id, s]),
    );
    const speakers = await this.speakers.findManyByIds(clusters.flatMap((c) => (c.speakerId ? [c.speakerId] : [])));
    return clusters.map((c) => {
      const first = c.firstStatementId ? firsts.get(c.firstStatementId) : undefined;
      const speaker = c.speakerId ? speakers.get(c.speakerId) : undefined;
      return {
        id: c.id,
        speaker: speaker ? { id: speaker.id, slug: speaker.slug, name: speaker.name } : null,
        canonicalText: c.canonicalText,
        canonicalStatementId: c.canonicalStatementId,
        firstSeen: first ? { statementId: first.id, ...first.article } : null,
        firstSeenAt: c.firstSeenAt.toISOString(),
        lastSeenAt: c.lastSeenAt.toISOString(),
        appearanceCount: c.appearances,
        articles: c.articles,
        sources: c.sources,
      };
    });
  }
}
