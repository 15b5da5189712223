import { AppError, ErrorCode } from '../../common/errors/app-error';

export class ConsortiumNotFoundError extends AppError {
  constructor(id: string, field = 'id') {
    super(ErrorCode.NotFound, `No consortium with id ${id}`, { field });
  }
}

/** Members are organizations or researchers: an id that is neither is unknown. */
export class MemberNotFoundError extends AppError {
  constructor(id: string, field = 'memberId') {
    super(ErrorCode.NotFound, `No organization or researcher with id ${id}`, { field });
  }
}
