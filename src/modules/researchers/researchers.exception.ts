import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';

export class ResearcherNotFoundError extends NotFoundError('researcher') {}

export class LastAffiliationError extends AppError {
  constructor(id: string) {
    super(ErrorCode.BadUserInput, `Researcher ${id} must keep at least one affiliation`, { field: 'organizationId' });
  }
}
