import neo4j from 'neo4j-driver';
import { LIMITS } from '../../common/validation/limits';
import { Role } from '../auth/role.enum';
import { EQUIPMENT_HOST_KINDS } from '../equipment/models/equipment.model';
import { OrganizationKind } from '../organizations/models/organization.model';
import { CONTROL_CHARACTERS_OR_CR } from '../../common/validation/text';
import { IpStatus } from '../seeds/models/seed.model';
import { NETWORK_RELATIONSHIP_TYPES, NetworkRelationshipType } from '../network/network-kinds';
import { demoId } from './demo-id';
import { DemoDataset, DemoKey, IsoDate } from './demo.types';

/** Node labels and relationship types the demo writes: a fixed list, interpolated into Cypher. */
export const DEMO_LABELS = [
  'Region',
  'Organization',
  'Researcher',
  'Contact',
  'Coordinator',
  'Seed',
  'Need',
  'Consortium',
  'Equipment',
  'SupportStaff',
  'HrProgram',
] as const;
export type DemoLabel = (typeof DEMO_LABELS)[number];

const HOST_KINDS: readonly OrganizationKind[] = EQUIPMENT_HOST_KINDS;

/** The demo writes the whole knowledge network, so its relationship types are the network's. */
export const DEMO_RELATIONSHIP_TYPES = NETWORK_RELATIONSHIP_TYPES;
export type DemoRelationshipType = NetworkRelationshipType;

export type UserLinkType = 'ACTS_AS' | 'REPRESENTS' | 'MANAGES';

export interface NodeBatch {
  label: DemoLabel;
  rows: { id: string; props: Record<string, unknown> }[];
}

export interface RelationshipBatch {
  type: DemoRelationshipType;
  from: DemoLabel;
  to: DemoLabel;
  rows: { from: string; to: string; props: Record<string, unknown> }[];
}

export interface UserBatch {
  link: UserLinkType;
  to: DemoLabel;
  rows: { id: string; linkId: string; props: Record<string, unknown> }[];
}

/** Everything the loader writes, with ids resolved and values ready for the driver. */
export interface DemoWritePlan {
  nodes: NodeBatch[];
  relationships: RelationshipBatch[];
  users: UserBatch[];
}

const USER_LINKS: Record<DemoLabelOfUserLink, UserLinkType> = {
  Coordinator: 'ACTS_AS',
  Organization: 'REPRESENTS',
  Consortium: 'MANAGES',
};
type DemoLabelOfUserLink = 'Coordinator' | 'Organization' | 'Consortium';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const codePoints = (s: string) => [...s].length;

/** A demo date as a Neo4j datetime at 09:00 in Japan (when an acquaintance, membership or enrolment began). */
function neo4jDateTime(iso: IsoDate) {
  const [, y, m, d] = ISO_DATE.exec(iso)!.map(Number);
  return new neo4j.types.DateTime(y, m, d, 9, 0, 0, 0, 9 * 3600);
}

/**
 * Checks the hand-written data set before anything is written: unique keys, every reference to a
 * node of the right kind, every text within LIMITS (as the API's inputs would), IP numbers that
 * agree with the IP status. Returns the problems; empty means loadable.
 */
