import { AppError, ErrorCode } from '../../common/errors/app-error';

export class ResearcherNotFoundError extends AppError {
  constructor(id: string, field = 'id') {
    super(ErrorCode.NotFound, `No researcher with id ${id}`, { field });
  }
}

export class LastAffiliationError extends AppError {
  constructor(id: string) {
    super(ErrorCode.BadUserInput, `Researcher ${id} must keep at least one affiliation`, { field: 'organizationId' });
  }
}
