import { Logger } from '@nestjs/common';
import type { ExecutionResult, GraphQLError } from 'graphql';
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
 * graphql-ws options: the connection is authenticated once, from connectionParams.authorization
 * ("Bearer <jwt>"), with the same check as HTTP (the token verified, the user re-read from the
 * graph); a missing or bad token closes the socket with 4403 Forbidden. Errors are formatted as over
 * HTTP (codes, no internals).
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
