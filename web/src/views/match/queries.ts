import { graphql } from '../../gql';
import type { MatchPageFragment } from '../../gql/graphql';

// Declared for codegen and spread by the query and mutations below; its type is generated.
graphql(`
  fragment MatchPage on Match {
    id
    kind
    status
    nextStatuses
    undoableStatuses
    score
    lexicalScore
    regionBoost
    pathBoost
    current
    stale
    note
    declineReason
    agreementKind
    assignedCoordinatorId
    computedAt
    explanation {
      surface
      term
      share
    }
    path {
      relations
      nodes {
        id
        kind
        name
      }
    }
    need {
      id
      title
      description
      desiredOutcome
      keywords
      budgetBand
      timeline
      confidentiality
      status
      regionId
      region {
        name
      }
      company {
        name
        industry
      }
    }
    seed {
      id
      title
      summary
      keywords
      ...SeedHolding
    }
    equipment {
      id
      name
      category
      description
      specifications
      availability
      conditions
      fees
      host {
        name
      }
      supportStaff {
        id
        name
        title
      }
    }
    researcher {
      id
      name
      title
      profile
      fields
      affiliations {
        name
      }
    }
    history {
      id
      at
      kind
      byName
      from
      to
      note
      reason
      agreementKind
      interested
    }
    companyAnswer {
      interested
      note
      at
      byName
    }
  }
`);
export type MatchView = MatchPageFragment;

export const MATCH_PAGE = graphql(`
  query MatchPage($id: ID!) {
    match(id: $id) {
      ...MatchPage
    }
  }
`);

export const CHANGE_STATUS = graphql(`
  mutation ChangeMatchStatus(
    $matchId: ID!
    $to: MatchStatus!
    $note: String
    $declineReason: DeclineReason
    $agreementKind: AgreementKind
  ) {
    changeMatchStatus(
      matchId: $matchId
      to: $to
      note: $note
      declineReason: $declineReason
      agreementKind: $agreementKind
    ) {
      ...MatchPage
    }
  }
`);

export const ANNOTATE = graphql(`
  mutation AnnotateMatch($matchId: ID!, $note: String!) {
    annotateMatch(matchId: $matchId, note: $note) {
      ...MatchPage
    }
  }
`);

export const ASSIGN = graphql(`
  mutation AssignMatch($matchId: ID!, $coordinatorId: ID!) {
    assignMatch(matchId: $matchId, coordinatorId: $coordinatorId) {
      ...MatchPage
    }
  }
`);

/** The colleagues who cover the need's region: whom the match may be assigned to. */
export const REGION_COORDINATORS = graphql(`
  query RegionCoordinators($regionId: ID!) {
    coordinators(regionId: $regionId, first: 100, sort: NAME, direction: ASC) {
      edges {
        node {
          id
          name
          specialtyFields
        }
      }
    }
  }
`);

/** The assignee by id, when it no longer covers the region (so it is not among the candidates). */
export const COORDINATOR_NAME = graphql(`
  query CoordinatorName($id: ID!) {
    coordinator(id: $id) {
      id
      name
    }
  }
`);
