import { graphql } from '../../gql';
import type { InboxQuery, MatchDetailFragment } from '../../gql/graphql';

export const INBOX = graphql(`
  query Inbox($first: Int!) {
    reviewInbox(first: $first) {
      totalCount
      edges {
        node {
          id
          score
          kind
          status
          need {
            id
            title
            company {
              name
            }
          }
          seed {
            title
          }
          equipment {
            name
          }
          researcher {
            name
          }
        }
      }
    }
  }
`);

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

export type InboxItem = InboxQuery['reviewInbox']['edges'][number]['node'];

/** The target's name, whatever its kind (null when hidden from the viewer). */
export function targetName(m: Pick<InboxItem, 'seed' | 'equipment' | 'researcher'>): string {
  return m.seed?.title ?? m.equipment?.name ?? m.researcher?.name ?? '—';
}
