import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';
import { Role } from '../auth/role.enum';

const LINK_NAMES: Record<Role, string> = {
  ADMIN: 'node',
  COORDINATOR: 'coordinator',
  COMPANY: 'company',
  CONSORTIUM_MANAGER: 'consortium',
  SUPPORT_STAFF: 'support staff member',
};

export class EmailTakenError extends AppError {
  constructor(email: string, cause?: unknown) {
    super(ErrorCode.Conflict, `A user with e-mail ${email} already exists`, { field: 'email' }, { cause });
  }
}

export class LinkTargetNotFoundError extends AppError {
  constructor(role: Role, linkId: string) {
    super(ErrorCode.NotFound, `No ${LINK_NAMES[role]} with id ${linkId} to link the ${role} user to`, {
      field: 'linkId',
    });
  }
}

export class UserNotFoundError extends NotFoundError('user') {}

export class LinkRequiredError extends AppError {
  constructor(role: Role) {
    super(
      ErrorCode.BadUserInput,
      role === Role.ADMIN
        ? 'linkId must be empty for an ADMIN user'
        : `linkId is required for a ${role} user (the ${LINK_NAMES[role]} it belongs to)`,
      { field: 'linkId' },
    );
  }
}
