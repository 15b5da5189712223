import { DemoDataset } from './demo.types';
import { DEMO_ORGANIZATIONS, DEMO_REGIONS } from './data/organizations.data';
import { DEMO_NEEDS } from './data/needs.data';
import {
  DEMO_CONSORTIUMS,
  DEMO_EQUIPMENT,
  DEMO_EXPECTED_MATCHES,
  DEMO_HR_PROGRAMS,
  DEMO_USERS,
} from './data/network.data';
import { DEMO_CONTACTS, DEMO_COORDINATORS, DEMO_RESEARCHERS, DEMO_SUPPORT_STAFF } from './data/people.data';
import { DEMO_SEEDS } from './data/seeds.data';

/**
 * The demo region loaded by `npm start` on an empty graph and by `npm run seed:demo`: Shiomi Bay
 * (coastal: seafood processing, aquaculture IoT, hydrogen, care) and Kasumi Valley (inland:
 * composites, care robotics, orthoses). Texts are about 60 % Japanese and 40 % English.
 */
export const DEMO_REGION: DemoDataset = {
  regions: DEMO_REGIONS,
  organizations: DEMO_ORGANIZATIONS,
  researchers: DEMO_RESEARCHERS,
  contacts: DEMO_CONTACTS,
  coordinators: DEMO_COORDINATORS,
  seeds: DEMO_SEEDS,
  needs: DEMO_NEEDS,
  consortiums: DEMO_CONSORTIUMS,
  equipment: DEMO_EQUIPMENT,
  supportStaff: DEMO_SUPPORT_STAFF,
  hrPrograms: DEMO_HR_PROGRAMS,
  users: DEMO_USERS,
  expectedMatches: DEMO_EXPECTED_MATCHES,
};
