import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';

/** Also what a user gets for a need they may not see: its existence is not revealed. */
export class NeedNotFoundError extends NotFoundError('need') {}

/** Needs belong to companies: the organization named as a need's company does not exist. */
export class CompanyNotFoundError extends NotFoundError('company', 'companyId') {}

export class NotACompanyError extends AppError {
  constructor(id: string) {
    super(ErrorCode.BadUserInput, `Organization ${id} is not a company; needs belong to companies`, {
      field: 'companyId',
    });
  }
}
