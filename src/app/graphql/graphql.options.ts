import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request } from 'express';
import { AppConfig } from '../../config/app-config';
import type { AuthService } from '../../modules/auth/auth.service';
import { graphqlWsOptions } from '../../modules/auth/subscription-auth';
import { formatGraphQLError } from '../../common/graphql/format-error';
import { GraphQLContext } from '../../common/graphql/graphql-context';

/**
 * Every Apollo default that matters for safety is set here explicitly rather than inherited from
 * NODE_ENV: introspection from config, no stack traces, no "did you mean" suggestions that leak
 * the schema, CSRF prevention on (clients send content-type: application/json).
 */
export function graphqlOptions(config: AppConfig, auth: AuthService): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: config.graphql.schemaFile === false ? true : config.graphql.schemaFile,
    sortSchema: true,
    playground: false,
    introspection: config.graphql.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    // Without this, guards would not run on @ResolveField and nested data could slip past them.
    fieldResolverEnhancers: ['guards', 'interceptors', 'filters'],
    formatError: formatGraphQLError,
    // Apollo's cache-control plugin, on by default, wraps every field's resolver to compute
    // cache hints that this API never sends (its answers are per user): about 5% of the API's
    // CPU under many concurrent reads, plus the wrapper itself.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    context: ({ req }: { req: Request }): GraphQLContext => ({ req }),
    // graphql-ws on /graphql, authenticated at connection (auth/subscription-auth.ts).
    subscriptions: { 'graphql-ws': graphqlWsOptions(auth) },
  };
}
