import { registerEnumType } from '@nestjs/graphql';

/** The kinds of node in the knowledge network (Match, MatchEvent, User and internal nodes are not). */
export enum NetworkNodeKind {
  REGION = 'REGION',
  ORGANIZATION = 'ORGANIZATION',
  RESEARCHER = 'RESEARCHER',
  SEED = 'SEED',
  NEED = 'NEED',
  COORDINATOR = 'COORDINATOR',
  CONTACT = 'CONTACT',
  CONSORTIUM = 'CONSORTIUM',
  EQUIPMENT = 'EQUIPMENT',
  SUPPORT_STAFF = 'SUPPORT_STAFF',
  HR_PROGRAM = 'HR_PROGRAM',
}
registerEnumType(NetworkNodeKind, { name: 'NetworkNodeKind', description: 'What a node of the network graph is.' });

/**
 * The graph label of each kind. Labels cannot be Cypher parameters: every label that reaches a
 * query comes from this table, never from input.
 */
export const KIND_LABEL: Readonly<Record<NetworkNodeKind, string>> = {
  [NetworkNodeKind.REGION]: 'Region',
  [NetworkNodeKind.ORGANIZATION]: 'Organization',
  [NetworkNodeKind.RESEARCHER]: 'Researcher',
  [NetworkNodeKind.SEED]: 'Seed',
  [NetworkNodeKind.NEED]: 'Need',
  [NetworkNodeKind.COORDINATOR]: 'Coordinator',
  [NetworkNodeKind.CONTACT]: 'Contact',
  [NetworkNodeKind.CONSORTIUM]: 'Consortium',
  [NetworkNodeKind.EQUIPMENT]: 'Equipment',
  [NetworkNodeKind.SUPPORT_STAFF]: 'SupportStaff',
  [NetworkNodeKind.HR_PROGRAM]: 'HrProgram',
};

export const ALL_KINDS: readonly NetworkNodeKind[] = Object.values(NetworkNodeKind);
export const NETWORK_LABELS: readonly string[] = ALL_KINDS.map((k) => KIND_LABEL[k]);

const KIND_OF_LABEL = new Map(ALL_KINDS.map((k) => [KIND_LABEL[k], k]));

export function kindOfLabel(label: string): NetworkNodeKind {
  const kind = KIND_OF_LABEL.get(label);
  if (!kind) throw new Error(`${label} is not a network label`);
  return kind;
}

/**
 * The relationship types of the network (docs/data-model.md); user links (ACTS_AS, REPRESENTS,
 * MANAGES) and match links (FOR_NEED, SUGGESTS, ASSIGNED, ON_MATCH) are not part of it. The
 * whitelist for `relationshipTypes`: only these strings ever reach a query.
 */
export const NETWORK_RELATIONSHIP_TYPES = [
  'IN_REGION',
  'COVERS',
  'AFFILIATED_WITH',
  'WORKS_AT',
  'WORKS_FOR',
  'KNOWS',
  'HELD_BY',
  'COLLECTED',
  'OF_COMPANY',
  'SURVEYED',
  'MEMBER_OF',
  'HOSTED_BY',
  'SUPPORTS',
  'ENROLLED_IN',
] as const;
export type NetworkRelationshipType = (typeof NETWORK_RELATIONSHIP_TYPES)[number];

/**
 * What an introduction path may walk: people and their memberships (employment, affiliation,
 * acquaintance, consortium and HR-program membership), plus the links that attach a need, seed or
 * piece of equipment at either end to its people. Sharing a region (IN_REGION, COVERS) is no
 * introduction.
 */
export const INTRODUCTION_RELATIONSHIP_TYPES: readonly NetworkRelationshipType[] = [
  'KNOWS',
  'WORKS_AT',
  'AFFILIATED_WITH',
  'WORKS_FOR',
  'MEMBER_OF',
  'ENROLLED_IN',
  'OF_COMPANY',
  'HELD_BY',
  'SUPPORTS',
  'HOSTED_BY',
  'SURVEYED',
  'COLLECTED',
];

/** Nodes an introduction path may pass through (its ends may be of any kind). */
export const INTRODUCTION_WAYPOINT_KINDS: readonly NetworkNodeKind[] = [
  NetworkNodeKind.ORGANIZATION,
  NetworkNodeKind.RESEARCHER,
  NetworkNodeKind.CONTACT,
  NetworkNodeKind.COORDINATOR,
  NetworkNodeKind.SUPPORT_STAFF,
  NetworkNodeKind.CONSORTIUM,
  NetworkNodeKind.HR_PROGRAM,
];
