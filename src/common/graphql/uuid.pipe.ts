import { ParseUUIDPipe } from '@nestjs/common';
import { AppError, ErrorCode } from '../errors/app-error';

/** Validates an id argument: a malformed id is BAD_USER_INPUT naming the argument. */
export const uuidArg = (field = 'id') =>
  new ParseUUIDPipe({
    exceptionFactory: () => new AppError(ErrorCode.BadUserInput, `${field} must be a UUID`, { field }),
  });
