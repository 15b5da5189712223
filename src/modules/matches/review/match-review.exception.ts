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

/** The company changing an answer the coordinator has acted on (answerChangeable): nothing was written. */
export class AnswerSettledError extends AppError {
  constructor(id: string, status: MatchStatus) {
    super(
      ErrorCode.Conflict,
      `Match ${id} moved to ${status} after your answer: the coordinator has acted on it, so it can no longer be changed`,
      { field: 'matchId', currentStatus: status },
    );
  }
}

/** One match of a bulk move that may not move, and why (the error a single move would get). */
export interface BulkMoveProblem {
  index: number;
  matchId: string;
  code: ErrorCode;
  message: string;
  field: string | null;
}

/**
 * A bulk move refused because at least one of its matches may not move: nothing was written. The
 * code, message and details are the first refused match's (as changeMatchStatus would answer for
 * it), naming that match; `problems` lists every refused match.
 */
export class BulkMoveRefusedError extends AppError {
  constructor(problems: { index: number; matchId: string; error: AppError }[]) {
    const [first] = problems;
    const fieldOf = (error: AppError) => {
      const field = error.details?.field;
      return typeof field === 'string' ? (field === 'matchId' ? 'matchIds' : field) : null;
    };
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more refused; see problems)` : '';
    super(
      first.error.code,
      `Nothing was moved: match ${first.matchId} (matchIds[${first.index}]): ${first.error.message}${more}`,
      {
        ...first.error.details,
        field: fieldOf(first.error),
        fields: [fieldOf(first.error)].filter((f) => f !== null),
        index: first.index,
        matchId: first.matchId,
        problems: problems.map(({ index, matchId, error }): BulkMoveProblem => ({
          index,
          matchId,
          code: error.code,
          message: error.message,
          field: fieldOf(error),
        })),
      },
    );
  }
}
