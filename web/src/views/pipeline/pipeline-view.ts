/**
 * The pipeline's state is its URL: the stage tab, the sort and every filter live in the query
 * string, so a reload, back/forward and a pasted link show the same list. Values are read
 * defensively (a link typed by hand may say anything): an unknown stage, kind or sort falls back to
 * the default, a score is clamped to 0-100; ids go to the server as they are, which refuses a
 * malformed one by name.
 */
import type { MatchKind, MatchPipelineFilter, MatchPipelineSort, MatchStatus } from '../../gql/graphql';
import { MATCH_KINDS, MATCH_STATUSES } from '../../lib/domain';

export const SORTS = ['score', 'newest', 'activity'] as const;
export type PipelineSort = (typeof SORTS)[number];
const API_SORT: Record<PipelineSort, MatchPipelineSort> = {
  score: 'SCORE',
  newest: 'NEWEST',
  activity: 'LAST_ACTIVITY',
};

/** "Assigned to": anyone (null), the signed-in coordinator, or a colleague's id. */
export const ME = 'me';

export interface PipelineView {
  stage: MatchStatus;
  sort: PipelineSort;
  regionId: string | null;
  companyId: string | null;
  needId: string | null;
  kind: MatchKind | null;
  /** The lowest score shown, 0-100 as the list prints scores. */
  minScore: number | null;
  assignee: string | null;
  stalled: boolean;
  search: string;
}

const DEFAULTS: Pick<PipelineView, 'stage' | 'sort'> = { stage: 'SUGGESTED', sort: 'score' };

/** The query string's parameter for each part of the view. */
const PARAM: Record<keyof PipelineView, string> = {
  stage: 'stage',
  sort: 'sort',
  regionId: 'region',
  companyId: 'company',
  needId: 'need',
  kind: 'kind',
  minScore: 'min',
  assignee: 'assignee',
  stalled: 'stalled',
  search: 'q',
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

export function readView(search: URLSearchParams): PipelineView {
  const text = (name: keyof PipelineView) => search.get(PARAM[name]) || null;
  const min = Number.parseInt(search.get(PARAM.minScore) ?? '', 10);
  return {
    stage: oneOf(MATCH_STATUSES, text('stage')) ?? DEFAULTS.stage,
    sort: oneOf(SORTS, text('sort')) ?? DEFAULTS.sort,
    regionId: text('regionId'),
    companyId: text('companyId'),
    needId: text('needId'),
    kind: oneOf(MATCH_KINDS, text('kind')),
    minScore: Number.isFinite(min) ? Math.min(100, Math.max(0, min)) : null,
    assignee: text('assignee'),
    stalled: search.get(PARAM.stalled) === '1',
    search: search.get(PARAM.search) ?? '',
  };
}

/** The query-string changes for `changes` (withSearch's argument): a default or empty value leaves the URL. */
export function viewParams(changes: Partial<PipelineView>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(changes) as [keyof PipelineView, PipelineView[keyof PipelineView]][]) {
    const text = value === null || value === false ? null : value === true ? '1' : String(value);
    out[PARAM[name]] = text === (DEFAULTS as Record<string, string>)[name] ? null : text;
  }
  return out;
}

/** Whether any filter (not the stage or the sort) narrows the list. */
export function isFiltered(view: PipelineView): boolean {
  return Object.keys(filterVariables(view)).length > 0;
}

/** Every filter of the view, as the API's MatchPipelineFilter; the stage goes in the page query only. */
export function filterVariables(view: PipelineView): MatchPipelineFilter {
  const filter: MatchPipelineFilter = {
    regionId: view.regionId,
    companyId: view.companyId,
    needId: view.needId,
    kind: view.kind,
    minScore: view.minScore === null ? null : view.minScore / 100,
    assignedToMe: view.assignee === ME ? true : null,
    assigneeId: view.assignee !== ME ? view.assignee : null,
    stalledOnly: view.stalled || null,
    search: view.search.trim() || null,
  };
  // Unset filters are left out, so a link and its variables say only what narrows the list.
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== null));
}

export const apiSort = (view: PipelineView): MatchPipelineSort => API_SORT[view.sort];
