import { ConfigError, loadConfig } from '../../../config/app-config';
import { MatchStatus } from '../models/match.model';
import {
  answerChangeable,
  canUndo,
  daysBetween,
  isStalled,
  median,
  OPEN_STATUSES,
  stalledCutoff,
  transitionProblem,
  TRANSITIONS,
} from './match-review.rules';
import { AgreementKind, DeclineReason } from '../models/match-review.model';

const S = MatchStatus;
const ALL = Object.values(MatchStatus);

/** What each transition needs beyond from and to, so allowed moves are tested as allowed. */
const extras = (to: MatchStatus) => ({
  declineReason: to === S.DECLINED ? DeclineReason.OFF_TOPIC : null,
  agreementKind: to === S.AGREED ? AgreementKind.JOINT_RESEARCH : null,
});

describe('match status transitions', () => {
  const allowed: [MatchStatus, MatchStatus][] = [
    [S.SUGGESTED, S.SHORTLISTED],
    [S.SHORTLISTED, S.SHARED],
    [S.SHARED, S.INTRODUCED],
    [S.INTRODUCED, S.MEETING_HELD],
    [S.MEETING_HELD, S.AGREED],
    ...OPEN_STATUSES.map((from): [MatchStatus, MatchStatus] => [from, S.DECLINED]),
    [S.SHARED, S.STALLED],
    [S.INTRODUCED, S.STALLED],
    [S.MEETING_HELD, S.STALLED],
    [S.STALLED, S.SHARED],
    [S.STALLED, S.INTRODUCED],
    [S.STALLED, S.MEETING_HELD],
  ];
  const key = (from: MatchStatus, to: MatchStatus) => `${from}->${to}`;
  const allowedKeys = new Set(allowed.map(([f, t]) => key(f, t)));

  it('the table holds exactly the workflow', () => {
    const table = ALL.flatMap((from) => TRANSITIONS[from].map((to) => key(from, to)));
    expect(new Set(table)).toEqual(allowedKeys);
  });

  it.each(allowed)('allows %s -> %s', (from, to) => {
    expect(transitionProblem({ from, to, ...extras(to) })).toBeNull();
  });

  const refused = ALL.flatMap((from) =>
    ALL.filter((to) => !allowedKeys.has(key(from, to))).map((to): [MatchStatus, MatchStatus] => [from, to]),
  );
  it.each(refused)('refuses %s -> %s, naming both', (from, to) => {
    const problem = transitionProblem({ from, to, ...extras(to) });
    expect(problem?.field).toBe('to');
    expect(problem?.message).toContain(from);
    expect(problem?.message).toContain(to);
  });

  it('refuses skipping a step, going back, and leaving a final status', () => {
    expect(transitionProblem({ from: S.SUGGESTED, to: S.SHARED })?.field).toBe('to');
    expect(transitionProblem({ from: S.SHARED, to: S.SHORTLISTED })?.field).toBe('to');
    expect(transitionProblem({ from: S.DECLINED, to: S.SUGGESTED })?.message).toContain('final');
    expect(
      transitionProblem({ from: S.AGREED, to: S.DECLINED, declineReason: DeclineReason.OTHER, note: 'x' })?.field,
    ).toBe('to');
  });

  it('a move can be undone exactly when the workflow allows the way straight back', () => {
    const undoable = allowed.filter(([from, to]) => canUndo(from, to)).map(([from, to]) => key(from, to));
    // Only stalling and resuming go both ways.
    const stallAndResume = [S.SHARED, S.INTRODUCED, S.MEETING_HELD].flatMap((s) => [
      key(s, S.STALLED),
      key(S.STALLED, s),
    ]);
    expect(undoable.sort()).toEqual(stallAndResume.sort());
    expect(canUndo(S.SUGGESTED, S.DECLINED)).toBe(false);
    expect(canUndo(S.SUGGESTED, S.SHORTLISTED)).toBe(false);
  });

  it('a decline needs a coded reason, and a note for OTHER', () => {
    expect(transitionProblem({ from: S.SHARED, to: S.DECLINED })?.field).toBe('declineReason');
    expect(transitionProblem({ from: S.SHARED, to: S.DECLINED, declineReason: DeclineReason.OTHER })?.field).toBe(
      'note',
    );
    expect(
      transitionProblem({ from: S.SHARED, to: S.DECLINED, declineReason: DeclineReason.OTHER, note: 'budget frozen' }),
    ).toBeNull();
    expect(
      transitionProblem({ from: S.SUGGESTED, to: S.SHORTLISTED, declineReason: DeclineReason.IP_CONFLICT })?.field,
    ).toBe('declineReason');
  });

  it('an agreement needs its kind, and only an agreement has one', () => {
    expect(transitionProblem({ from: S.MEETING_HELD, to: S.AGREED })?.field).toBe('agreementKind');
    expect(transitionProblem({ from: S.MEETING_HELD, to: S.AGREED, agreementKind: AgreementKind.LICENCE })).toBeNull();
    expect(transitionProblem({ from: S.SHARED, to: S.INTRODUCED, agreementKind: AgreementKind.LICENCE })?.field).toBe(
      'agreementKind',
    );
  });
});

