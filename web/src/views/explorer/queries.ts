/** The network queries (src/modules/network) and the KPI queries (src/modules/match-review). */
export const NODE_KINDS = [
  'REGION', 'ORGANIZATION', 'RESEARCHER', 'SEED', 'NEED', 'COORDINATOR', 'CONTACT', 'CONSORTIUM', 'EQUIPMENT', 'SUPPORT_STAFF', 'HR_PROGRAM',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface NetworkNode {
  id: string;
  kind: NodeKind;
  label: string;
  regionIds: string[];
  degree: number;
}
export interface NetworkEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}
export interface NetworkGraph {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
  omittedNodes: number;
}
export interface NetworkPath {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  length: number;
  steps: string[];
}

const NODE = 'id kind label regionIds degree';
const GRAPH = `nodes { ${NODE} } edges { id type source target } truncated omittedNodes`;

export const REGIONS = `query Regions { regions(first: 100, sort: NAME, direction: ASC) { edges { node { id name code } } } }`;
export const MY_CONSORTIUM = `query MyConsortium($id: ID!) { consortium(id: $id) { id name region { id } } }`;

export const REGION_NETWORK = `query RegionNetwork($regionId: ID!, $nodeKinds: [NetworkNodeKind!], $limit: Int) {
  regionNetwork(regionId: $regionId, nodeKinds: $nodeKinds, limit: $limit) { ${GRAPH} }
}`;
export const NEIGHBOURHOOD = `query Neighbourhood($nodeId: ID!, $limit: Int) {
  networkNeighbourhood(nodeId: $nodeId, depth: 1, limit: $limit) { ${GRAPH} }
}`;
export const PATH = `query Path($fromId: ID!, $toId: ID!) {
  introductionPath(fromId: $fromId, toId: $toId, maxLength: 6) { nodes { ${NODE} } edges { id type source target } length steps }
}`;

export interface ProgramKpis {
  seedsCollected: number;
  needsSurveyed: number;
  matchesSuggested: number;
  matchesReviewed: number;
  matchesShared: number;
  matchesIntroduced: number;
  matchesAgreed: number;
  medianDaysToIntroduction: number | null;
  hrProgramParticipants: number;
}
export const KPIS = `query Kpis($regionId: ID!, $from: DateTime!, $to: DateTime!) {
  programKpis(regionId: $regionId, from: $from, to: $to) {
    seedsCollected needsSurveyed matchesSuggested matchesReviewed matchesShared matchesIntroduced matchesAgreed
    medianDaysToIntroduction hrProgramParticipants
  }
}`;

export interface RegionFigures {
  countsByKind: { kind: NodeKind; count: number }[];
  topOrganizations: { node: NetworkNode; degree: number }[];
  topResearchers: { node: NetworkNode; degree: number }[];
  unmetNeeds: { id: string; title: string; company: { name: string } | null }[];
  orphanSeeds: { id: string; title: string }[];
  unmetNeedClusters: { terms: string[]; needs: { id: string; title: string }[] }[];
}
export const FIGURES = `query Figures($regionId: ID!) {
  regionFigures(regionId: $regionId, top: 8) {
    countsByKind { kind count }
    topOrganizations { node { ${NODE} } degree }
    topResearchers { node { ${NODE} } degree }
    unmetNeeds { id title company { name } }
    orphanSeeds { id title }
    unmetNeedClusters { terms needs { id title } }
  }
}`;

/** One colour per kind, shared by the graph and the charts. */
export const KIND_COLOURS: Record<NodeKind, string> = {
  REGION: '#475569',
  ORGANIZATION: '#2563eb',
  RESEARCHER: '#059669',
  SEED: '#16a34a',
  NEED: '#dc2626',
  COORDINATOR: '#9333ea',
  CONTACT: '#0891b2',
  CONSORTIUM: '#d97706',
  EQUIPMENT: '#7c3aed',
  SUPPORT_STAFF: '#0d9488',
  HR_PROGRAM: '#db2777',
};
