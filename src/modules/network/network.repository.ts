import { Injectable } from '@nestjs/common';
import { ManagedTransaction } from 'neo4j-driver';
import { Neo4jService } from '../../infra/neo4j/neo4j.service';
import { int, toJs } from '../../infra/neo4j/neo4j-values';
import { visibilityParams } from '../auth/visibility';
import { Principal } from '../auth/principal';
import { kindOfLabel, NETWORK_LABELS, NETWORK_RELATIONSHIP_TYPES, NetworkNodeKind } from './network-kinds';
import * as Q from './network.queries';

/** A node as the repository finds it: `eid` is Neo4j's element id, used only between queries. */
export interface FoundNode {
  eid: string;
  id: string;
  kind: NetworkNodeKind;
  label: string;
  regionIds: string[];
  degree: number;
}

export interface FoundEdge {
  source: string;
  type: string;
  target: string;
}

export interface RegionMember {
  eid: string;
  hops: number;
  kind: NetworkNodeKind;
}

export interface UnmetNeedText {
  id: string;
  /** Its updatedAt: the text's version, for caching its analysis. */
  version: string;
  title: string;
  keywords: string[];
  body: string;
}

/** Most nodes one neighbourhood walk visits: a guard against a runaway walk on a huge graph. */
export const MAX_WALK_NODES = 20_000;

@Injectable()
export class NetworkRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** The network node with this id, if the viewer may see it. */
  findNode(id: string, viewer: Principal): Promise<FoundNode | null> {
    return this.neo4j.read(async (tx) => {
      const result = await tx.run(Q.FIND_NODE, { id, ...this.params(viewer) });
      return result.records.length ? toNode(result.records[0].get('node')) : null;
    });
  }

  /**
   * Breadth-first walk from `start` up to `depth` hops, through `types` to nodes with `labels`:
   * every node found with its hop distance (the start at 0). `capped` when MAX_WALK_NODES stopped it.
   */
  walk(start: FoundNode, depth: number, labels: string[], types: string[], viewer: Principal) {
    return this.neo4j.read(async (tx) => {
      const hops = new Map<string, number>([[start.eid, 0]]);
      let frontier = [start.eid];
      let capped = false;
      for (let hop = 1; hop <= depth && frontier.length && !capped; hop++) {
        const cap = MAX_WALK_NODES - hops.size;
        const result = await tx.run(Q.EXPAND, {
          frontier,
          seen: [...hops.keys()],
          types,
          labels,
          cap: int(cap + 1),
          ...this.params(viewer),
        });
        frontier = result.records.map((r) => r.get('eid') as string).slice(0, cap);
        capped = result.records.length > cap;
        for (const eid of frontier) hops.set(eid, hop);
      }
      return { hops, capped };
    });
  }

  /** The region's visible network nodes with `labels`, each with its kind and membership hop distance. */
  regionMembers(regionId: string, labels: string[], viewer: Principal): Promise<RegionMember[]> {
    return this.neo4j.read(async (tx) => {
      const result = await tx.run(Q.REGION_MEMBERS, { regionId, labels, ...this.params(viewer) });
      return result.records.map((r) => ({
        eid: r.get('eid') as string,
        hops: toJs(r.get('hops')) as number,
        kind: kindOfLabel(r.get('label') as string),
      }));
    });
  }

  project(eids: string[], viewer: Principal): Promise<FoundNode[]> {
    if (!eids.length) return Promise.resolve([]);
    return this.neo4j.read((tx) => this.projectIn(tx, eids, viewer));
  }

  edgesBetween(eids: string[], types: readonly string[]): Promise<FoundEdge[]> {
    if (!eids.length) return Promise.resolve([]);
    return this.neo4j.read(async (tx) => {
      const result = await tx.run(Q.EDGES_BETWEEN, { eids, types });
      return result.records.map((r) => r.toObject() as FoundEdge);
    });
  }

  async regionExists(regionId: string): Promise<boolean> {
    const result = await this.neo4j.readOne(Q.REGION_EXISTS, { regionId });
    return result.records.length > 0;
  }

  /** The shortest introduction path between two found nodes, or null. */
  introductionPath(from: FoundNode, to: FoundNode, maxLength: number, viewer: Principal) {
    return this.neo4j.read(async (tx) => {
      const result = await tx.run(Q.introductionPath(maxLength), { fromEid: from.eid, toEid: to.eid });
      if (!result.records.length) return null;
      const eids = result.records[0].get('eids') as string[];
      const edges = toJs(result.records[0].get('edges')) as FoundEdge[];
      const byEid = new Map((await this.projectIn(tx, eids, viewer)).map((n) => [n.eid, n]));
      // Waypoints are people, organizations, consortiums and HR programs, all visible to every
      // explorer; a node missing here was deleted meanwhile, and a broken path is no path.
      const nodes = eids.map((eid) => byEid.get(eid));
      return nodes.every((n) => n) ? { nodes: nodes as FoundNode[], edges } : null;
    });
  }

  unmetNeeds(regionId: string, minScore: number, viewer: Principal): Promise<UnmetNeedText[]> {
    return this.neo4j.read(async (tx) => {
      const result = await tx.run(Q.UNMET_NEEDS, { regionId, minScore, ...this.params(viewer) });
      return result.records.map((r) => r.toObject() as UnmetNeedText);
    });
  }

  orphanSeedIds(regionId: string, minScore: number, viewer: Principal): Promise<string[]> {
    return this.neo4j.read(async (tx) => {
      const result = await tx.run(Q.ORPHAN_SEEDS, { regionId, minScore, ...this.params(viewer) });
      return result.records.map((r) => r.get('id') as string);
    });
  }

  private async projectIn(tx: ManagedTransaction, eids: string[], viewer: Principal): Promise<FoundNode[]> {
    const result = await tx.run(Q.PROJECT, { eids, ...this.params(viewer) });
    return result.records.map((r) => toNode(r.get('node')));
  }

  private params(viewer: Principal) {
    return { ...visibilityParams(viewer), networkLabels: NETWORK_LABELS, networkTypes: NETWORK_RELATIONSHIP_TYPES };
  }
}

function toNode(value: unknown): FoundNode {
  const row = toJs(value) as {
    eid: string;
    id: string;
    label: string;
    name: string;
    regionIds: string[];
    degree: number;
  };
  return {
    eid: row.eid,
    id: row.id,
    kind: kindOfLabel(row.label),
    label: row.name,
    regionIds: row.regionIds,
    degree: row.degree,
  };
}
