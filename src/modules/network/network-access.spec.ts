import { Principal } from '../auth/principal';
import { Role } from '../auth/role.enum';
import { explorableRegionIds, mayExplore } from './network-access';

const NOBODY = {
  userId: 'u',
  email: 'u@example.com',
  displayName: 'U',
  coordinatorId: null,
  coordinatorRegionIds: [],
  companyId: null,
  companyRegionIds: [],
  consortiumIds: [],
  managerRegionIds: [],
};
// Spread over the real type, so a field added to Principal later keeps this spec compiling.
const principal = (role: Role, extra: Partial<Principal> = {}) => ({ ...NOBODY, role, ...extra }) as Principal;

describe('who may explore where', () => {
  it('admins everywhere, even a node in no region', () => {
    expect(explorableRegionIds(principal(Role.ADMIN))).toBe('ALL');
    expect(mayExplore(principal(Role.ADMIN), [])).toBe(true);
  });

  it("coordinators their regions, managers their consortiums' regions", () => {
    const coordinator = principal(Role.COORDINATOR, { coordinatorRegionIds: ['a'], managerRegionIds: ['b'] });
    expect(mayExplore(coordinator, ['b', 'a'])).toBe(true);
    expect(mayExplore(coordinator, ['b'])).toBe(false);
    const manager = principal(Role.CONSORTIUM_MANAGER, { managerRegionIds: ['b'] });
    expect(mayExplore(manager, ['b'])).toBe(true);
    expect(mayExplore(manager, ['a'])).toBe(false);
    expect(mayExplore(manager, [])).toBe(false);
  });

  it('companies and any other role nowhere, not even their own region', () => {
    expect(mayExplore(principal(Role.COMPANY, { companyRegionIds: ['a'] }), ['a'])).toBe(false);
    expect(mayExplore(principal(Role.SUPPORT_STAFF), ['a'])).toBe(false);
  });
});
