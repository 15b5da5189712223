import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { ForbiddenError } from '../auth/auth.exception';
import { Principal } from '../auth/principal';
import { TextAnalyzer } from '../matching/analysis/text-analyzer';
import { Need } from '../needs/models/need.model';
import { NeedsService } from '../needs/needs.service';
import { RegionNotFoundError } from '../regions/regions.exception';
import { Seed } from '../seeds/models/seed.model';
import { SeedsService } from '../seeds/seeds.service';
import {
  IntroductionPathArgs,
  NetworkNeighbourhoodArgs,
  RegionFiguresArgs,
  RegionNetworkArgs,
} from './dto/network.args';
import { rankAndTruncate, topByDegree } from './graph-ranking';
import { describeSteps } from './introduction-steps';
import {
  NetworkIntroductionPath,
  NetworkEdge,
  NetworkGraph,
  NetworkGraphNode,
  RankedNode,
  RegionFigures,
} from './models/network.model';
import { clusterByTerms, TermDocument } from './need-clusters';
import { mayExplore } from './network-access';
import { ALL_KINDS, KIND_LABEL, NETWORK_RELATIONSHIP_TYPES, NetworkNodeKind } from './network-kinds';
import { FoundEdge, FoundNode, NetworkRepository, UnmetNeedText } from './network.repository';
import { NetworkNodeNotFoundError } from './network.exception';

/**
 * The network explorer's reads. Every node passes the repository's one visibility filter
 * (network.queries.ts networkVisible); this service adds who may explore where (network-access.ts):
 * a neighbourhood or path starts from a node in one of the caller's regions, a region's network
 * and figures are its coordinators', its consortium managers' and admins'.
 */
@Injectable()
export class NetworkService {
  private readonly logger = new Logger(NetworkService.name);
  /** Loaded on the first regionFigures (kuromoji's dictionary takes about 1.5 s), then shared. */
  private analyzer?: Promise<TextAnalyzer>;
  /**
   * Analysed need texts by id, with the version they were analysed from: analysing the demo
   * region's 21 unmet needs took 330 ms (most of a regionFigures), and a need's text changes rarely.
   */
  private readonly analysed = new Map<string, { version: string; doc: TermDocument }>();

