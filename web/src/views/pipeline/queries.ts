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
  query PipelinePage($filter: MatchPipelineFilter!, $sort: MatchPipelineSort!, $first: Int!, $after: String) {
    matchPipeline(filter: $filter, sort: $sort, first: $first, after: $after) {
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
  query PipelineCounts($filter: MatchPipelineFilter!) {
    matchPipelineCounts(filter: $filter) {
      status
      count
    }
  }
`);

/** The coordinator's regions, the first choice of the filters. */
export const PIPELINE_REGIONS = graphql(`
  query PipelineRegions($me: ID!) {
    coordinator(id: $me) {
      id
      regions {
        id
        name
      }
    }
  }
`);

/**
 * The other choices of the filters, within one region: its companies, their needs, and the
 * coordinators who cover it (to whom its matches may be assigned). Without a region, only the
 * coordinators: another region's public need or company would be refused by the pipeline.
 */
export const PIPELINE_CHOICES = graphql(`
  query PipelineChoices($regionId: ID, $companyId: ID, $inRegion: Boolean!) {
    organizations(kind: COMPANY, regionId: $regionId, first: 100, sort: NAME, direction: ASC) @include(if: $inRegion) {
      edges {
        node {
          id
          name
        }
      }
    }
    needs(regionId: $regionId, companyId: $companyId, first: 100, sort: TITLE, direction: ASC) @include(if: $inRegion) {
      edges {
        node {
          id
          title
        }
      }
    }
    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Moves the selected matches together, all or nothing. */
export const MOVE_MATCHES = graphql(`
  mutation PipelineMove($matchIds: [ID!]!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason) {
    changeMatchStatuses(matchIds: $matchIds, to: $to, note: $note, declineReason: $declineReason) {
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
