import { AppError, ErrorCode } from '../../common/errors/app-error';

/** Not one of the caller's notifications: another user's answers the same as one that does not exist. */
export class NotificationNotFoundError extends AppError {
  constructor(id: string) {
    super(ErrorCode.NotFound, `No notification of yours with id ${id}`, { field: 'ids' });
  }
}
