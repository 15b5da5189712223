import { AppError, ErrorCode } from '../../common/errors/app-error';

/** Also what a user gets for a need they may not see: its existence is not revealed. */
export class NeedNotFoundError extends AppError {
  constructor(id: string, field = 'id') {
    super(ErrorCode.NotFound, `No need with id ${id}`, { field });
  }
}

export class NotACompanyError extends AppError {
  constructor(id: string) {
    super(ErrorCode.BadUserInput, `Organization ${id} is not a company; needs belong to companies`, {
      field: 'companyId',
    });
  }
}
