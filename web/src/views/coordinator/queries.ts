import { graphql } from '../../gql';
import type { MatchDetailFragment } from '../../gql/graphql';

// Declared for codegen and spread by the two operations below; its type is generated.
graphql(`
  fragment MatchDetail on Match {
    id
    kind
    status
    nextStatuses
    score
    note
    explanation {
      surface
      term
      share
    }
    path {
      summary
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
      keywords
      company {
        name
      }
    }
    seed {
      id
      title
      summary
      keywords
    }
    equipment {
      id
      name
      description
      specifications
    }
    researcher {
      id
      name
      title
      profile
      fields
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
export type MatchDetail = MatchDetailFragment;

export const MATCH = graphql(`
  query Match($id: ID!) {
    match(id: $id) {
      ...MatchDetail
    }
  }
`);

export const CHANGE_STATUS = graphql(`
  mutation ChangeStatus(
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
      ...MatchDetail
    }
  }
`);
