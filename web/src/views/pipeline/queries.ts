import { graphql } from '../../gql';
import type { PipelineRowFragment } from '../../gql/graphql';

// Declared for codegen and spread by the page query below; its type is generated.
graphql(`
  fragment PipelineRow on Match {
    id
    score
    kind
    status
    nextStatuses
    assignedCoordinatorId
    need {
      id
      title
      company {
        id
        name
      }
    }
    seed {
      title
      holderResearchers {
        name
      }
      holderOrganizations {
        name
      }
    }
    equipment {
      name
      host {
        name
      }
    }
    researcher {
      name
      affiliations {
        name
      }
    }
  }
`);
export type PipelineRow = PipelineRowFragment;

/** Rows per page of the pipeline. */
export const PAGE_SIZE = 25;

export const PIPELINE_PAGE = graphql(`
  query PipelinePage(
    $status: MatchStatus
    $regionId: ID
    $kind: MatchKind
    $minScore: Float
    $first: Int!
    $after: String
  ) {
    matchesInMyRegions(
      status: $status
      regionId: $regionId
      kind: $kind
      minScore: $minScore
      after: $after
      first: $first
      direction: DESC
    ) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...PipelineRow
        }
      }
    }
  }
`);

/** How many matches of the filter are in each stage (one count per tab). */
export const PIPELINE_COUNTS = graphql(`
  query PipelineCounts($regionId: ID, $kind: MatchKind, $minScore: Float) {
    SUGGESTED: matchesInMyRegions(status: SUGGESTED, regionId: $regionId, kind: $kind, minScore: $minScore, first: 1) {
      totalCount
    }
    SHORTLISTED: matchesInMyRegions(
      status: SHORTLISTED
      regionId: $regionId
      kind: $kind
      minScore: $minScore
      first: 1
    ) {
      totalCount
    }
    SHARED: matchesInMyRegions(status: SHARED, regionId: $regionId, kind: $kind, minScore: $minScore, first: 1) {
      totalCount
    }
    INTRODUCED: matchesInMyRegions(
      status: INTRODUCED
      regionId: $regionId
      kind: $kind
      minScore: $minScore
      first: 1
    ) {
      totalCount
    }
    MEETING_HELD: matchesInMyRegions(
      status: MEETING_HELD
      regionId: $regionId
      kind: $kind
      minScore: $minScore
      first: 1
    ) {
      totalCount
    }
    AGREED: matchesInMyRegions(status: AGREED, regionId: $regionId, kind: $kind, minScore: $minScore, first: 1) {
      totalCount
    }
    STALLED: matchesInMyRegions(status: STALLED, regionId: $regionId, kind: $kind, minScore: $minScore, first: 1) {
      totalCount
    }
    DECLINED: matchesInMyRegions(status: DECLINED, regionId: $regionId, kind: $kind, minScore: $minScore, first: 1) {
      totalCount
    }
  }
`);

/** The choices of the filters: the coordinator's regions, and the coordinators a match may be assigned to. */
export const PIPELINE_OPTIONS = graphql(`
  query PipelineOptions($me: ID!) {
    coordinator(id: $me) {
      id
      regions {
        id
        name
      }
    }
    coordinators(first: 100, sort: NAME, direction: ASC) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const MOVE_MATCH = graphql(`
  mutation PipelineMove($matchId: ID!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason) {
    changeMatchStatus(matchId: $matchId, to: $to, note: $note, declineReason: $declineReason) {
      id
      status
    }
  }
`);

/** The target's name, whatever its kind (null when hidden from the viewer). */
export function targetName(m: PipelineRow): string {
  return m.seed?.title ?? m.equipment?.name ?? m.researcher?.name ?? '—';
}

/** Who holds or hosts the target: a seed's researchers and organizations, the equipment's host, the researcher's affiliations. */
export function targetHolder(m: PipelineRow): string {
  const names = m.seed
    ? [...m.seed.holderResearchers, ...m.seed.holderOrganizations]
    : m.equipment
      ? [m.equipment.host].filter((host) => host !== null && host !== undefined)
      : (m.researcher?.affiliations ?? []);
  return names.map((n) => n.name).join(', ');
}
