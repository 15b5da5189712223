import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { AppError, ErrorCode } from '../errors/app-error';

/** Validates an id argument: a malformed id is BAD_USER_INPUT naming the argument. */
export const uuidArg = (field = 'id') =>
  new ParseUUIDPipe({
    exceptionFactory: () => new AppError(ErrorCode.BadUserInput, `${field} must be a UUID`, { field }),
  });

/** A required ID argument of that name, validated by `uuidArg` under the same name. */
export const IdArg = (name = 'id') => Args(name, { type: () => ID }, uuidArg(name));
