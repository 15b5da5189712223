import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';

export class OrganizationNotFoundError extends NotFoundError('organization') {}

export class OrganizationInUseError extends AppError {
  constructor(id: string, uses: number) {
    super(
      ErrorCode.Conflict,
      `Organization ${id} still has ${uses} needs, seeds, equipment, programs, users or people linked to it; remove them first`,
      { field: 'id' },
    );
  }
}
