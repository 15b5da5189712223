import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';

export class CoordinatorNotFoundError extends NotFoundError('coordinator') {}

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
export class PersonNotFoundError extends NotFoundError('researcher or contact', 'personId') {}
