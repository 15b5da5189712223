import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { UnauthenticatedError } from './auth.exception';
import { Principal } from './principal';
import { Role } from './role.enum';

export const PUBLIC_KEY = 'musubi:public';
export const ROLES_KEY = 'musubi:roles';

/** The operation needs no token (sign-in, service info). Everything else does. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the operation; finer, per-record rules live in each service. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export type AuthedRequest = Request & {
  principal?: Principal;
  /** The principal's lookup while it runs, shared by the root fields of one request. */
  principalLookup?: Promise<Principal>;
  rateLimited?: boolean;
};

export function requestOf(context: ExecutionContext): AuthedRequest {
  return GqlExecutionContext.create(context).getContext<{ req: AuthedRequest }>().req;
}

/** The signed-in user; the guard has already refused the request when there is none. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).principal;
  if (!principal) throw new UnauthenticatedError();
  return principal;
});
