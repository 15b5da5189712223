import { Logger } from '@nestjs/common';
import { ExecutionResult, getOperationAST, GraphQLError, OperationTypeNode, parse } from 'graphql';
import { formatGraphQLError } from '../../common/graphql/format-error';
import { AuthService } from '../auth/auth.service';
import { Principal } from '../auth/principal';

/** What onConnect keeps on the socket for the operations that follow. */
interface SocketAuth {
  principal?: Principal;
  token?: string;
}

/** The GraphQL context of a subscription: `req` as the AuthGuard and @CurrentUser read it, and the token. */
export interface SubscriptionContext {
  req: { headers: Record<string, string>; principal?: Principal };
  token: string;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;
const logger = new Logger('Subscriptions');
const format = (error: GraphQLError) => formatGraphQLError(error.toJSON(), error);

/**
 * Queries and mutations are served over HTTP only: over a socket they would run as the user read
 * when the socket opened, for as long as it stays open (a deleted admin could go on writing), and
 * past the HTTP request limits and the checks that run after each mutation. Undefined: let
 * graphql-ws parse and validate the operation as usual.
 */
export function refuseNonSubscription(payload: {
  query: string;
  operationName?: string | null;
}): GraphQLError[] | undefined {
  let operation;
  try {
    operation = getOperationAST(parse(payload.query), payload.operationName ?? undefined);
  } catch {
    return undefined;
  }
  if (!operation || operation.operation === OperationTypeNode.SUBSCRIPTION) return undefined;
  return [
    new GraphQLError(
      `Only subscriptions are served over WebSocket; send this ${operation.operation} to POST /graphql`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ),
  ];
}

/**
 * graphql-ws options: the connection is authenticated once, from connectionParams.authorization
 * ("Bearer <jwt>"), with the same check as HTTP (the token verified, the user read from the
 * graph); a missing or bad token closes the socket with 4403 Forbidden. Only subscriptions are
 * served (refuseNonSubscription). Errors are formatted as over HTTP (codes, no internals).
 */
export function graphqlWsOptions(auth: AuthService) {
  return {
    onConnect: async (ctx: { connectionParams?: Readonly<Record<string, unknown>>; extra: unknown }) => {
      const header = ctx.connectionParams?.authorization;
      const match = typeof header === 'string' ? BEARER.exec(header) : null;
      if (!match) return false;
      try {
        const principal = await auth.authenticate(match[1]);
        Object.assign(ctx.extra as SocketAuth, { principal, token: match[1] });
        return true;
      } catch (error) {
        logger.debug(`Subscription connection refused: ${(error as Error).message}`);
        return false;
      }
    },
    onSubscribe: (_ctx: unknown, _id: string, payload: { query: string; operationName?: string | null }) =>
      refuseNonSubscription(payload),
    context: (ctx: { extra: unknown }): SubscriptionContext => {
      const { principal, token } = ctx.extra as SocketAuth;
      return {
        token: token ?? '',
        // A new object per read: per-request loaders live on `req`, and a subscription lives long,
        // so they must not cache one event's data for the next.
        get req() {
          return { headers: {}, principal };
        },
      };
    },
    onNext: (_ctx: unknown, _id: unknown, _payload: unknown, _args: unknown, result: ExecutionResult) =>
      result.errors ? { ...result, errors: result.errors.map(format) } : undefined,
    onError: (_ctx: unknown, _id: unknown, _payload: unknown, errors: readonly GraphQLError[]) => errors.map(format),
  };
}
