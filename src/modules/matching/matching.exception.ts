import { AppError, ErrorCode } from '../../common/errors/app-error';

export class MatchNotFoundError extends AppError {
  constructor(id: string) {
    super(ErrorCode.NotFound, `No match with id ${id}`, { field: 'id' });
  }
}