  constructor(
    private readonly repository: NetworkRepository,
    private readonly needs: NeedsService,
    private readonly seeds: SeedsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async neighbourhood(args: NetworkNeighbourhoodArgs, me: Principal): Promise<NetworkGraph> {
    const start = await this.mustFind(args.nodeId, 'nodeId', me);
    this.assertMayExploreFrom(start, me);
    const types = args.relationshipTypes ? [...new Set(args.relationshipTypes)] : [...NETWORK_RELATIONSHIP_TYPES];
    const { hops, capped } = await this.repository.walk(start, args.depth, labelsOf(args.nodeKinds), types, me);
    const found = await this.repository.project([...hops.keys()], me);
    return this.graph(found, hops, args.limit, types, capped);
  }

  async regionNetwork(args: RegionNetworkArgs, me: Principal): Promise<NetworkGraph> {
    await this.assertMayExploreRegion(args.regionId, me);
    const members = await this.repository.regionMembers(args.regionId, labelsOf(args.nodeKinds), me);
    const found = await this.repository.project(
      members.map((m) => m.eid),
      me,
    );
    return this.graph(
      found,
      new Map(members.map((m) => [m.eid, m.hops])),
      args.limit,
      NETWORK_RELATIONSHIP_TYPES,
      false,
    );
  }

  async introductionPath(args: IntroductionPathArgs, me: Principal): Promise<NetworkIntroductionPath | null> {
    const from = await this.mustFind(args.fromId, 'fromId', me);
    const to = await this.mustFind(args.toId, 'toId', me);
    if (!mayExplore(me, from.regionIds) && !mayExplore(me, to.regionIds)) {
      throw new ForbiddenError('An introduction path must start or end in one of the regions you may explore');
    }
    if (from.eid === to.eid) return { nodes: [toModel(from)], edges: [], length: 0, steps: [] };
    const path = await this.repository.introductionPath(from, to, args.maxLength, me);
    if (!path) return null;
    const labels = new Map(path.nodes.map((n) => [n.id, n.label]));
    return {
      nodes: path.nodes.map(toModel),
      edges: path.edges.map(toEdge),
      length: path.edges.length,
      steps: describeSteps(path.edges, (id) => labels.get(id) ?? id),
    };
  }

  async regionFigures(args: RegionFiguresArgs, me: Principal, req: Request): Promise<RegionFigures> {
    await this.assertMayExploreRegion(args.regionId, me);
    const minScore = args.minScore ?? this.config.matching.minScore;
    const members = await this.repository.regionMembers(args.regionId, labelsOf(undefined), me);
    const ofKind = (kind: NetworkNodeKind) => members.filter((m) => m.kind === kind);
    // Only the ranked kinds need their degree (the costliest part of a projection).
    const rankedKinds = [NetworkNodeKind.ORGANIZATION, NetworkNodeKind.RESEARCHER];
    const [candidates, unmet, orphanIds, analyzer] = await Promise.all([
      this.repository.project(
        members.filter((m) => rankedKinds.includes(m.kind)).map((m) => m.eid),
        me,
      ),
      this.repository.unmetNeeds(args.regionId, minScore, me),
      this.repository.orphanSeedIds(args.regionId, minScore, me),
      this.textAnalyzer(),
    ]);
    const ranked = (kind: NetworkNodeKind): RankedNode[] =>
      topByDegree(
        candidates.filter((n) => n.kind === kind),
        args.top,
      ).map((n) => ({ node: toModel(n), degree: n.degree }));
    const [unmetNeeds, orphanSeeds] = await Promise.all([
      loadAll(
        unmet.map((n) => n.id),
        (id) => this.needs.get(id, me, req),
      ),
      loadAll(orphanIds, (id) => this.seeds.get(id, me, req)),
    ]);
    const needById = new Map(unmetNeeds.map((n) => [n.id, n]));
    const clusters = clusterByTerms(unmet.filter((n) => needById.has(n.id)).map((n) => this.analyse(analyzer, n)));
    return {
      regionId: args.regionId,
      countsByKind: ALL_KINDS.map((kind) => ({ kind, count: ofKind(kind).length })),
      topOrganizations: ranked(NetworkNodeKind.ORGANIZATION),
      topResearchers: ranked(NetworkNodeKind.RESEARCHER),
      unmetNeeds,
      orphanSeeds,
      unmetNeedClusters: clusters.map((c) => ({ terms: c.terms, needs: c.ids.map((id) => needById.get(id) as Need) })),
    };
  }

  /** Ranks, cuts to `limit`, and adds the edges among what is kept. */
  private async graph(
    found: FoundNode[],
    hops: ReadonlyMap<string, number>,
    limit: number,
    types: readonly string[],
    walkCapped: boolean,
  ): Promise<NetworkGraph> {
    const { kept, omitted } = rankAndTruncate(
      found.map((n) => ({ ...n, hops: hops.get(n.eid) ?? Number.MAX_SAFE_INTEGER })),
      limit,
    );
    const edges = await this.repository.edgesBetween(
      kept.map((n) => n.eid),
      types,
    );
    return {
      nodes: kept.map(toModel),
      edges: edges.map(toEdge).sort((a, b) => a.id.localeCompare(b.id)),
      truncated: omitted > 0 || walkCapped,
      omittedNodes: omitted,
    };
  }

  private async mustFind(id: string, field: string, me: Principal): Promise<FoundNode> {
    const node = await this.repository.findNode(id, me);
    if (!node) throw new NetworkNodeNotFoundError(id, field);
    return node;
  }

  private assertMayExploreFrom(node: FoundNode, me: Principal): void {
    if (!mayExplore(me, node.regionIds)) {
      throw new ForbiddenError('You may explore the network from nodes of your own regions only');
    }
  }

  private async assertMayExploreRegion(regionId: string, me: Principal): Promise<void> {
    if (!mayExplore(me, [regionId])) {
      throw new ForbiddenError(
        "A region's network is for admins and the region's coordinators and consortium managers",
      );
    }
    if (!(await this.repository.regionExists(regionId))) throw new RegionNotFoundError(regionId, 'regionId');
  }

  private analyse(analyzer: TextAnalyzer, need: UnmetNeedText): TermDocument {
    const cached = this.analysed.get(need.id);
    if (cached?.version === need.version) return cached.doc;
    const { terms, surfaces } = analyzer.analyze(need);
    const doc = { id: need.id, terms, surfaces };
    this.analysed.delete(need.id);
    this.analysed.set(need.id, { version: need.version, doc });
    // Bounded: the oldest entry (Map keeps insertion order) goes first.
    if (this.analysed.size > MAX_ANALYSED_NEEDS) this.analysed.delete(this.analysed.keys().next().value as string);
    return doc;
  }

  private textAnalyzer(): Promise<TextAnalyzer> {
    if (!this.analyzer) {
      const started = Date.now();
      this.analyzer = TextAnalyzer.create().then((a) => {
        this.logger.log(`text analyzer loaded in ${Date.now() - started} ms`);
        return a;
      });
      // A failed load must not stick: the next call tries again.
      this.analyzer.catch(() => (this.analyzer = undefined));
    }
    return this.analyzer;
  }
}

/** Analysed needs kept in memory, at most (a few KB each). */
const MAX_ANALYSED_NEEDS = 10_000;

const labelsOf = (kinds: NetworkNodeKind[] | undefined) => [...new Set(kinds ?? ALL_KINDS)].map((k) => KIND_LABEL[k]);

function toModel(n: FoundNode): NetworkGraphNode {
  return { id: n.id, kind: n.kind, label: n.label, regionIds: n.regionIds, degree: n.degree };
}

function toEdge(e: FoundEdge): NetworkEdge {
  return { id: `${e.type}:${e.source}->${e.target}`, type: e.type, source: e.source, target: e.target };
}

/** Loads each id through the owning module (its DataLoader batches them); one deleted meanwhile is left out. */
async function loadAll<T extends Need | Seed>(ids: string[], load: (id: string) => Promise<T>): Promise<T[]> {
  const loaded = await Promise.all(
    ids.map((id) =>
      load(id).catch((error: unknown) => {
        if (error instanceof AppError && error.code === ErrorCode.NotFound) return null;
        throw error;
      }),
    ),
  );
  return loaded.filter((x): x is Awaited<T> => x !== null);
}
