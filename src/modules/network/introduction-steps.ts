/** How each relationship reads, from its start node to its end node. */
export const STEP_VERBS: Readonly<Record<string, string>> = {
  KNOWS: 'knows',
  WORKS_AT: 'works at',
  WORKS_FOR: 'works for',
  AFFILIATED_WITH: 'is affiliated with',
  MEMBER_OF: 'is a member of',
  ENROLLED_IN: 'is enrolled in',
  OF_COMPANY: 'is a need of',
  HELD_BY: 'is held by',
  SUPPORTS: 'supports',
  HOSTED_BY: 'is hosted by',
  SURVEYED: 'surveyed',
  COLLECTED: 'collected',
  IN_REGION: 'is in',
  COVERS: 'covers',
};

export interface StepEdge {
  type: string;
  source: string;
  target: string;
}

/**
 * One sentence per edge, read in the relationship's own direction whatever way the path walks it:
 * "Coordinator A knows Sato", "Sato works at A1 Foods".
 */
export function describeSteps(edges: readonly StepEdge[], labelOf: (id: string) => string): string[] {
  return edges.map(
    (e) => `${labelOf(e.source)} ${STEP_VERBS[e.type] ?? e.type.toLowerCase().replace(/_/g, ' ')} ${labelOf(e.target)}`,
  );
}
