import { ForbiddenError } from './auth.exception';
import { isAdmin, Principal } from './principal';
import { Role } from './role.enum';

/**
 * Write rules shared by the network's modules (docs/api.md's role table says the same in words).
 * Read rules are Cypher predicates in visibility.ts, so a list is filtered in the database and
 * never after the fact.
 */
export function coversRegion(p: Principal, regionId: string | null | undefined): boolean {
  return isAdmin(p) || (p.role === Role.COORDINATOR && !!regionId && p.coordinatorRegionIds.includes(regionId));
}

export function assertCoversRegion(p: Principal, regionId: string | null | undefined, what: string): void {
  if (!coversRegion(p, regionId)) {
    throw new ForbiddenError(
      p.role === Role.COORDINATOR
        ? `Coordinators change ${what} only in the regions they cover`
        : `Only admins and the region's coordinators change ${what}`,
    );
  }
}
