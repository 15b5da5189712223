import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType } from '@nestjs/graphql';
import { requestOf, PUBLIC_KEY, ROLES_KEY } from './auth.decorators';
import { ForbiddenError, UnauthenticatedError } from './auth.exception';
import { AuthService } from './auth.service';
import { Role } from './role.enum';

/**
 * Global guard for GraphQL: every operation needs a valid bearer token unless marked @Public(),
 * and @Roles() narrows who may call it. It also runs on @ResolveField (fieldResolverEnhancers),
 * so the principal is loaded once per request and kept on it. The root fields of a query run in
 * parallel, so the lookup itself is shared, or each field would read the principal again.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const req = requestOf(context);
    const header = req.headers.authorization;

    if (!req.principal && header) {
      const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
      if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
      req.principalLookup ??= this.auth.authenticate(match[1]);
      req.principal = await req.principalLookup;
    }
    if (isPublic) return true;
    if (!req.principal) throw new UnauthenticatedError();

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(req.principal.role)) {
      throw new ForbiddenError(`This operation is for ${roles.join(' or ')} users; you are ${req.principal.role}`);
    }
    return true;
  }
}
