import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { GraphQLResponse, must, startTestApi, TestApi } from './api-client';
import { clearGraph, countOf, deleteQueueKeys, testDriver } from './services';
import { testConfig } from './test-env';

/** What a suite that talks to the real API needs: its config, a driver to look at the graph, the API. */
export interface ApiSuite {
  config: AppConfig;
  driver: Driver;
  api: TestApi;
}

/** Boots the API on a cleared graph. */
export async function startApiSuite(overrides?: Parameters<typeof testConfig>[0]): Promise<ApiSuite> {
  const config = await testConfig(overrides);
  const driver = testDriver(config);
  await clearGraph(driver);
  const api = await startTestApi(config);
  return { config, driver, api };
}

/** Stops the API and leaves the graph and the queues as the suite found them. */
export async function stopApiSuite({ config, driver, api }: ApiSuite): Promise<void> {
  await api.close();
  await clearGraph(driver);
  await driver.close();
  await deleteQueueKeys(config.redis.url, config.queue.prefix);
}

/** How many times a MATCH pattern (written by the test, never by input) matches. */
export const counter = (driver: Driver) => (pattern: string) =>
  countOf(driver, `MATCH ${pattern} RETURN count(*) AS n`);

/** The extensions code of a response's first error. */
export const errorCode = (response: GraphQLResponse) => response.errors?.[0].extensions?.code;

/** The extensions (code, field or fields) of a response's first error. */
export const errorExtensions = (response: GraphQLResponse) => response.errors?.[0].extensions;

/** The user id behind a token. */
export async function userIdOf(api: TestApi, token: string): Promise<string> {
  return (await must(api.gql<{ me: { id: string } }>('{ me { id } }', undefined, token))).me.id;
}

/** Creates regions, organizations and coordinators through the API as `token`; each returns the new id. */
export function apiFactories(api: TestApi, token: string) {
  const create = async (mutation: string, inputType: string, input: Record<string, unknown>) => {
    const data = await must(
      api.gql<Record<string, { id: string }>>(
        `mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`,
        { input },
        token,
      ),
    );
    return data[mutation].id;
  };
  return {
    region: (code: string, name: string) => create('createRegion', 'CreateRegionInput', { code, name }),
    organization: (name: string, kind: string, regionId: string) =>
      create('createOrganization', 'CreateOrganizationInput', { name, kind, regionId }),
    coordinator: (name: string, organizationId: string, regionIds: string[]) =>
      create('createCoordinator', 'CreateCoordinatorInput', { name, organizationId, regionIds }),
    /** A user of `role` acting for `linkId`, signed in: returns its token. */
    user: async (name: string, role: string, linkId: string, domain: string) => {
      const email = `${name}@${domain}`;
      const password = `${name}-password-123`;
      await create('createUser', 'CreateUserInput', { email, password, role, displayName: name, linkId });
      return api.signIn(email, password);
    },
  };
}

/**
 * Two regions made through the API, north-coast and south-bay, and in the north a coordinating
 * organization, a university and a company: the small network the entity suites build on.
 */
export async function buildCoastRegions(make: ReturnType<typeof apiFactories>) {
  const north = await make.region('north-coast', '北海岸地域');
  const south = await make.region('south-bay', '南湾地域');
  return {
    north,
    south,
    coordOrg: await make.organization('北海岸産業振興財団', 'COORDINATING_ORGANIZATION', north),
    university: await make.organization('North Coast University', 'UNIVERSITY', north),
    company: await make.organization('North Foods', 'COMPANY', north),
  };
}

/**
 * Writes people of other modules (researchers, contacts, support staff) straight into the graph,
 * for suites that only need them to exist; returns their ids.
 */
export async function writePeople(
  driver: Driver,
  people: {
    researchers?: { name: string; title: string; fields?: string[]; affiliationId: string }[];
    contacts?: { name: string; title: string; email: string; organizationId: string }[];
    staff?: { name: string; title: string; skills: string[]; organizationId: string }[];
  },
): Promise<{ researchers: string[]; contacts: string[]; staff: string[] }> {
  const withIds = <T>(rows: T[] = []) => rows.map((row) => ({ ...row, id: randomUUID() }));
  const rows = {
    researchers: withIds(people.researchers),
    contacts: withIds(people.contacts),
    staff: withIds(people.staff),
  };
  await driver.executeQuery(
    `UNWIND $researchers AS p MATCH (o:Organization {id: p.affiliationId})
     CREATE (:Researcher {id: p.id, name: p.name, title: p.title, fields: coalesce(p.fields, []), profile: '',
       invitedCoreResearcher: false, createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:AFFILIATED_WITH]->(o)
     WITH count(*) AS done
     UNWIND $contacts AS p MATCH (o:Organization {id: p.organizationId})
     CREATE (:Contact {id: p.id, name: p.name, title: p.title, email: p.email,
       createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:WORKS_AT]->(o)
     WITH count(*) AS done
     UNWIND $staff AS p MATCH (o:Organization {id: p.organizationId})
     CREATE (:SupportStaff {id: p.id, name: p.name, title: p.title, skills: p.skills,
       createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:WORKS_AT]->(o)`,
    rows,
  );
  const ids = (list: { id: string }[]) => list.map((p) => p.id);
  return { researchers: ids(rows.researchers), contacts: ids(rows.contacts), staff: ids(rows.staff) };
}

/** The visibility levels of needs (confidentiality) and seeds (visibility), lower-cased. */
export const LEVELS = ['private', 'region', 'public'] as const;
export type Level = (typeof LEVELS)[number];

/** Creates one record per visibility level with `create`, one after another; returns their ids by level. */
export async function onePerLevel(create: (level: Level) => Promise<string>): Promise<Record<Level, string>> {
  const ids = {} as Record<Level, string>;
  for (const level of LEVELS) ids[level] = await create(level);
  return ids;
}
