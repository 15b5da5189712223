import { ForbiddenError } from './auth.exception';
import { isAdmin, Principal } from './principal';
import { Role } from './role.enum';

/**
 * Write rules shared by the network's modules (docs/api.md's role table says the same in words).
 * Read rules for needs and seeds are Cypher predicates in their repositories, fed by these
 * principal fields, so a list is filtered in the database and never after the fact.
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

/** Parameters for the visibility predicates of needs and seeds (see NEED_VISIBLE, SEED_VISIBLE). */
export function visibilityParams(p: Principal) {
  return {
    viewerIsAdmin: isAdmin(p),
    viewerCompanyId: p.companyId,
    viewerCoordinatorRegionIds: p.coordinatorRegionIds,
    // Regions where REGION-level data is shown: a coordinator's and a manager's; a company's own
    // region only for seeds (needs of other companies stay hidden from companies).
    viewerRegionIds: [...new Set([...p.coordinatorRegionIds, ...p.managerRegionIds])],
    viewerSeedRegionIds: [...new Set([...p.coordinatorRegionIds, ...p.managerRegionIds, ...p.companyRegionIds])],
  };
}