export function validateDemoDataset(data: DemoDataset): string[] {
  const problems: string[] = [];
  const kinds = new Map<DemoKey, DemoLabel | 'User'>();
  const orgKinds = new Map<DemoKey, OrganizationKind>();
  const register = (key: DemoKey, label: DemoLabel | 'User') => {
    if (kinds.has(key)) problems.push(`key ${key} is used twice`);
    kinds.set(key, label);
  };
  data.regions.forEach((x) => register(x.key, 'Region'));
  data.organizations.forEach((x) => {
    register(x.key, 'Organization');
    orgKinds.set(x.key, x.kind);
  });
  data.researchers.forEach((x) => register(x.key, 'Researcher'));
  data.contacts.forEach((x) => register(x.key, 'Contact'));
  data.coordinators.forEach((x) => register(x.key, 'Coordinator'));
  data.seeds.forEach((x) => register(x.key, 'Seed'));
  data.needs.forEach((x) => register(x.key, 'Need'));
  data.consortiums.forEach((x) => register(x.key, 'Consortium'));
  data.equipment.forEach((x) => register(x.key, 'Equipment'));
  data.supportStaff.forEach((x) => register(x.key, 'SupportStaff'));
  data.hrPrograms.forEach((x) => register(x.key, 'HrProgram'));
  data.users.forEach((x) => register(x.key, 'User'));

  const ref = (owner: DemoKey, what: string, key: DemoKey, allowed: DemoLabel[], orgKind?: OrganizationKind) => {
    const label = kinds.get(key);
    if (!label || !allowed.includes(label as DemoLabel)) {
      problems.push(`${owner}.${what}: ${key} is not a ${allowed.join(' or ')}`);
    } else if (orgKind && label === 'Organization' && orgKinds.get(key) !== orgKind) {
      problems.push(`${owner}.${what}: ${key} is not a ${orgKind}`);
    }
  };
  const text = (owner: DemoKey, what: string, value: unknown, max: number, min = 1) => {
    if (typeof value !== 'string') return problems.push(`${owner}.${what} is missing`);
    if (value !== value.trim()) problems.push(`${owner}.${what} has leading or trailing blanks`);
    if (CONTROL_CHARACTERS_OR_CR.test(value)) problems.push(`${owner}.${what} has a control character`);
    const n = codePoints(value);
    if (n < min || n > max) problems.push(`${owner}.${what} is ${n} characters (allowed ${min}-${max})`);
  };
  const name = (owner: DemoKey, what: string, value: unknown) =>
    text(owner, what, value, LIMITS.name.max, LIMITS.name.min);
  const long = (owner: DemoKey, what: string, value: unknown) => text(owner, what, value, LIMITS.longText.max);
  const short = (owner: DemoKey, what: string, value: unknown) => text(owner, what, value, LIMITS.shortText.max);
  const list = (owner: DemoKey, what: string, values: string[], minItems = 1) => {
    if (values.length < minItems || values.length > LIMITS.list.maxItems) {
      problems.push(`${owner}.${what} has ${values.length} items (allowed ${minItems}-${LIMITS.list.maxItems})`);
    }
    if (new Set(values).size !== values.length) problems.push(`${owner}.${what} repeats an item`);
    values.forEach((v, i) => text(owner, `${what}[${i}]`, v, LIMITS.list.itemMax));
  };
  const date = (owner: DemoKey, what: string, value: string) => {
    const m = ISO_DATE.exec(value);
    if (
      !m ||
      Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
      new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
    ) {
      problems.push(`${owner}.${what}: ${value} is not a YYYY-MM-DD date`);
    }
  };
  const email = (owner: DemoKey, value: string) => {
    text(owner, 'email', value, LIMITS.email.max);
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value) || value !== value.toLowerCase()) {
      problems.push(`${owner}.email ${value} is not a lower-case e-mail address`);
    }
  };

  for (const r of data.regions) {
    name(r.key, 'code', r.code);
    name(r.key, 'name', r.name);
    list(r.key, 'prefectures', r.prefectures);
    long(r.key, 'strategySummary', r.strategySummary);
    list(r.key, 'focusFields', r.focusFields);
  }
  for (const o of data.organizations) {
    ref(o.key, 'region', o.region, ['Region']);
    name(o.key, 'name', o.name);
    long(o.key, 'description', o.description);
    if (o.kind === OrganizationKind.COMPANY) {
      short(o.key, 'industry', o.industry);
      if (!o.size) problems.push(`${o.key}.size is missing (companies have one)`);
    } else if (o.industry !== undefined || o.size !== undefined) {
      problems.push(`${o.key}: only companies have an industry and a size`);
    }
  }
  for (const r of data.researchers) {
    name(r.key, 'name', r.name);
    name(r.key, 'title', r.title);
    list(r.key, 'fields', r.fields);
    long(r.key, 'profile', r.profile);
    if (r.affiliations.length === 0) problems.push(`${r.key} has no affiliation`);
    r.affiliations.forEach((a) => ref(r.key, 'affiliations', a, ['Organization']));
  }
  for (const c of data.contacts) {
    ref(c.key, 'organization', c.organization, ['Organization']);
    name(c.key, 'name', c.name);
    name(c.key, 'title', c.title);
    email(c.key, c.email);
  }
  for (const c of data.coordinators) {
    name(c.key, 'name', c.name);
    list(c.key, 'specialtyFields', c.specialtyFields);
    email(c.key, c.email);
    ref(c.key, 'worksFor', c.worksFor, ['Organization'], OrganizationKind.COORDINATING_ORGANIZATION);
    if (c.covers.length === 0) problems.push(`${c.key} covers no region`);
    c.covers.forEach((r) => ref(c.key, 'covers', r, ['Region']));
    for (const k of c.knows) {
      ref(c.key, 'knows', k.person, ['Researcher', 'Contact']);
      short(c.key, `knows(${k.person}).note`, k.note);
      date(c.key, `knows(${k.person}).since`, k.since);
    }
  }
  for (const s of data.seeds) {
    name(s.key, 'title', s.title);
    long(s.key, 'summary', s.summary);
    list(s.key, 'keywords', s.keywords);
    short(s.key, 'field', s.field);
    list(s.key, 'ipNumbers', s.ipNumbers, s.ipStatus === IpStatus.NONE ? 0 : 1);
    if (s.ipStatus === IpStatus.NONE && s.ipNumbers.length) problems.push(`${s.key} has IP numbers but ipStatus NONE`);
    if (s.heldBy.length === 0) problems.push(`${s.key} has no holder`);
    s.heldBy.forEach((h) => ref(s.key, 'heldBy', h, ['Researcher', 'Organization']));
    ref(s.key, 'collectedBy', s.collectedBy, ['Coordinator']);
  }
  for (const n of data.needs) {
    ref(n.key, 'company', n.company, ['Organization'], OrganizationKind.COMPANY);
    name(n.key, 'title', n.title);
    long(n.key, 'description', n.description);
    list(n.key, 'keywords', n.keywords);
    short(n.key, 'desiredOutcome', n.desiredOutcome);
    short(n.key, 'timeline', n.timeline);
    ref(n.key, 'surveyedBy', n.surveyedBy, ['Coordinator']);
  }
  for (const c of data.consortiums) {
    ref(c.key, 'region', c.region, ['Region']);
    name(c.key, 'name', c.name);
    short(c.key, 'theme', c.theme);
    long(c.key, 'description', c.description);
    for (const m of c.members) {
      ref(c.key, 'members', m.member, ['Organization', 'Researcher']);
      short(c.key, `members(${m.member}).role`, m.role);
      date(c.key, `members(${m.member}).since`, m.since);
    }
    if (new Set(c.members.map((m) => m.member)).size !== c.members.length)
      problems.push(`${c.key} lists a member twice`);
  }
  for (const e of data.equipment) {
    ref(e.key, 'hostedBy', e.hostedBy, ['Organization']);
    if (!HOST_KINDS.includes(orgKinds.get(e.hostedBy)!)) {
      problems.push(`${e.key}.hostedBy: ${e.hostedBy} is not a university or research institute`);
    }
    name(e.key, 'name', e.name);
    name(e.key, 'category', e.category);
    long(e.key, 'description', e.description);
    // Specifications stay within the short limit so either limit a reader applies holds.
    short(e.key, 'specifications', e.specifications);
    short(e.key, 'conditions', e.conditions);
    short(e.key, 'fees', e.fees);
    if (!['AVAILABLE', 'LIMITED', 'UNAVAILABLE'].includes(e.availability))
      problems.push(`${e.key}.availability is ${e.availability}`);
  }
  for (const s of data.supportStaff) {
    ref(s.key, 'worksAt', s.worksAt, ['Organization']);
    name(s.key, 'name', s.name);
    name(s.key, 'title', s.title);
    list(s.key, 'skills', s.skills);
    for (const e of s.supports) {
      ref(s.key, 'supports', e, ['Equipment']);
      // As the equipment module requires: staff support only equipment their own organization hosts.
      const host = data.equipment.find((x) => x.key === e)?.hostedBy;
      if (host && host !== s.worksAt) problems.push(`${s.key} supports ${e} but works at ${s.worksAt}, not at ${host}`);
    }
  }
  for (const p of data.hrPrograms) {
    ref(p.key, 'hostedBy', p.hostedBy, ['Organization']);
    name(p.key, 'title', p.title);
    list(p.key, 'targetSkills', p.targetSkills);
    long(p.key, 'description', p.description);
    date(p.key, 'startDate', p.startDate);
    date(p.key, 'endDate', p.endDate);
    if (p.endDate < p.startDate) problems.push(`${p.key} ends before it starts`);
    for (const e of p.participants) {
      ref(p.key, 'participants', e.person, ['Researcher', 'Contact', 'SupportStaff']);
      date(p.key, `participants(${e.person}).enrolledAt`, e.enrolledAt);
    }
  }
  for (const u of data.users) {
    email(u.key, u.email);
    name(u.key, 'displayName', u.displayName);
    text(u.key, 'password', u.password, LIMITS.password.max, LIMITS.password.min);
    if (u.role === Role.COORDINATOR) ref(u.key, 'link', u.link, ['Coordinator']);
    else if (u.role === Role.COMPANY) ref(u.key, 'link', u.link, ['Organization'], OrganizationKind.COMPANY);
    else if (u.role === Role.CONSORTIUM_MANAGER) ref(u.key, 'link', u.link, ['Consortium']);
    else problems.push(`${u.key}.role ${String(u.role)} is not a demo role`);
  }
  if (new Set(data.users.map((u) => u.email)).size !== data.users.length)
    problems.push('two demo users share an e-mail');
  for (const m of data.expectedMatches) {
    ref('expectedMatches', 'need', m.need, ['Need']);
    ref('expectedMatches', 'target', m.target, ['Seed', 'Equipment']);
  }
  return problems;
}

