/**
 * Display helpers, and the API's enums in the order the forms list them. The enum types come from
 * schema.gql (../gql): a value the schema adds makes its list fail to compile instead of going
 * missing from a form.
 */
import { graphql } from '../gql';
import type {
  AgreementKind,
  BudgetBand,
  Confidentiality,
  DeclineReason,
  MatchKind,
  MatchStatus,
  NeedStatus,
} from '../gql/graphql';

/** The members of `T` in the order given; the compiler refuses a list that leaves one out. */
const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(
    ...list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })
  ): readonly T[] =>
    list;

export const DECLINE_REASONS = allOf<DeclineReason>()(
  'OFF_TOPIC',
  'ALREADY_KNOWN',
  'COMPANY_NOT_READY',
  'RESEARCHER_UNAVAILABLE',
  'IP_CONFLICT',
  'OTHER',
);
export const AGREEMENT_KINDS = allOf<AgreementKind>()('JOINT_RESEARCH', 'LICENCE', 'EQUIPMENT_USE');
export const BUDGET_BANDS = allOf<BudgetBand>()('UNDECIDED', 'UNDER_1M', 'FROM_1M_TO_5M', 'FROM_5M_TO_20M', 'OVER_20M');
export const CONFIDENTIALITIES = allOf<Confidentiality>()('PRIVATE', 'REGION', 'PUBLIC');
/** The review workflow's stages in the order a match goes through them; the closed ones last. */
export const MATCH_STATUSES = allOf<MatchStatus>()(
  'SUGGESTED',
  'SHORTLISTED',
  'SHARED',
  'INTRODUCED',
  'MEETING_HELD',
  'AGREED',
  'STALLED',
  'DECLINED',
);
export const MATCH_KINDS = allOf<MatchKind>()('SEED', 'EQUIPMENT', 'RESEARCHER');
export const NEED_STATUSES = allOf<NeedStatus>()('OPEN', 'IN_DISCUSSION', 'SOLVED', 'WITHDRAWN');

// Declared for codegen and spread by the match page's and the company's queries: who holds a seed,
// its field, stage and IP, read the same way wherever a seed is shown with its holders.
graphql(`
  fragment SeedHolding on Seed {
    field
    stage
    ipStatus
    ipNumbers
    holderResearchers {
      id
      name
      title
      affiliations {
        name
      }
    }
    holderOrganizations {
      id
      name
    }
  }
`);

export function formatScore(score: number): string {
  return `${Math.round(score * 100)}`;
}

export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
