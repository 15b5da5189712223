import { AppError, ErrorCode } from '../../common/errors/app-error';

/** A match that does not exist or is hidden from the viewer: the two are never told apart. */
export class MatchNotFoundError extends AppError {
  constructor(id: string, field = 'matchId') {
    super(ErrorCode.NotFound, `No match with id ${id}`, { field });
  }
}