/**
 * Turns a valid data set into batches for the repository: keys become stable ids, dates become
 * Neo4j temporals, and each relationship type gets one batch per pair of endpoint labels (so every
 * endpoint is found through its label's id constraint). `passwordHashes` are by user key.
 */
export function planDemoWrite(data: DemoDataset, passwordHashes: Record<DemoKey, string>): DemoWritePlan {
  const labelOf = new Map<DemoKey, DemoLabel>();
  const nodes: NodeBatch[] = [];
  const addNodes = <T extends { key: DemoKey }>(
    label: DemoLabel,
    items: T[],
    props: (item: T) => Record<string, unknown>,
  ) => {
    items.forEach((item) => labelOf.set(item.key, label));
    nodes.push({ label, rows: items.map((item) => ({ id: demoId(item.key), props: props(item) })) });
  };

  addNodes('Region', data.regions, (r) => ({
    code: r.code,
    name: r.name,
    prefectures: r.prefectures,
    strategySummary: r.strategySummary,
    focusFields: r.focusFields,
  }));
  addNodes('Organization', data.organizations, (o) => ({
    name: o.name,
    kind: o.kind,
    industry: o.industry ?? null,
    size: o.size ?? null,
    description: o.description,
  }));
  addNodes('Researcher', data.researchers, (r) => ({
    name: r.name,
    title: r.title,
    fields: r.fields,
    profile: r.profile,
    invitedCoreResearcher: r.invitedCoreResearcher,
  }));
  addNodes('Contact', data.contacts, (c) => ({ name: c.name, title: c.title, email: c.email }));
  addNodes('Coordinator', data.coordinators, (c) => ({
    name: c.name,
    specialtyFields: c.specialtyFields,
    email: c.email,
  }));
  addNodes('Seed', data.seeds, (s) => ({
    title: s.title,
    summary: s.summary,
    keywords: s.keywords,
    field: s.field,
    stage: s.stage,
    ipStatus: s.ipStatus,
    ipNumbers: s.ipNumbers,
    visibility: s.visibility,
  }));
  addNodes('Need', data.needs, (n) => ({
    title: n.title,
    description: n.description,
    keywords: n.keywords,
    desiredOutcome: n.desiredOutcome,
    timeline: n.timeline,
    budgetBand: n.budgetBand,
    confidentiality: n.confidentiality,
    status: n.status,
  }));
  addNodes('Consortium', data.consortiums, (c) => ({ name: c.name, theme: c.theme, description: c.description }));
  addNodes('Equipment', data.equipment, (e) => ({
    name: e.name,
    category: e.category,
    description: e.description,
    specifications: e.specifications,
    conditions: e.conditions,
    fees: e.fees,
    availability: e.availability,
  }));
  addNodes('SupportStaff', data.supportStaff, (s) => ({ name: s.name, title: s.title, skills: s.skills }));
  addNodes('HrProgram', data.hrPrograms, (p) => ({
    title: p.title,
    targetSkills: p.targetSkills,
    description: p.description,
    // YYYY-MM-DD strings, as the HR-program module stores them (they sort and compare as dates).
    startDate: p.startDate,
    endDate: p.endDate,
  }));

  const batches = new Map<string, RelationshipBatch>();
  const link = (type: DemoRelationshipType, from: DemoKey, to: DemoKey, props: Record<string, unknown> = {}) => {
    const fromLabel = labelOf.get(from)!;
    const toLabel = labelOf.get(to)!;
    const id = `${type}:${fromLabel}:${toLabel}`;
    let batch = batches.get(id);
    if (!batch) batches.set(id, (batch = { type, from: fromLabel, to: toLabel, rows: [] }));
    batch.rows.push({ from: demoId(from), to: demoId(to), props });
  };

  data.organizations.forEach((o) => link('IN_REGION', o.key, o.region));
  data.consortiums.forEach((c) => link('IN_REGION', c.key, c.region));
  data.researchers.forEach((r) => r.affiliations.forEach((a) => link('AFFILIATED_WITH', r.key, a)));
  data.contacts.forEach((c) => link('WORKS_AT', c.key, c.organization));
  data.supportStaff.forEach((s) => link('WORKS_AT', s.key, s.worksAt));
  for (const c of data.coordinators) {
    link('WORKS_FOR', c.key, c.worksFor);
    c.covers.forEach((r) => link('COVERS', c.key, r));
    c.knows.forEach((k) => link('KNOWS', c.key, k.person, { note: k.note, since: neo4jDateTime(k.since) }));
  }
  for (const s of data.seeds) {
    s.heldBy.forEach((h) => link('HELD_BY', s.key, h));
    link('COLLECTED', s.collectedBy, s.key);
  }
  for (const n of data.needs) {
    link('OF_COMPANY', n.key, n.company);
    link('SURVEYED', n.surveyedBy, n.key);
  }
  data.consortiums.forEach((c) =>
    c.members.forEach((m) => link('MEMBER_OF', m.member, c.key, { role: m.role, since: neo4jDateTime(m.since) })),
  );
  data.equipment.forEach((e) => link('HOSTED_BY', e.key, e.hostedBy));
  data.supportStaff.forEach((s) => s.supports.forEach((e) => link('SUPPORTS', s.key, e)));
  for (const p of data.hrPrograms) {
    link('HOSTED_BY', p.key, p.hostedBy);
    p.participants.forEach((e) => link('ENROLLED_IN', e.person, p.key, { enrolledAt: neo4jDateTime(e.enrolledAt) }));
  }

  const userBatches = new Map<UserLinkType, UserBatch>();
  for (const u of data.users) {
    const to = labelOf.get(u.link) as DemoLabelOfUserLink;
    const type = USER_LINKS[to];
    let batch = userBatches.get(type);
    if (!batch) userBatches.set(type, (batch = { link: type, to, rows: [] }));
    const passwordHash = passwordHashes[u.key];
    if (!passwordHash) throw new Error(`No password hash for demo user ${u.key}`);
    batch.rows.push({
      id: demoId(u.key),
      linkId: demoId(u.link),
      props: { email: u.email, role: u.role, displayName: u.displayName, passwordHash },
    });
  }

  return { nodes, relationships: [...batches.values()], users: [...userBatches.values()] };
}
