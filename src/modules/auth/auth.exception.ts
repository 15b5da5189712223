import { AppError, ErrorCode } from '../../common/errors/app-error';

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first: send Authorization: Bearer <token> from the signIn mutation') {
    super(ErrorCode.Unauthenticated, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super(ErrorCode.Forbidden, message);
  }
}
