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

/**
 * The NOT_FOUND error of one kind of entity, `No <what> with id <id>`, naming the argument that
 * carried the id (`defaultField` unless the thrower names another). Each module declares its own,
 * so callers can tell them apart: `export class RegionNotFoundError extends NotFoundError('region') {}`.
 */
export function NotFoundError(what: string, defaultField = 'id') {
  return class extends AppError {
    constructor(id: string, field = defaultField) {
      super(ErrorCode.NotFound, `No ${what} with id ${id}`, { field });
    }
  };
}
