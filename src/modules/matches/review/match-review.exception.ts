import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { MatchStatus } from '../models/match.model';
import { TransitionProblem } from './match-review.rules';

export class ReviewNeedNotFoundError extends AppError {
  constructor(id: string, field = 'needId') {
    super(ErrorCode.NotFound, `No need with id ${id}`, { field });
  }
}

export class ReviewCoordinatorNotFoundError extends AppError {
  constructor(id: string, field = 'coordinatorId') {
    super(ErrorCode.NotFound, `No coordinator with id ${id}`, { field });
  }
}

/** A transition the workflow does not allow, or one missing what it needs (a reason, a kind). */
export class TransitionRefusedError extends AppError {
  constructor(problem: TransitionProblem, current: MatchStatus, requested: MatchStatus) {
    super(ErrorCode.BadUserInput, problem.message, {
      field: problem.field,
      fields: [problem.field],
      currentStatus: current,
      requestedStatus: requested,
    });
  }
}

/** Someone else changed the match between our read and our write: nothing was written. */
export class MatchChangedError extends AppError {
  constructor(id: string, expected: MatchStatus, actual: string | null) {
    super(
      ErrorCode.Conflict,
      `Match ${id} changed while you acted: it is ${actual ?? 'gone'} now, not ${expected}; read it again`,
      { field: 'matchId', currentStatus: actual },
    );
  }
}

export class CoordinatorOutsideRegionError extends AppError {
  constructor() {
    super(ErrorCode.BadUserInput, "The coordinator does not cover the need's region", {
      field: 'coordinatorId',
      fields: ['coordinatorId'],
    });
  }
}

export class PeriodError extends AppError {
  constructor() {
    super(ErrorCode.BadUserInput, 'to must be after from', { field: 'to', fields: ['to'] });
  }
}
