import type { AgreementKind, DeclineReason, MatchKind, MatchStatus } from '../../lib/domain';

export interface InboxItem {
  id: string;
  score: number;
  kind: MatchKind;
  status: MatchStatus;
  need: { id: string; title: string; company: { name: string } } | null;
  seed: { title: string } | null;
  equipment: { name: string } | null;
  researcher: { name: string } | null;
}

export const INBOX = `query Inbox($first: Int!) {
  reviewInbox(first: $first) {
    totalCount
    edges { node { id score kind status
      need { id title company { name } }
      seed { title } equipment { name } researcher { name } } }
  }
}`;

export interface MatchEvent {
  id: string;
  at: string;
  kind: 'STATUS' | 'NOTE' | 'ANSWER';
  byName: string;
  from: MatchStatus;
  to: MatchStatus;
  note: string | null;
  reason: DeclineReason | null;
  agreementKind: AgreementKind | null;
  interested: boolean | null;
}

export interface MatchDetail {
  id: string;
  kind: MatchKind;
  status: MatchStatus;
  score: number;
  note: string | null;
  explanation: { surface: string; term: string; share: number }[];
  path: { summary: string; relations: string[]; nodes: { id: string; kind: string; name: string }[] } | null;
  need: { id: string; title: string; description: string; keywords: string[]; company: { name: string } } | null;
  seed: { id: string; title: string; summary: string; keywords: string[] } | null;
  equipment: { id: string; name: string; description: string; specifications: string } | null;
  researcher: { id: string; name: string; title: string; profile: string; fields: string[] } | null;
  history: MatchEvent[];
  companyAnswer: { interested: boolean; note: string | null; at: string; byName: string } | null;
}

const MATCH_FIELDS = `id kind status score note
  explanation { surface term share }
  path { summary relations nodes { id kind name } }
  need { id title description keywords company { name } }
  seed { id title summary keywords }
  equipment { id name description specifications }
  researcher { id name title profile fields }
  history { id at kind byName from to note reason agreementKind interested }
  companyAnswer { interested note at byName }`;

export const MATCH = `query Match($id: ID!) { match(id: $id) { ${MATCH_FIELDS} } }`;

export const CHANGE_STATUS = `mutation ChangeStatus($matchId: ID!, $to: MatchStatus!, $note: String, $declineReason: DeclineReason, $agreementKind: AgreementKind) {
  changeMatchStatus(matchId: $matchId, to: $to, note: $note, declineReason: $declineReason, agreementKind: $agreementKind) { ${MATCH_FIELDS} }
}`;

/** The target's name, whatever its kind (null when hidden from the viewer). */
export function targetName(m: Pick<InboxItem, 'seed' | 'equipment' | 'researcher'>): string {
  return m.seed?.title ?? m.equipment?.name ?? m.researcher?.name ?? '—';
}