describe("the company's answer", () => {
  it('may be given or changed while the match is shared, until a status change after it settles it', () => {
    const open = Object.values(MatchStatus).filter((status) => answerChangeable({ status }));
    expect(open).toEqual([MatchStatus.SHARED, MatchStatus.INTRODUCED, MatchStatus.MEETING_HELD, MatchStatus.AGREED]);
    for (const status of Object.values(MatchStatus))
      expect(answerChangeable({ status, companyAnswerSettled: true })).toBe(false);
  });
});

describe('stalled detection', () => {
  const now = new Date('2026-06-30T12:00:00Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 24 * 3600 * 1000);

  it('flags follow-up statuses idle for at least N days, and nothing else', () => {
    expect(isStalled({ status: S.INTRODUCED, lastActivityAt: daysAgo(30) }, now, 30)).toBe(true);
    expect(isStalled({ status: S.MEETING_HELD, lastActivityAt: daysAgo(45) }, now, 30)).toBe(true);
    expect(isStalled({ status: S.INTRODUCED, lastActivityAt: daysAgo(29.9) }, now, 30)).toBe(false);
    for (const status of [S.SUGGESTED, S.SHORTLISTED, S.SHARED, S.AGREED, S.DECLINED, S.STALLED]) {
      expect(isStalled({ status, lastActivityAt: daysAgo(400) }, now, 30)).toBe(false);
    }
  });

  it('the cutoff is the last activity time that still counts as stalled', () => {
    const cutoff = stalledCutoff(now, 30);
    expect(isStalled({ status: S.INTRODUCED, lastActivityAt: cutoff }, now, 30)).toBe(true);
    expect(isStalled({ status: S.INTRODUCED, lastActivityAt: new Date(cutoff.getTime() + 1) }, now, 30)).toBe(false);
  });
});

describe('median and days', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 8])).toBe(6);
  });

  it('counts fractional days', () => {
    expect(daysBetween(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-11T12:00:00Z'))).toBe(10.5);
  });
});

describe('MATCH_STALLED_AFTER_DAYS', () => {
  it('defaults to 30 days and takes a whole number of days', () => {
    expect(loadConfig({}).matchReview.stalledAfterDays).toBe(30);
    expect(loadConfig({ MATCH_STALLED_AFTER_DAYS: '14' }).matchReview.stalledAfterDays).toBe(14);
  });

  it.each(['0', '-3', '1.5', 'soon', '3651'])('refuses %s at boot, naming the variable', (value) => {
    expect(() => loadConfig({ MATCH_STALLED_AFTER_DAYS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ MATCH_STALLED_AFTER_DAYS: value })).toThrow(/MATCH_STALLED_AFTER_DAYS/);
  });
});
