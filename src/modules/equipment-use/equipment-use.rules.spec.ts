import { EquipmentUseStatus } from './models/equipment-use.model';
import { sideOf, UseSide, useTransitionProblem } from './equipment-use.rules';

const S = EquipmentUseStatus;
const ALL = Object.values(EquipmentUseStatus);

/** The workflow written out by hand, independently of USE_TRANSITIONS. */
const EXPECTED: [EquipmentUseStatus, EquipmentUseStatus, UseSide][] = [
  [S.REQUESTED, S.APPROVED, UseSide.HOST],
  [S.REQUESTED, S.TIME_PROPOSED, UseSide.HOST],
  [S.REQUESTED, S.REFUSED, UseSide.HOST],
  [S.REQUESTED, S.CANCELLED, UseSide.COMPANY],
  [S.TIME_PROPOSED, S.APPROVED, UseSide.COMPANY],
  [S.TIME_PROPOSED, S.REQUESTED, UseSide.COMPANY],
  [S.TIME_PROPOSED, S.REFUSED, UseSide.HOST],
  [S.TIME_PROPOSED, S.CANCELLED, UseSide.COMPANY],
  [S.APPROVED, S.CANCELLED, UseSide.COMPANY],
];

const extras = (to: EquipmentUseStatus) => ({
  proposedFrom: to === S.TIME_PROPOSED ? new Date('2026-12-01T09:00:00Z') : null,
  proposedTo: to === S.TIME_PROPOSED ? new Date('2026-12-01T17:00:00Z') : null,
  refusalReason: to === S.REFUSED ? 'Under maintenance' : null,
});

describe('equipment use transitions', () => {
  it('allows exactly the hand-written moves, each for its side', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        const expected = EXPECTED.find(([f, t]) => f === from && t === to);
        expect({ from, to, side: sideOf(from, to) }).toEqual({ from, to, side: expected?.[2] ?? null });
        const problem = useTransitionProblem({ from, to, ...extras(to) });
        if (expected) expect(problem).toBeNull();
        else
          expect(problem).toMatchObject({
            field: 'to',
            message: expect.stringContaining(`from ${from} to ${to}`) as string,
          });
      }
    }
  });

  it('says which statuses are final', () => {
    expect(useTransitionProblem({ from: S.REFUSED, to: S.APPROVED })?.message).toContain('REFUSED is final');
    expect(useTransitionProblem({ from: S.REQUESTED, to: S.REQUESTED })?.message).toContain(
      'from REQUESTED: APPROVED, TIME_PROPOSED, REFUSED, CANCELLED',
    );
  });

  it('a proposed time needs a period that ends after it starts, and only on TIME_PROPOSED', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
    expect(useTransitionProblem({ from: S.REQUESTED, to: S.TIME_PROPOSED })?.field).toBe('proposedFrom');
    expect(useTransitionProblem({ from: S.REQUESTED, to: S.TIME_PROPOSED, proposedFrom: at(9) })?.field).toBe(
      'proposedTo',
    );
    expect(
      useTransitionProblem({ from: S.REQUESTED, to: S.TIME_PROPOSED, proposedFrom: at(9), proposedTo: at(9) }),
    ).toEqual({
      field: 'proposedTo',
      message: 'proposedTo must be after proposedFrom',
    });
    expect(useTransitionProblem({ from: S.REQUESTED, to: S.APPROVED, proposedTo: at(9) })?.field).toBe('proposedTo');
  });

  it('a refusal needs a reason, and only a refusal takes one', () => {
    expect(useTransitionProblem({ from: S.REQUESTED, to: S.REFUSED })?.field).toBe('refusalReason');
    expect(useTransitionProblem({ from: S.REQUESTED, to: S.APPROVED, refusalReason: 'x' })?.field).toBe(
      'refusalReason',
    );
    expect(useTransitionProblem({ from: S.TIME_PROPOSED, to: S.REFUSED, refusalReason: 'Booked out' })).toBeNull();
  });
});
