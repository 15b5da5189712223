import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ErrorCode } from '../errors/app-error';
import { formatGraphQLError } from './format-error';

/** An error as a resolver throws it, wrapped by graphql-js the way Apollo hands it to formatError. */
const fromResolver = (original: Error) => {
  const wrapped = new GraphQLError(original.message, { path: ['createNeed'], originalError: original });
  return formatGraphQLError({ message: original.message, path: ['createNeed'] }, wrapped);
};

describe('formatGraphQLError: database errors', () => {
  beforeAll(() => {
    Logger.overrideLogger(false);
  });
  afterAll(() => {
    Logger.overrideLogger(['error', 'warn', 'log']);
  });

  it.each([
    ['a lock wait ended by the transaction timeout', 'Neo.ClientError.Transaction.LockClientStopped'],
    ['a transaction that ran past the timeout', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'],
  ])('answers %s with SERVICE_UNAVAILABLE, saying nothing was written', (_, code) => {
    const formatted = fromResolver(
      new Neo4jError('The transaction has been terminated. ForsetiClient[transactionId=9]', code, 'N/A', 'N/A'),
    );
    expect(formatted.extensions).toEqual({ code: ErrorCode.ServiceUnavailable });
    expect(formatted.message).toBe(
      'The database did not finish the operation in time (busy or waiting on a lock); nothing was written, try again shortly',
    );
    expect(formatted.message).not.toContain('Forseti');
  });

  it('answers a server that cannot be reached with SERVICE_UNAVAILABLE', () => {
    const formatted = fromResolver(
      new Neo4jError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable', 'N/A', 'N/A'),
    );
    expect(formatted).toMatchObject({
      message: 'The database (Neo4j) cannot be reached; try again shortly',
      extensions: { code: ErrorCode.ServiceUnavailable },
    });
  });

  it('hides any other database error behind an internal error', () => {
    const formatted = fromResolver(
      new Neo4jError('Invalid input at MATCH (n:Secret)', 'Neo.ClientError.Statement.SyntaxError', 'N/A', 'N/A'),
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: ['createNeed'],
      extensions: { code: ErrorCode.Internal },
    });
  });
});
