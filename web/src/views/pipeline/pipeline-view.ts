/**
 * The pipeline's state is its URL: the stage tab and every filter live in the query string, so a
 * reload, back/forward and a pasted link show the same list. Values are read defensively (a link
 * typed by hand may say anything): an unknown stage or kind falls back to the default, a score is
 * clamped to 0-100; ids go to the server as they are, which refuses a malformed one by name.
 */
import type { MatchKind, MatchStatus } from '../../gql/graphql';
import { MATCH_KINDS, MATCH_STATUSES } from '../../lib/domain';

export interface PipelineView {
  stage: MatchStatus;
  regionId: string | null;
  kind: MatchKind | null;
  /** The lowest score shown, 0-100 as the list prints scores. */
  minScore: number | null;
}

export const DEFAULT_STAGE: MatchStatus = 'SUGGESTED';

/** The query string's parameter for each part of the view. */
const PARAM = { stage: 'stage', regionId: 'region', kind: 'kind', minScore: 'min' } as const;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

export function readView(search: URLSearchParams): PipelineView {
  const min = Number.parseInt(search.get(PARAM.minScore) ?? '', 10);
  return {
    stage: oneOf(MATCH_STATUSES, search.get(PARAM.stage)) ?? DEFAULT_STAGE,
    regionId: search.get(PARAM.regionId) || null,
    kind: oneOf(MATCH_KINDS, search.get(PARAM.kind)),
    minScore: Number.isFinite(min) ? Math.min(100, Math.max(0, min)) : null,
  };
}

/** The query-string changes for `changes` (withSearch's argument): a default or empty value leaves the URL. */
export function viewParams(changes: Partial<PipelineView>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(changes) as [keyof PipelineView, PipelineView[keyof PipelineView]][]) {
    const text = value === null || value === undefined ? null : String(value);
    out[PARAM[name]] = name === 'stage' && text === DEFAULT_STAGE ? null : text;
  }
  return out;
}

/** The filter part of the view (everything but the stage), as the API's variables. */
export function filterVariables(view: PipelineView) {
  return {
    regionId: view.regionId,
    kind: view.kind,
    minScore: view.minScore === null ? null : view.minScore / 100,
  };
}
