/** What a need can be matched to. The values double as Neo4j labels (see matching.repository.ts). */
export type MatchTargetKind = 'SEED' | 'EQUIPMENT' | 'RESEARCHER';
export const MATCH_TARGET_KINDS: readonly MatchTargetKind[] = ['SEED', 'EQUIPMENT', 'RESEARCHER'];
