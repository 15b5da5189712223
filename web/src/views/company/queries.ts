import type { BudgetBand, Confidentiality, MatchKind, MatchStatus, NeedStatus } from '../../lib/domain';

export interface OwnNeed {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  desiredOutcome: string;
  timeline: string;
  budgetBand: BudgetBand;
  confidentiality: Confidentiality;
  status: NeedStatus;
  updatedAt: string;
}

const NEED_FIELDS = 'id title description keywords desiredOutcome timeline budgetBand confidentiality status updatedAt';

export const OWN_NEEDS = `query OwnNeeds($companyId: ID) {
  needs(companyId: $companyId, first: 100, sort: UPDATED_AT) { totalCount edges { node { ${NEED_FIELDS} } } }
}`;
export const CREATE_NEED = `mutation CreateNeed($input: CreateNeedInput!) { createNeed(input: $input) { ${NEED_FIELDS} } }`;
export const UPDATE_NEED = `mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) { updateNeed(id: $id, input: $input) { ${NEED_FIELDS} } }`;

export interface SharedMatch {
  id: string;
  kind: MatchKind;
  status: MatchStatus;
  score: number;
  need: { id: string; title: string } | null;
  seed: { title: string; summary: string } | null;
  equipment: { name: string; description: string } | null;
  researcher: { name: string; title: string; profile: string } | null;
  explanation: { surface: string; term: string; share: number }[];
  companyAnswer: { interested: boolean; note: string | null; at: string; byName: string } | null;
}

const SHARED_FIELDS = `id kind status score need { id title }
  seed { title summary } equipment { name description } researcher { name title profile }
  explanation { surface term share } companyAnswer { interested note at byName }`;

/** A company sees a need's matches once they are SHARED or later; the API filters the rest out. */
export const SHARED_MATCHES = `query SharedMatches($needId: ID!) {
  matchesForNeed(needId: $needId, first: 50) { edges { node { ${SHARED_FIELDS} } } }
}`;
export const ANSWER = `mutation Answer($matchId: ID!, $interested: Boolean!, $note: String) {
  answerMatch(matchId: $matchId, interested: $interested, note: $note) { ${SHARED_FIELDS} }
}`;
