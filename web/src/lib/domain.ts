/** API enums and the review workflow, as the client needs them. */
export type MatchStatus = 'SUGGESTED' | 'SHORTLISTED' | 'SHARED' | 'INTRODUCED' | 'MEETING_HELD' | 'AGREED' | 'DECLINED' | 'STALLED';
export type DeclineReason = 'OFF_TOPIC' | 'ALREADY_KNOWN' | 'COMPANY_NOT_READY' | 'RESEARCHER_UNAVAILABLE' | 'IP_CONFLICT' | 'OTHER';
export type AgreementKind = 'JOINT_RESEARCH' | 'LICENCE' | 'EQUIPMENT_USE';
export type MatchKind = 'SEED' | 'EQUIPMENT' | 'RESEARCHER';
export type BudgetBand = 'UNDER_1M' | 'FROM_1M_TO_5M' | 'FROM_5M_TO_20M' | 'OVER_20M' | 'UNDECIDED';
export type Confidentiality = 'PRIVATE' | 'REGION' | 'PUBLIC';
export type NeedStatus = 'OPEN' | 'IN_DISCUSSION' | 'SOLVED' | 'WITHDRAWN';

export const DECLINE_REASONS: DeclineReason[] = ['OFF_TOPIC', 'ALREADY_KNOWN', 'COMPANY_NOT_READY', 'RESEARCHER_UNAVAILABLE', 'IP_CONFLICT', 'OTHER'];
export const AGREEMENT_KINDS: AgreementKind[] = ['JOINT_RESEARCH', 'LICENCE', 'EQUIPMENT_USE'];
export const BUDGET_BANDS: BudgetBand[] = ['UNDECIDED', 'UNDER_1M', 'FROM_1M_TO_5M', 'FROM_5M_TO_20M', 'OVER_20M'];
export const CONFIDENTIALITIES: Confidentiality[] = ['PRIVATE', 'REGION', 'PUBLIC'];
export const NEED_STATUSES: NeedStatus[] = ['OPEN', 'IN_DISCUSSION', 'SOLVED', 'WITHDRAWN'];

/**
 * The allowed moves, copied from the server (src/modules/match-review/match-review.rules.ts
 * TRANSITIONS) so the card offers only buttons the API accepts; the server still decides.
 */
export const TRANSITIONS: Record<MatchStatus, MatchStatus[]> = {
  SUGGESTED: ['SHORTLISTED', 'DECLINED'],
  SHORTLISTED: ['SHARED', 'DECLINED'],
  SHARED: ['INTRODUCED', 'DECLINED', 'STALLED'],
  INTRODUCED: ['MEETING_HELD', 'DECLINED', 'STALLED'],
  MEETING_HELD: ['AGREED', 'DECLINED', 'STALLED'],
  STALLED: ['SHARED', 'INTRODUCED', 'MEETING_HELD', 'DECLINED'],
  AGREED: [],
  DECLINED: [],
};

export function formatScore(score: number): string {
  return `${Math.round(score * 100)}`;
}

export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
