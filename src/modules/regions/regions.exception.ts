import { AppError, ErrorCode, NotFoundError } from '../../common/errors/app-error';

export class RegionNotFoundError extends NotFoundError('region') {}

export class RegionCodeTakenError extends AppError {
  constructor(code: string, cause?: unknown) {
    super(ErrorCode.Conflict, `A region with code ${code} already exists`, { field: 'code' }, { cause });
  }
}

export class RegionInUseError extends AppError {
  constructor(id: string, uses: number) {
    super(
      ErrorCode.Conflict,
      `Region ${id} still has ${uses} organizations, coordinators or consortiums in it; move or delete them first`,
      { field: 'id' },
    );
  }
}
