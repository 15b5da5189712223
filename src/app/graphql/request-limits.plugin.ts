import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import { AppConfig } from '../../config/app-config';
import { REDIS_CLIENT } from '../../infra/redis/redis.module';
import { GraphQLContext } from '../../common/graphql/graphql-context';

/** The deepest nesting of fields in an operation, following fragment spreads. */
export function operationDepth(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen = new Set<string>(),
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(
        deepest,
        selection.selectionSet ? 1 + operationDepth(selection.selectionSet, fragments, seen) : 1,
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, operationDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      const fragment = fragments.get(name);
      deepest = Math.max(deepest, operationDepth(fragment?.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Number of aliased fields anywhere in the document (alias floods multiply work per request). */
export function aliasCount(document: DocumentNode): number {
  let count = 0;
  const visit = (set?: SelectionSetNode) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD && s.alias) count++;
      if (s.kind !== Kind.FRAGMENT_SPREAD) visit(s.selectionSet);
    }
  };
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) visit(def.selectionSet);
  }
  return count;
}

const limitError = (message: string, code: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Bounds every GraphQL request before it runs: depth, aliases, estimated cost (a list field costs
 * its `first` times its children) and a per-user rate limit in Redis (per IP for anonymous callers),
 * shared by all API replicas. Introspection-only operations skip the depth check.
 */
@Plugin()
export class RequestLimitsPlugin implements ApolloServerPlugin<GraphQLContext> {
  private readonly logger = new Logger(RequestLimitsPlugin.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    private readonly jwt: JwtService,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    const limits = this.config.graphql;
    return {
      didResolveOperation: async ({ request, document, operation, contextValue, schema }) => {
        await this.rateLimit(contextValue);
        if (!operation) return;
        const fragments = new Map(
          document.definitions
            .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
            .map((d) => [d.name.value, d]),
        );
        const introspectionOnly = operation.selectionSet.selections.every(
          (s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'),
        );
        const depth = operationDepth(operation.selectionSet, fragments);
        if (!introspectionOnly && depth > limits.maxDepth) {
          throw limitError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`, 'BAD_USER_INPUT', 400);
        }
        const aliases = aliasCount(document);
        if (aliases > limits.maxAliases) {
          throw limitError(
            `The query uses ${aliases} aliases; the limit is ${limits.maxAliases}`,
            'BAD_USER_INPUT',
            400,
          );
        }
        let cost: number;
        try {
          cost = getComplexity({
            schema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [
              ({ args, childComplexity }) =>
                typeof args.first === 'number' ? 1 + childComplexity * Math.max(1, args.first) : undefined,
              fieldExtensionsEstimator(),
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
        } catch (error) {
          // getComplexity coerces the variables before Apollo does: a bad variable (wrong type, null
          // for a required one, hostile nesting) throws here without a code, which Apollo would
          // answer as a 500. It is the client's input: answer as Apollo's own coercion would.
          if (error instanceof GraphQLError) throw limitError(error.message, 'BAD_USER_INPUT', 400);
          throw error;
        }
        if (cost > limits.maxCost) {
          throw limitError(
            `The query's estimated cost ${cost} exceeds the limit of ${limits.maxCost}`,
            'BAD_USER_INPUT',
            400,
          );
        }
      },
    };
  }

  private async rateLimit(context: GraphQLContext): Promise<void> {
    const req = context.req;
    const subject = this.subjectOf(req.headers.authorization) ?? `ip:${req.ip}`;
    const window = Math.floor(Date.now() / 60_000);
    const key = `${this.config.queue.prefix}:ratelimit:${subject}:${window}`;
    let used: number;
    try {
      used = await this.redis.incr(key);
      if (used === 1) await this.redis.expire(key, 120);
    } catch (error) {
      // Rate limiting protects the service; Redis being down must not take reads down with it.
      this.logger.warn(`Rate limit not checked (Redis: ${(error as Error).message})`);
      return;
    }
    if (used > this.config.graphql.rateLimitPerMinute) {
      throw limitError(
        `Rate limit reached: ${this.config.graphql.rateLimitPerMinute} requests a minute; try again in ${60 - (Math.floor(Date.now() / 1000) % 60)} s`,
        'RATE_LIMITED',
        429,
      );
    }
  }

  /** The verified user id of a bearer token (user:<id>), or undefined to fall back to the IP. */
  private subjectOf(header: string | undefined): string | undefined {
    const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
    if (!token) return undefined;
    try {
      const claims = this.jwt.verify<{ sub?: unknown }>(token, { algorithms: ['HS256'] });
      return typeof claims.sub === 'string' ? `user:${claims.sub}` : undefined;
    } catch {
      return undefined;
    }
  }
}
