import { MatchStatus, SHARED_STATUSES } from '../models/match.model';
import { AgreementKind, DeclineReason } from '../models/match-review.model';

const S = MatchStatus;

/** Statuses from which a match can still move on; AGREED and DECLINED are final. */
export const OPEN_STATUSES: MatchStatus[] = [
  S.SUGGESTED,
  S.SHORTLISTED,
  S.SHARED,
  S.INTRODUCED,
  S.MEETING_HELD,
  S.STALLED,
];

/** Statuses the stalled detection looks at: the people were introduced and follow-up is due. */
export const FOLLOW_UP_STATUSES: MatchStatus[] = [S.INTRODUCED, S.MEETING_HELD];

/**
 * The allowed transitions. The happy path goes one step at a time, so every match that is agreed
 * was shared with the company and introduced first (the KPIs count on it). A stalled match resumes
 * at any stage after sharing, since follow-up may learn the meeting took place after all.
 */
export const TRANSITIONS: Record<MatchStatus, MatchStatus[]> = {
  [S.SUGGESTED]: [S.SHORTLISTED, S.DECLINED],
  [S.SHORTLISTED]: [S.SHARED, S.DECLINED],
  [S.SHARED]: [S.INTRODUCED, S.DECLINED, S.STALLED],
  [S.INTRODUCED]: [S.MEETING_HELD, S.DECLINED, S.STALLED],
  [S.MEETING_HELD]: [S.AGREED, S.DECLINED, S.STALLED],
  [S.STALLED]: [S.SHARED, S.INTRODUCED, S.MEETING_HELD, S.DECLINED],
  [S.AGREED]: [],
  [S.DECLINED]: [],
};

/** Whether a move from `from` to `to` can be undone: the workflow allows moving from `to` straight back. */
export const canUndo = (from: MatchStatus, to: MatchStatus): boolean => TRANSITIONS[to].includes(from);

export interface TransitionRequest {
  from: MatchStatus;
  to: MatchStatus;
  note?: string | null;
  declineReason?: DeclineReason | null;
  agreementKind?: AgreementKind | null;
}

/** Why a transition is refused, naming the argument at fault; null when it is allowed. */
export interface TransitionProblem {
  field: 'to' | 'note' | 'declineReason' | 'agreementKind';
  message: string;
}

export function transitionProblem(request: TransitionRequest): TransitionProblem | null {
  const { from, to } = request;
  if (!TRANSITIONS[from].includes(to)) {
    const allowed = TRANSITIONS[from];
    return {
      field: 'to',
      message:
        `A match cannot go from ${from} to ${to}` +
        (allowed.length ? ` (from ${from}: ${allowed.join(', ')})` : ` (${from} is final)`),
    };
  }
  if (to === S.DECLINED && !request.declineReason)
    return { field: 'declineReason', message: 'Declining needs a declineReason' };
  if (to !== S.DECLINED && request.declineReason)
    return { field: 'declineReason', message: 'declineReason is only for DECLINED' };
  if (request.declineReason === DeclineReason.OTHER && !request.note) {
    return { field: 'note', message: 'A decline for reason OTHER needs a note saying why' };
  }
  if (to === S.AGREED && !request.agreementKind)
    return { field: 'agreementKind', message: 'An agreement needs an agreementKind' };
  if (to !== S.AGREED && request.agreementKind)
    return { field: 'agreementKind', message: 'agreementKind is only for AGREED' };
  return null;
}

/**
 * Whether the need's company may answer a match now, or change the answer it gave: while the match
 * is shared with it (SHARED or later, not DECLINED or STALLED), until the coordinator acts on the
 * answer, i.e. until the first status change after it (which sets `companyAnswerSettled`).
 */
export function answerChangeable(match: { status: MatchStatus; companyAnswerSettled?: boolean | null }): boolean {
  return SHARED_STATUSES.includes(match.status) && match.companyAnswerSettled !== true;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * A match is stalled when it sits in a follow-up status and nothing happened to it (no event, or
 * since it was created when it has none) for `afterDays` whole days up to `now`.
 */
export function isStalled(match: { status: MatchStatus; lastActivityAt: Date }, now: Date, afterDays: number): boolean {
  return (
    FOLLOW_UP_STATUSES.includes(match.status) && now.getTime() - match.lastActivityAt.getTime() >= afterDays * DAY_MS
  );
}

/** The time before which a match's last activity makes it stalled at `now`. */
export const stalledCutoff = (now: Date, afterDays: number) => new Date(now.getTime() - afterDays * DAY_MS);

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const daysBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / DAY_MS;
