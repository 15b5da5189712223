import { Role } from '../auth/role.enum';
import { BudgetBand, Confidentiality, NeedStatus } from '../needs/models/need.model';
import { CompanySize, OrganizationKind } from '../organizations/models/organization.model';
import { IpStatus, SeedStage, SeedVisibility } from '../seeds/models/seed.model';

/**
 * The demo data set, written by hand: every node has a readable `key` (unique across the whole
 * set) and refers to others by key. The loader turns each key into a stable UUID (demoId), so the
 * demo's ids are the same on every machine and references can be checked before anything is written.
 */
export type DemoKey = string;

/** 'YYYY-MM-DD'. Relationship timestamps become datetimes at 09:00 JST; program dates stay strings. */
export type IsoDate = string;

export interface DemoRegion {
  key: DemoKey;
  code: string;
  name: string;
  prefectures: string[];
  strategySummary: string;
  focusFields: string[];
}

export interface DemoOrganization {
  key: DemoKey;
  region: DemoKey;
  name: string;
  kind: OrganizationKind;
  /** Companies only. */
  industry?: string;
  size?: CompanySize;
  description: string;
}

export interface DemoResearcher {
  key: DemoKey;
  name: string;
  title: string;
  fields: string[];
  profile: string;
  invitedCoreResearcher: boolean;
  affiliations: DemoKey[];
}

export interface DemoContact {
  key: DemoKey;
  organization: DemoKey;
  name: string;
  title: string;
  email: string;
}

export interface DemoAcquaintance {
  /** A researcher or contact. */
  person: DemoKey;
  note: string;
  since: IsoDate;
}

export interface DemoCoordinator {
  key: DemoKey;
  name: string;
  specialtyFields: string[];
  email: string;
  /** A COORDINATING_ORGANIZATION. */
  worksFor: DemoKey;
  covers: DemoKey[];
  knows: DemoAcquaintance[];
}

export interface DemoSeed {
  key: DemoKey;
  title: string;
  summary: string;
  keywords: string[];
  field: string;
  stage: SeedStage;
  ipStatus: IpStatus;
  /** Empty when ipStatus is NONE; at least one number otherwise. */
  ipNumbers: string[];
  visibility: SeedVisibility;
  /** Researchers and/or organizations; at least one holder. */
  heldBy: DemoKey[];
  collectedBy: DemoKey;
}

export interface DemoNeed {
  key: DemoKey;
  company: DemoKey;
  title: string;
  description: string;
  keywords: string[];
  desiredOutcome: string;
  timeline: string;
  budgetBand: BudgetBand;
  confidentiality: Confidentiality;
  status: NeedStatus;
  surveyedBy: DemoKey;
}

export interface DemoMembership {
  /** An organization or researcher. */
  member: DemoKey;
  role: string;
  since: IsoDate;
}

export interface DemoConsortium {
  key: DemoKey;
  region: DemoKey;
  name: string;
  theme: string;
  description: string;
  members: DemoMembership[];
}

export type EquipmentAvailability = 'AVAILABLE' | 'LIMITED' | 'UNAVAILABLE';

export interface DemoEquipment {
  key: DemoKey;
  hostedBy: DemoKey;
  name: string;
  category: string;
  description: string;
  specifications: string;
  conditions: string;
  fees: string;
  availability: EquipmentAvailability;
}

export interface DemoSupportStaff {
  key: DemoKey;
  worksAt: DemoKey;
  name: string;
  title: string;
  skills: string[];
  supports: DemoKey[];
}

export interface DemoEnrollment {
  /** A researcher, contact or support staff member. */
  person: DemoKey;
  enrolledAt: IsoDate;
}

export interface DemoHrProgram {
  key: DemoKey;
  hostedBy: DemoKey;
  title: string;
  targetSkills: string[];
  description: string;
  startDate: IsoDate;
  endDate: IsoDate;
  participants: DemoEnrollment[];
}

export interface DemoUser {
  key: DemoKey;
  email: string;
  /** Published in the README: demo accounts are for local use only. */
  password: string;
  role: Role.COORDINATOR | Role.COMPANY | Role.CONSORTIUM_MANAGER;
  displayName: string;
  /** The coordinator, company or consortium the user acts for. */
  link: DemoKey;
}

/** A need and the seed (or equipment) a text matcher should rank near the top for it. */
export interface DemoExpectedMatch {
  need: DemoKey;
  target: DemoKey;
}

export interface DemoDataset {
  regions: DemoRegion[];
  organizations: DemoOrganization[];
  researchers: DemoResearcher[];
  contacts: DemoContact[];
  coordinators: DemoCoordinator[];
  seeds: DemoSeed[];
  needs: DemoNeed[];
  consortiums: DemoConsortium[];
  equipment: DemoEquipment[];
  supportStaff: DemoSupportStaff[];
  hrPrograms: DemoHrProgram[];
  users: DemoUser[];
  expectedMatches: DemoExpectedMatch[];
}
