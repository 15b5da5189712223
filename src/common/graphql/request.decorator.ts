import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

/** The HTTP request of a GraphQL operation: the key for per-request loaders. */
export const Req = createParamDecorator(
  (_: unknown, context: ExecutionContext): Request =>
    GqlExecutionContext.create(context).getContext<{ req: Request }>().req,
);
