/**
 * The need form's rules, mirroring the server's (src/modules/needs/dto/need.inputs.ts with
 * src/common/validation: texts are trimmed, counted in code points, with no control characters but
 * tab and newline; keyword lists are trimmed and de-duplicated). The server checks again.
 */
import type { MessageKey } from '../../lib/i18n';
import type { BudgetBand, Confidentiality, NeedStatus } from '../../gql/graphql';

export const NEED_LIMITS = { title: 200, description: 20_000, shortText: 1_000, keywords: 50, keyword: 100 } as const;
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const length = (s: string) => [...s].length;

export interface NeedDraft {
  title: string;
  description: string;
  keywords: string;
  desiredOutcome: string;
  timeline: string;
  budgetBand: BudgetBand;
  confidentiality: Confidentiality;
  status: NeedStatus;
}

export type NeedField = keyof NeedDraft;
export type FieldProblem = { key: MessageKey; params?: Record<string, number> };

export function keywordList(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,、,\n]/)
        .map((k) => k.trim())
        .filter(Boolean),
    ),
  ];
}

function text(value: string, min: number, max: number): FieldProblem | null {
  const v = value.trim();
  if (length(v) < min) return { key: 'rule.required' };
  if (length(v) > max) return { key: 'rule.max', params: { max } };
  if (CONTROL.test(v)) return { key: 'rule.control' };
  return null;
}

/** Problems by field; empty when the draft may be sent. */
export function validateNeed(draft: NeedDraft): Partial<Record<NeedField, FieldProblem>> {
  const problems: Partial<Record<NeedField, FieldProblem>> = {};
  const add = (field: NeedField, problem: FieldProblem | null) => {
    if (problem) problems[field] = problem;
  };
  add('title', text(draft.title, 1, NEED_LIMITS.title));
  add('description', text(draft.description, 1, NEED_LIMITS.description));
  add('desiredOutcome', text(draft.desiredOutcome, 0, NEED_LIMITS.shortText));
  add('timeline', text(draft.timeline, 0, NEED_LIMITS.shortText));
  const keywords = keywordList(draft.keywords);
  if (keywords.length > NEED_LIMITS.keywords)
    add('keywords', { key: 'rule.keywordsCount', params: { max: NEED_LIMITS.keywords } });
  else if (keywords.some((k) => length(k) > NEED_LIMITS.keyword))
    add('keywords', { key: 'rule.keywordLength', params: { max: NEED_LIMITS.keyword } });
  else if (keywords.some((k) => CONTROL.test(k))) add('keywords', { key: 'rule.control' });
  return problems;
}

/** The GraphQL input for createNeed / updateNeed. */
export function needInput(draft: NeedDraft) {
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    keywords: keywordList(draft.keywords),
    desiredOutcome: draft.desiredOutcome.trim(),
    timeline: draft.timeline.trim(),
    budgetBand: draft.budgetBand,
    confidentiality: draft.confidentiality,
    status: draft.status,
  };
}
