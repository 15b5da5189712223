import { MatchStatus } from '../models/match.model';
import { recipientsOf } from './match-notification.service';
import { NotificationContext } from './match-review.repository';
import { MatchEvent, MatchEventKind } from '../models/match-review.model';

const coordA = { id: 'u-coord-a', email: 'coord-a1@example.jp' };
const coordA2 = { id: 'u-coord-a2', email: 'coord-a2@example.jp' };
const company = { id: 'u-company', email: 'company@example.jp' };

const ctx = (event: Partial<MatchEvent>): NotificationContext => ({
  event: {
    id: 'e',
    at: new Date(),
    kind: MatchEventKind.STATUS,
    byUserId: coordA.id,
    byName: 'A',
    from: MatchStatus.SUGGESTED,
    to: MatchStatus.SHORTLISTED,
    note: null,
    reason: null,
    agreementKind: null,
    interested: null,
    ...event,
  },
  matchId: 'm',
  needTitle: 'Need',
  notified: false,
  coordinators: [coordA, coordA2],
  companyUsers: [company],
});

describe('who hears of a match event', () => {
  it('the region coordinators but not the author, while the company cannot see the match', () => {
    expect(recipientsOf(ctx({}))).toEqual([coordA2.email]);
    expect(recipientsOf(ctx({ to: MatchStatus.DECLINED, from: MatchStatus.SUGGESTED }))).toEqual([coordA2.email]);
    expect(recipientsOf(ctx({ kind: MatchEventKind.NOTE, from: MatchStatus.SHARED, to: MatchStatus.SHARED }))).toEqual([
      coordA2.email,
    ]);
  });

  it('the company too when the match moves to a status it sees', () => {
    for (const to of [MatchStatus.SHARED, MatchStatus.INTRODUCED, MatchStatus.MEETING_HELD, MatchStatus.AGREED]) {
      expect(recipientsOf(ctx({ to }))).toEqual([company.email, coordA2.email]);
    }
  });

  it("the coordinators of the company's answer, not the company that gave it", () => {
    expect(
      recipientsOf(
        ctx({ kind: MatchEventKind.ANSWER, byUserId: company.id, from: MatchStatus.SHARED, to: MatchStatus.SHARED }),
      ),
    ).toEqual([coordA.email, coordA2.email]);
  });

  it('everyone concerned of a system event (stalled detection)', () => {
    expect(recipientsOf(ctx({ byUserId: 'system', from: MatchStatus.INTRODUCED, to: MatchStatus.STALLED }))).toEqual([
      coordA.email,
      coordA2.email,
    ]);
  });
});
