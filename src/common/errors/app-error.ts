/**
 * The codes a client can see in `errors[].extensions.code`. Every module raises its own errors as
 * AppError (or a subclass) with one of these; the GraphQL error formatter maps nothing else.
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe to show the client: e.g. { field: 'title', rule: 'must not be empty' }. */
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
