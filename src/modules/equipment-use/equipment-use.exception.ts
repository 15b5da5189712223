import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';
import { EquipmentUseStatus } from './models/equipment-use.model';
import { UseSide, UseTransitionProblem } from './equipment-use.rules';

export class UseRequestNotFoundError extends NotFoundError('equipment use request', 'requestId') {}

export class UseTransitionRefusedError extends AppError {
  constructor(problem: UseTransitionProblem, current: EquipmentUseStatus, requested: EquipmentUseStatus) {
    super(ErrorCode.BadUserInput, problem.message, {
      field: problem.field,
      fields: [problem.field],
      currentStatus: current,
      requestedStatus: requested,
    });
  }
}

/** The move exists, but it is the other side's to make. */
export class UseSideForbiddenError extends AppError {
  constructor(side: UseSide, current: EquipmentUseStatus, requested: EquipmentUseStatus) {
    super(
      ErrorCode.Forbidden,
      side === UseSide.HOST
        ? `Only the equipment's support staff, the host region's coordinators and admins move a request from ${current} to ${requested}`
        : `Only the requesting company moves a request from ${current} to ${requested}`,
      { currentStatus: current, requestedStatus: requested },
    );
  }
}

/** Someone else moved the request between our read and our write: nothing was written. */
export class UseRequestChangedError extends AppError {
  constructor(id: string, expected: EquipmentUseStatus, actual: string | null) {
    super(
      ErrorCode.Conflict,
      `Equipment use request ${id} changed while you acted: it is ${actual ?? 'gone'} now, not ${expected}; read it again`,
      { field: 'requestId', currentStatus: actual },
    );
  }
}

export class UseMatchMismatchError extends AppError {
  constructor(message: string) {
    super(ErrorCode.BadUserInput, message, { field: 'matchId', fields: ['matchId'] });
  }
}

export class UsePeriodError extends AppError {
  constructor(message: string) {
    super(ErrorCode.BadUserInput, message, { field: 'wishedTo', fields: ['wishedTo'] });
  }
}
