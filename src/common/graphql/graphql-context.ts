import type { Request } from 'express';

/** The context of an HTTP GraphQL operation (graphqlOptions builds it): the request, whose principal the AuthGuard sets. */
export interface GraphQLContext {
  req: Request;
}
