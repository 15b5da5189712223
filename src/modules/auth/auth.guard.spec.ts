import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { AuthGuard } from './auth.guard';
import type { AuthService } from './auth.service';
import type { AuthedRequest } from './auth.decorators';
import type { Principal } from './principal';
import { Role } from './role.enum';

const principal: Principal = {
  userId: 'u1',
  email: 'c@example.org',
  role: Role.COORDINATOR,
  displayName: 'C',
  coordinatorId: 'c1',
  coordinatorRegionIds: ['r1'],
  companyId: null,
  companyRegionIds: [],
  consortiumIds: [],
  managerRegionIds: [],
  supportStaffId: null,
};

class Resolvers {
  first() {}
  second() {}
}

/** A GraphQL execution context of one root field of the given request. */
function fieldContext(req: AuthedRequest, field: 'first' | 'second') {
  // The guard only reads the handler's metadata; it never calls it, so `this` does not matter.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const context = new ExecutionContextHost([{}, {}, { req }, {}], Resolvers, Resolvers.prototype[field]);
  context.setType('graphql');
  return context;
}

describe('AuthGuard', () => {
  it('reads the principal once for root fields that run in parallel', async () => {
    let lookups = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const auth = {
      authenticate: async () => {
        lookups++;
        await gate;
        return principal;
      },
    } as unknown as AuthService;
    const guard = new AuthGuard(auth, new Reflector());
    const req = { headers: { authorization: 'Bearer a.b.c' } } as AuthedRequest;

    const both = Promise.all([
      guard.canActivate(fieldContext(req, 'first')),
      guard.canActivate(fieldContext(req, 'second')),
    ]);
    release();
    expect(await both).toEqual([true, true]);
    expect(lookups).toBe(1);
    expect(req.principal).toBe(principal);
  });

  it('refuses both fields when the shared lookup fails', async () => {
    let lookups = 0;
    const auth = {
      authenticate: () => {
        lookups++;
        return Promise.reject(new Error('The token is not valid'));
      },
    } as unknown as AuthService;
    const guard = new AuthGuard(auth, new Reflector());
    const req = { headers: { authorization: 'Bearer a.b.c' } } as AuthedRequest;
    const results = await Promise.allSettled([
      guard.canActivate(fieldContext(req, 'first')),
      guard.canActivate(fieldContext(req, 'second')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(lookups).toBe(1);
    expect(req.principal).toBeUndefined();
  });
});
