/** The network queries (src/modules/network) and the KPI queries (src/modules/match-review). */
import { graphql } from '../../gql';
import type {
  ExplorerEdgeFragment,
  ExplorerNodeFragment,
  FiguresQuery,
  KpisQuery,
  NetworkNodeKind,
  PathQuery,
} from '../../gql/graphql';

export type NodeKind = NetworkNodeKind;

// Fragments are declared for codegen and spread by the operations below; their types are generated.
graphql(`
  fragment ExplorerNode on NetworkNode {
    id
    kind
    label
    regionIds
    degree
  }
`);
export type NetworkNode = ExplorerNodeFragment;

graphql(`
  fragment ExplorerEdge on NetworkEdge {
    id
    type
    source
    target
  }
`);
export type NetworkEdge = ExplorerEdgeFragment;

graphql(`
  fragment ExplorerGraph on NetworkGraph {
    nodes {
      ...ExplorerNode
    }
    edges {
      ...ExplorerEdge
    }
    truncated
    omittedNodes
  }
`);

export const REGIONS = graphql(`
  query Regions {
    regions(first: 100, sort: NAME, direction: ASC) {
      edges {
        node {
          id
          name
          code
        }
      }
    }
  }
`);
export const MY_CONSORTIUM = graphql(`
  query MyConsortium($id: ID!) {
    consortium(id: $id) {
      id
      name
      region {
        id
      }
    }
  }
`);

export const REGION_NETWORK = graphql(`
  query RegionNetwork($regionId: ID!, $nodeKinds: [NetworkNodeKind!], $limit: Int) {
    regionNetwork(regionId: $regionId, nodeKinds: $nodeKinds, limit: $limit) {
      ...ExplorerGraph
    }
  }
`);
export const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($nodeId: ID!, $limit: Int) {
    networkNeighbourhood(nodeId: $nodeId, depth: 1, limit: $limit) {
      ...ExplorerGraph
    }
  }
`);
export const PATH = graphql(`
  query Path($fromId: ID!, $toId: ID!) {
    introductionPath(fromId: $fromId, toId: $toId, maxLength: 6) {
      nodes {
        ...ExplorerNode
      }
      edges {
        ...ExplorerEdge
      }
      length
      steps
    }
  }
`);
export type NetworkPath = NonNullable<PathQuery['introductionPath']>;

export const KPIS = graphql(`
  query Kpis($regionId: ID!, $from: DateTime!, $to: DateTime!) {
    programKpis(regionId: $regionId, from: $from, to: $to) {
      seedsCollected
      needsSurveyed
      matchesSuggested
      matchesReviewed
      matchesShared
      matchesIntroduced
      matchesAgreed
      medianDaysToIntroduction
      hrProgramParticipants
    }
  }
`);
export type ProgramKpis = KpisQuery['programKpis'];

export const FIGURES = graphql(`
  query Figures($regionId: ID!) {
    regionFigures(regionId: $regionId, top: 8) {
      countsByKind {
        kind
        count
      }
      topOrganizations {
        node {
          ...ExplorerNode
        }
        degree
      }
      topResearchers {
        node {
          ...ExplorerNode
        }
        degree
      }
      unmetNeeds {
        id
        title
        company {
          name
        }
      }
      orphanSeeds {
        id
        title
      }
      unmetNeedClusters {
        terms
        needs {
          id
          title
        }
      }
    }
  }
`);
export type RegionFigures = FiguresQuery['regionFigures'];

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

/** The kinds in the order the filters and legends list them; the Record type above keeps it complete. */
export const NODE_KINDS = Object.keys(KIND_COLOURS) as NodeKind[];
