import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { must, TestApi } from './api-client';
import { TEST_ADMIN } from './test-env';

/**
 * Two regions (A, B), companies A1 and A2 in A, B1 in B, a university in A, a coordinator covering
 * each region, a consortium in A, and a signed-in user for every role. Nodes are written with
 * Cypher (the fixture is not what is under test); users go through the createUser mutation.
 */
export interface NetworkFixture {
  ids: Record<
    | 'regionA'
    | 'regionB'
    | 'companyA1'
    | 'companyA2'
    | 'companyB1'
    | 'universityA'
    | 'coordinatorA'
    | 'coordinatorB'
    | 'consortiumA',
    string
  >;
  tokens: Record<'admin' | 'coordA' | 'coordB' | 'companyA1' | 'companyA2' | 'managerA', string>;
}

export async function buildNetworkFixture(api: TestApi, driver: Driver): Promise<NetworkFixture> {
  const ids = {
    regionA: randomUUID(),
    regionB: randomUUID(),
    companyA1: randomUUID(),
    companyA2: randomUUID(),
    companyB1: randomUUID(),
    universityA: randomUUID(),
    coordinatorA: randomUUID(),
    coordinatorB: randomUUID(),
    consortiumA: randomUUID(),
  };
  await driver.executeQuery(
    `CREATE (ra:Region {id: $regionA, code: 'region-a', name: 'Region A', prefectures: ['A県'], strategySummary: '', focusFields: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})
     CREATE (rb:Region {id: $regionB, code: 'region-b', name: 'Region B', prefectures: ['B県'], strategySummary: '', focusFields: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})
     CREATE (a1:Organization {id: $companyA1, name: 'A1 Foods', kind: 'COMPANY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(ra)
     CREATE (a2:Organization {id: $companyA2, name: 'A2 Metals', kind: 'COMPANY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(ra)
     CREATE (b1:Organization {id: $companyB1, name: 'B1 Marine', kind: 'COMPANY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(rb)
     CREATE (ua:Organization {id: $universityA, name: 'A University', kind: 'UNIVERSITY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(ra)
     CREATE (:Coordinator {id: $coordinatorA, name: 'Coordinator A', specialtyFields: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:COVERS]->(ra)
     CREATE (:Coordinator {id: $coordinatorB, name: 'Coordinator B', specialtyFields: [], createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:COVERS]->(rb)
     CREATE (:Consortium {id: $consortiumA, name: 'A Consortium', theme: '', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(ra)`,
    ids,
  );
  const admin = await api.signIn(TEST_ADMIN.email, TEST_ADMIN.password);
  const user = async (name: string, role: string, linkId: string) => {
    const email = `${name.toLowerCase()}@fixture.musubi.example`;
    const password = `${name}-password-123`;
    const created = await api.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email, password, role, displayName: name, linkId } },
      admin,
    );
    if (created.errors) throw new Error(`fixture user ${name}: ${JSON.stringify(created.errors)}`);
    return api.signIn(email, password);
  };
  const tokens = {
    admin,
    coordA: await user('CoordA', 'COORDINATOR', ids.coordinatorA),
    coordB: await user('CoordB', 'COORDINATOR', ids.coordinatorB),
    companyA1: await user('CompanyA1', 'COMPANY', ids.companyA1),
    companyA2: await user('CompanyA2', 'COMPANY', ids.companyA2),
    managerA: await user('ManagerA', 'CONSORTIUM_MANAGER', ids.consortiumA),
  };
  return { ids, tokens };
}

/**
 * A researcher, a piece of equipment, a support staff member and an HR program at A University,
 * created through the API by the admin in one request, each named after `name`; returns their ids.
 */
export async function createUniversityResources(api: TestApi, fx: NetworkFixture, name: string) {
  const at = fx.ids.universityA;
  const created = await must(
    api.gql<Record<'researcher' | 'equipment' | 'supportStaff' | 'hrProgram', { id: string }>>(
      `mutation($r: CreateResearcherInput!, $q: CreateEquipmentInput!, $s: CreateSupportStaffInput!, $h: CreateHrProgramInput!) {
        researcher: createResearcher(input: $r) { id } equipment: createEquipment(input: $q) { id }
        supportStaff: createSupportStaff(input: $s) { id } hrProgram: createHrProgram(input: $h) { id } }`,
      {
        r: { name: `${name} Researcher`, affiliationId: at },
        q: { name: `${name} SEM`, category: 'microscope', description: 'Scanning electron microscope', hostId: at },
        s: { name: `${name} Staff`, organizationId: at },
        h: { title: `${name} program`, hostId: at, startDate: '2026-04-01', endDate: '2027-03-31' },
      },
      fx.tokens.admin,
    ),
  );
  return {
    researcher: created.researcher.id,
    equipment: created.equipment.id,
    supportStaff: created.supportStaff.id,
    hrProgram: created.hrProgram.id,
  };
}
