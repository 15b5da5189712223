/**
 * The introduction path read as sentences, each relationship in its own direction. A match's path
 * lists its nodes from the need's company to the target's people and the relationship types between
 * them, without saying which way each relationship points; the graph's data model does
 * (docs/data-model.md): WORKS_AT points from a person to an Organization, MEMBER_OF from a member to
 * a Consortium, KNOWS from a Coordinator to the person it knows, AFFILIATED_WITH from a Researcher
 * to an Organization. So "Consortium MEMBER_OF Researcher" on the path reads "Researcher is a
 * member of Consortium".
 */
export interface PathNodeView {
  id: string;
  kind: string;
  name: string;
}

export interface PathStep {
  relation: string;
  /** The relationship's start node and end node, in its stored direction. */
  from: PathNodeView;
  to: PathNodeView;
}

/** Per relationship type: the kinds of node it starts at, and those it ends at. */
const ENDS: Record<string, { starts: readonly string[]; ends: readonly string[] }> = {
  WORKS_AT: { starts: ['Contact', 'SupportStaff', 'Researcher', 'Coordinator'], ends: ['Organization'] },
  MEMBER_OF: { starts: ['Organization', 'Researcher'], ends: ['Consortium'] },
  KNOWS: { starts: ['Coordinator'], ends: ['Researcher', 'Contact'] },
  AFFILIATED_WITH: { starts: ['Researcher'], ends: ['Organization'] },
};

/** True when the relationship between `a` then `b` on the path points from `b` back to `a`. */
function reversed(relation: string, a: PathNodeView, b: PathNodeView): boolean {
  const ends = ENDS[relation];
  if (!ends) return false;
  const forward = ends.starts.includes(a.kind) && ends.ends.includes(b.kind);
  const backward = ends.starts.includes(b.kind) && ends.ends.includes(a.kind);
  return backward && !forward;
}

export function pathSteps(path: { nodes: readonly PathNodeView[]; relations: readonly string[] }): PathStep[] {
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < path.nodes.length; i++) {
    const relation = path.relations[i] ?? '';
    const [a, b] = [path.nodes[i], path.nodes[i + 1]];
    steps.push(reversed(relation, a, b) ? { relation, from: b, to: a } : { relation, from: a, to: b });
  }
  return steps;
}
