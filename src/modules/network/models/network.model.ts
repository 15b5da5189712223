import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Need } from '../../needs/models/need.model';
import { Seed } from '../../seeds/models/seed.model';
import { NetworkNodeKind } from '../network-kinds';

@ObjectType('NetworkNode', { description: 'A node of the network graph, as the viewer may see it.' })
export class NetworkGraphNode {
  @Field(() => ID)
  id: string;

  @Field(() => NetworkNodeKind)
  kind: NetworkNodeKind;

  @Field({ description: 'Its name (or title; a region: its name).' })
  label: string;

  @Field(() => [ID], {
    description:
      "Its regions: a region itself; an organization's, consortium's or coordinator's; a person's, need's, seed's or equipment's through its organization.",
  })
  regionIds: string[];

  @Field(() => Int, {
    description: 'Relationships to nodes of the network the viewer may see (hidden needs and seeds not counted).',
  })
  degree: number;
}

@ObjectType({ description: 'A relationship between two nodes of a returned graph, in its stored direction.' })
export class NetworkEdge {
  @Field(() => ID, { description: 'Stable for the pair and type: "TYPE:sourceId->targetId".' })
  id: string;

  @Field({ description: 'Relationship type, e.g. KNOWS, MEMBER_OF.' })
  type: string;

  @Field(() => ID)
  source: string;

  @Field(() => ID)
  target: string;
}

@ObjectType()
export class NetworkGraph {
  @Field(() => [NetworkGraphNode], { description: 'Nearest first (hop distance, then degree).' })
  nodes: NetworkGraphNode[];

  @Field(() => [NetworkEdge], { description: 'Only edges between returned nodes.' })
  edges: NetworkEdge[];

  @Field({ description: 'True when nodes were cut to respect `limit`.' })
  truncated: boolean;

  @Field(() => Int, { description: 'How many nodes were cut.' })
  omittedNodes: number;
}

/**
 * Named NetworkIntroductionPath because `IntroductionPath` is already the matches module's type
 * of Match.path (nodes of PathNode, relations, summary), whose fields this one cannot share.
 */
@ObjectType({ description: 'The shortest introduction path between two nodes, through people and memberships.' })
export class NetworkIntroductionPath {
  @Field(() => [NetworkGraphNode], { description: 'From the first node to the last, in order.' })
  nodes: NetworkGraphNode[];

  @Field(() => [NetworkEdge], { description: 'edges[i] joins nodes[i] and nodes[i + 1] (in its stored direction).' })
  edges: NetworkEdge[];

  @Field(() => Int, { description: 'Number of edges.' })
  length: number;

  @Field(() => [String], { description: 'One readable sentence per edge, e.g. "Coordinator A knows Sato".' })
  steps: string[];
}

@ObjectType()
export class KindCount {
  @Field(() => NetworkNodeKind)
  kind: NetworkNodeKind;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class RankedNode {
  @Field(() => NetworkGraphNode)
  node: NetworkGraphNode;

  @Field(() => Int)
  degree: number;
}

@ObjectType({ description: 'Unmet needs that share analysed terms: a hint for a new consortium or HR program.' })
export class NeedCluster {
  @Field(() => [String], { description: 'The terms the needs share most, as written.' })
  terms: string[];

  @Field(() => [Need])
  needs: Need[];
}

@ObjectType()
export class RegionFigures {
  @Field(() => ID)
  regionId: string;

  @Field(() => [KindCount], { description: 'Nodes of the region network by kind (every kind, zeros included).' })
  countsByKind: KindCount[];

  @Field(() => [RankedNode], { description: 'Organizations of the region with the highest degree.' })
  topOrganizations: RankedNode[];

  @Field(() => [RankedNode], { description: 'Researchers affiliated in the region with the highest degree.' })
  topResearchers: RankedNode[];

  @Field(() => [Need], {
    description: 'OPEN or IN_DISCUSSION needs of the region with no current match scoring at least minScore.',
  })
  unmetNeeds: Need[];

  @Field(() => [Seed], {
    description: 'Seeds of the region that no need currently matches with a score of at least minScore.',
  })
  orphanSeeds: Seed[];

  @Field(() => [NeedCluster], { description: 'Unmet needs grouped by shared significant terms (groups of 2 or more).' })
  unmetNeedClusters: NeedCluster[];
}
