import { AppError, ErrorCode } from '../../common/errors/app-error';

export class CoordinatorNotFoundError extends AppError {
  constructor(id: string, field = 'id') {
    super(ErrorCode.NotFound, `No coordinator with id ${id}`, { field });
  }
}

export class NotACoordinatingOrganizationError extends AppError {
  constructor(id: string, kind: string) {
    super(
      ErrorCode.BadUserInput,
      `Organization ${id} is a ${kind}; coordinators work for a COORDINATING_ORGANIZATION`,
      { field: 'organizationId' },
    );
  }
}

/** Acquaintances are researchers or contacts: an id that is neither is unknown. */
export class PersonNotFoundError extends AppError {
  constructor(id: string, field = 'personId') {
    super(ErrorCode.NotFound, `No researcher or contact with id ${id}`, { field });
  }
}
