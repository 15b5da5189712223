import { graphql } from '../../gql';
import type {
  EquipmentSummaryFragment,
  NeedPageQuery,
  OwnNeedFragment,
  SharedMatchFragment,
  UseRequestFragment,
} from '../../gql/graphql';

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
          createdAt
          matchesComputedAt
          matchesUnderReview
        }
      }
    }
  }
`);

/** How many matches of a need are shared with the company (the API lists a company SHARED and later only). */
export const SHARED_COUNT = graphql(`
  query SharedCount($needId: ID!) {
    matchesForNeed(needId: $needId, first: 1) {
      totalCount
    }
  }
`);

export const EDIT_NEED = graphql(`
  query EditNeed($id: ID!) {
    need(id: $id) {
      ...OwnNeed
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
    answerChangeable
    agreementKind
    need {
      id
      title
    }
    seed {
      title
      summary
      ...SeedHolding
    }
    equipment {
      id
      name
      description
      category
      availability
      fees
      conditions
      host {
        name
      }
    }
    researcher {
      name
      title
      profile
      fields
      affiliations {
        name
      }
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
    history {
      id
      kind
      from
      to
      at
      note
      interested
    }
  }
`);
export type SharedMatch = SharedMatchFragment;

/** A need, and its matches shared with the company (SHARED and later; the API filters the rest out). */
export const NEED_PAGE = graphql(`
  query NeedPage($id: ID!) {
    need(id: $id) {
      ...OwnNeed
      createdAt
      matchesComputedAt
      matchesUnderReview
      company {
        name
      }
      region {
        name
      }
    }
    matchesForNeed(needId: $id, first: 50) {
      totalCount
      edges {
        node {
          ...SharedMatch
        }
      }
    }
  }
`);
export type NeedDetail = NeedPageQuery['need'];

export const ANSWER = graphql(`
  mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {
    answerMatch(matchId: $matchId, interested: $interested, note: $note) {
      ...SharedMatch
    }
  }
`);

graphql(`
  fragment EquipmentSummary on Equipment {
    id
    name
    category
    description
    availability
    conditions
    fees
    host {
      name
      region {
        name
      }
    }
  }
`);
export type EquipmentSummary = EquipmentSummaryFragment;

export const EQUIPMENTS = graphql(`
  query Equipments($keyword: String, $availability: EquipmentAvailability) {
    equipments(first: 100, keyword: $keyword, availability: $availability) {
      totalCount
      edges {
        node {
          ...EquipmentSummary
        }
      }
    }
  }
`);

graphql(`
  fragment UseRequest on EquipmentUseRequest {
    id
    equipmentId
    matchId
    status
    purpose
    wishedFrom
    wishedTo
    proposedFrom
    proposedTo
    refusalReason
    createdAt
    statusChangedAt
    history {
      id
      from
      to
      at
      byName
      note
      proposedFrom
      proposedTo
      reason
    }
  }
`);
export type UseRequest = UseRequestFragment;

export const USE_REQUESTS = graphql(`
  query UseRequests {
    equipmentUseRequests(first: 100) {
      totalCount
      edges {
        node {
          ...UseRequest
        }
      }
    }
  }
`);
export const USE_REQUEST = graphql(`
  query UseRequestPage($id: ID!) {
    equipmentUseRequest(id: $id) {
      ...UseRequest
    }
  }
`);
export const EQUIPMENT = graphql(`
  query EquipmentOne($id: ID!) {
    equipment(id: $id) {
      ...EquipmentSummary
      specifications
      supportStaff {
        name
        title
      }
    }
  }
`);
export const REQUEST_USE = graphql(`
  mutation RequestUse($input: RequestEquipmentUseInput!) {
    requestEquipmentUse(input: $input) {
      ...UseRequest
    }
  }
`);
export const CHANGE_USE = graphql(`
  mutation ChangeUse($requestId: ID!, $to: EquipmentUseStatus!, $note: String) {
    changeEquipmentUseStatus(requestId: $requestId, to: $to, note: $note) {
      ...UseRequest
    }
  }
`);
