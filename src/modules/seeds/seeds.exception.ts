import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';

/** Also what a user gets for a seed they may not see. */
export class SeedNotFoundError extends NotFoundError('seed') {}

export class SeedHolderRequiredError extends AppError {
  constructor() {
    super(ErrorCode.BadUserInput, 'A seed needs a holder: holderOrganizationId and/or holderResearcherIds', {
      field: 'holderOrganizationId',
    });
  }
}

export class IpNumbersRequiredError extends AppError {
  constructor(status: string) {
    super(ErrorCode.BadUserInput, `ipNumbers must list the application or patent numbers when ipStatus is ${status}`, {
      field: 'ipNumbers',
    });
  }
}
