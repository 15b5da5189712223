import { Role } from './role.enum';

/**
 * The signed-in user as every access check sees it, read from the graph (so a deleted user or a
 * changed role takes effect whatever the token says): at once after a write through this API that
 * may change it, and within AUTH_PRINCIPAL_MAX_AGE_MS after one made elsewhere (AuthService). One
 * object serves several requests: never change it.
 */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  displayName: string;
  /** The Coordinator node a COORDINATOR user acts as. */
  coordinatorId: string | null;
  /** Regions a COORDINATOR covers. */
  coordinatorRegionIds: string[];
  /** The company a COMPANY user represents, and its region. */
  companyId: string | null;
  companyRegionIds: string[];
  /** Consortiums a CONSORTIUM_MANAGER manages, and their regions. */
  consortiumIds: string[];
  managerRegionIds: string[];
  /** The SupportStaff node a SUPPORT_STAFF user acts as. */
  supportStaffId: string | null;
}

export const isAdmin = (p: Principal) => p.role === Role.ADMIN;
