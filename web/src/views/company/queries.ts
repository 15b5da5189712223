import { graphql } from '../../gql';
import type { OwnNeedFragment, SharedMatchFragment } from '../../gql/graphql';

// Fragments are declared for codegen and spread by the operations below; their types are generated.
graphql(`
  fragment OwnNeed on Need {
    id
    title
    description
    keywords
    desiredOutcome
    timeline
    budgetBand
    confidentiality
    status
    updatedAt
  }
`);
export type OwnNeed = OwnNeedFragment;

export const OWN_NEEDS = graphql(`
  query OwnNeeds($companyId: ID) {
    needs(companyId: $companyId, first: 100, sort: UPDATED_AT) {
      totalCount
      edges {
        node {
          ...OwnNeed
        }
      }
    }
  }
`);
export const CREATE_NEED = graphql(`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      ...OwnNeed
    }
  }
`);
export const UPDATE_NEED = graphql(`
  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {
    updateNeed(id: $id, input: $input) {
      ...OwnNeed
    }
  }
`);

graphql(`
  fragment SharedMatch on Match {
    id
    kind
    status
    score
    need {
      id
      title
    }
    seed {
      title
      summary
    }
    equipment {
      name
      description
    }
    researcher {
      name
      title
      profile
    }
    explanation {
      surface
      term
      share
    }
    companyAnswer {
      interested
      note
      at
      byName
    }
  }
`);
export type SharedMatch = SharedMatchFragment;

/** A company sees a need's matches once they are SHARED or later; the API filters the rest out. */
export const SHARED_MATCHES = graphql(`
  query SharedMatches($needId: ID!) {
    matchesForNeed(needId: $needId, first: 50) {
      edges {
        node {
          ...SharedMatch
        }
      }
    }
  }
`);
export const ANSWER = graphql(`
  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {
    answerMatch(matchId: $matchId, interested: $interested, note: $note) {
      ...SharedMatch
    }
  }
`);
