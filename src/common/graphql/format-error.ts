import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from '../errors/app-error';

const logger = new Logger('GraphQL');

// Codes Apollo itself assigns to request-level failures (parse, validation, CSRF, bad variables).
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
]);

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  429: ErrorCode.BadUserInput,
  503: ErrorCode.ServiceUnavailable,
};

/**
 * The one place errors become what a client sees: an AppError keeps its code and safe details;
 * Nest's HTTP exceptions (the validation pipe, guards) are mapped by status; anything else is an
 * internal error whose message is logged, not shown.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path;
  if (original instanceof AppError) {
    return {
      message: original.message,
      path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.details ?? {}) },
    };
  }
  if (original instanceof HttpException) {
    const status = original.getStatus();
    const response = original.getResponse();
    const message =
      typeof response === 'object' && response && 'message' in response
        ? ([] as unknown[]).concat(response.message).join('; ')
        : original.message;
    return {
      message,
      path,
      locations: formatted.locations,
      extensions: { code: HTTP_STATUS_CODES[status] ?? ErrorCode.Internal },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && APOLLO_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path, extensions: { code } };
  }
  // A GraphQLError raised by graphql-js itself (variable coercion, e.g. an unknown enum value) wraps
  // nothing or another GraphQLError, and describes the request, not our internals: show it.
  if (original instanceof GraphQLError && (!original.originalError || original.originalError instanceof GraphQLError)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path,
      extensions: { code: ErrorCode.BadUserInput },
    };
  }
  // Neo4j down or restarting: the driver gives up after its retry budget. Say so, as a 503-like
  // SERVICE_UNAVAILABLE the client may retry, instead of an opaque internal error (fault tests).
  if (databaseUnavailable(original)) {
    logger.warn(`Database unavailable at ${path?.join('.') ?? '(request)'}: ${(original as Error).message}`);
    return {
      message: 'The database (Neo4j) cannot be reached; try again shortly',
      path,
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }
  // A transaction Neo4j ended at NEO4J_TRANSACTION_TIMEOUT_MS (stuck behind a lock, or the server
  // overloaded): nothing was written, and the client may try again.
  if (transactionTimedOut(original)) {
    logger.warn(`Transaction timed out at ${path?.join('.') ?? '(request)'}: ${(original as Error).message}`);
    return {
      message:
        'The database did not finish the operation in time (busy or waiting on a lock); nothing was written, try again shortly',
      path,
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  }
  logger.error(
    `Unhandled error at ${path?.join('.') ?? '(request)'}: ${(original as Error)?.stack ?? String(original)}`,
  );
  return { message: 'Internal server error', path, extensions: { code: ErrorCode.Internal } };
}

/** neo4j-driver's errors for a server that cannot be reached (codes of Neo4jError, or a pool timeout). */
function databaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: unknown }).code;
  return (
    error.name === 'Neo4jError' &&
    (code === 'ServiceUnavailable' ||
      code === 'SessionExpired' ||
      error.message.startsWith('Connection acquisition timed out'))
  );
}

/**
 * Neo4j's errors for a transaction it ended at the transaction timeout the driver asked for:
 * TransactionTimedOut* while it ran, LockClientStopped while it waited for a lock (the same code
 * also covers a transaction an operator or a shutdown ended; "try again" is right for all).
 */
export function transactionTimedOut(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    error instanceof Error &&
    typeof code === 'string' &&
    (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
      code === 'Neo.ClientError.Transaction.LockClientStopped')
  );
}
