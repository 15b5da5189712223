import { isAdmin, Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';

/**
 * Who may explore where: admins everywhere, coordinators the regions they cover, consortium managers
 * their consortiums' regions. Companies and any other role do not explore the network (the
 * resolver refuses them).
 * Returns 'ALL' for admins, else the region ids.
 */
export function explorableRegionIds(p: Principal): 'ALL' | string[] {
  if (isAdmin(p)) return 'ALL';
  if (p.role === Role.COORDINATOR) return p.coordinatorRegionIds;
  if (p.role === Role.CONSORTIUM_MANAGER) return p.managerRegionIds;
  return [];
}

/** Whether a node in these regions may be explored from; a node in no region only by admins. */
export function mayExplore(p: Principal, nodeRegionIds: readonly string[]): boolean {
  const allowed = explorableRegionIds(p);
  return allowed === 'ALL' || nodeRegionIds.some((r) => allowed.includes(r));
}
