import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { HrProgramsRepository } from '../../src/modules/hr-programs/hr-programs.repository';
import { OrganizationsRepository } from '../../src/modules/organizations/organizations.repository';
import { GraphQLResponse, TestApi, must } from '../support/api-client';
import { counter, errorCode, startApiSuite, stopApiSuite, userIdOf, writePeople } from '../support/api-suite';
import { changedBy, countEach } from '../support/graph-counts';
import { UNKNOWN_ID } from '../support/test-env';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';

const PROGRAM_FIELDS = `id title targetSkills description startDate endDate createdBy createdAt updatedAt
  participantCount host { id kind } region { id code }`;
const CREATE = `mutation($input: CreateHrProgramInput!) { createHrProgram(input: $input) { ${PROGRAM_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateHrProgramInput!) { updateHrProgram(id: $id, input: $input) { ${PROGRAM_FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteHrProgram(id: $id) }';
const ENROL = `mutation($programId: ID!, $personId: ID!) {
  enrolParticipant(programId: $programId, personId: $personId) { personId name kind enrolledAt } }`;
const WITHDRAW =
  'mutation($programId: ID!, $personId: ID!) { withdrawParticipant(programId: $programId, personId: $personId) }';
const LIST = `query($regionId: ID, $hostId: ID, $activeOn: String, $keyword: String, $sort: HrProgramSort,
  $direction: SortDirection, $first: Int, $after: String) {
  hrPrograms(regionId: $regionId, hostId: $hostId, activeOn: $activeOn, keyword: $keyword, sort: $sort,
    direction: $direction, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } } }`;

type Program = {
  id: string;
  title: string;
  targetSkills: string[];
  description: string;
  startDate: string;
  endDate: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  participantCount: number;
  host: { id: string; kind: string } | null;
  region: { id: string; code: string } | null;
};
type Participant = { personId: string; name: string; kind: string; enrolledAt: string | null };
type Page = {
  hrPrograms: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; title: string } }[];
  };
};

describe('human-resource programs', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let f: NetworkFixture;
  let adminId: string;
  const people = {} as Record<'researcher' | 'contact' | 'staff', string>;
  const program = {} as Record<'seaweed' | 'robotics' | 'metal' | 'data', string>;

  const count = (pattern: string) => counter(driver)(pattern);
  const graphSize = () =>
    countEach(driver, {
      nodes: '(n)',
      relationships: '()-[r]->()',
      programs: '(n:HrProgram)',
      hostedBy: '(:HrProgram)-[:HOSTED_BY]->()',
      enrolled: '()-[:ENROLLED_IN]->()',
    });
  /** Every stored property of every program, to show a refused update changed none of them. */
  const storedPrograms = async () =>
    (
      await driver.executeQuery('MATCH (n:HrProgram)-[:HOSTED_BY]->(h) RETURN n {.*, hostId: h.id} AS p ORDER BY n.id')
    ).records.map((r) => JSON.stringify(r.get('p')));
  const code = errorCode;
  const create = (input: Record<string, unknown>, token?: string) =>
    api.gql<{ createHrProgram: Program }>(CREATE, { input }, token);
  const update = (id: string, input: Record<string, unknown>, token?: string) =>
    api.gql<{ updateHrProgram: Program }>(UPDATE, { id, input }, token);
  const enrol = (programId: string, personId: string, token?: string) =>
    api.gql<{ enrolParticipant: Participant }>(ENROL, { programId, personId }, token);
  const withdraw = (programId: string, personId: string, token?: string) =>
    api.gql<{ withdrawParticipant: boolean }>(WITHDRAW, { programId, personId }, token);
  const list = (args: Record<string, unknown>, token: string) => must(api.gql<Page>(LIST, args, token));
  const titles = (page: Page) => page.hrPrograms.edges.map((e) => e.node.title);

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    f = await buildNetworkFixture(api, driver);
    adminId = await userIdOf(api, f.tokens.admin);

    // Researchers, contacts and support staff belong to other modules: written directly.
    const written = await writePeople(driver, {
      researchers: [
        { name: '海野 蒼', title: 'Professor', fields: ['food science'], affiliationId: f.ids.universityA },
      ],
      contacts: [{ name: 'Kenji Sato', title: 'CTO', email: 'sato@a1-foods.example', organizationId: f.ids.companyA1 }],
      staff: [{ name: 'Taro Yamada', title: '技術職員', skills: ['SEM'], organizationId: f.ids.universityA }],
    });
    [people.researcher] = written.researchers;
    [people.contact] = written.contacts;
    [people.staff] = written.staff;
  });
  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  it("creates programs for admins, the host region's coordinators and its consortium managers", async () => {
    const byCoordinator = await create(
      {
        title: '  Seaweed Processing Academy ',
        targetSkills: [' food processing ', 'HACCP', 'food processing', ''],
        startDate: '2025-04-01',
        endDate: '2025-09-30',
        hostId: f.ids.universityA,
      },
      f.tokens.coordA,
    );
    expect(byCoordinator.errors).toBeUndefined();
    expect(byCoordinator.data?.createHrProgram).toMatchObject({
      title: 'Seaweed Processing Academy',
      targetSkills: ['food processing', 'HACCP'],
      description: '',
      startDate: '2025-04-01',
      endDate: '2025-09-30',
      participantCount: 0,
      host: { id: f.ids.universityA, kind: 'UNIVERSITY' },
      region: { id: f.ids.regionA, code: 'region-a' },
    });
    program.seaweed = byCoordinator.data!.createHrProgram.id;

    const byAdmin = await must(
      create(
        {
          title: 'Marine Robotics Bootcamp',
          targetSkills: ['robotics', 'ROS'],
          description: '海洋ロボットの実習',
          startDate: '2025-06-01',
          endDate: '2025-06-30',
          hostId: f.ids.companyB1,
        },
        f.tokens.admin,
      ),
    );
    expect(byAdmin.createHrProgram).toMatchObject({
      createdBy: adminId,
      host: { id: f.ids.companyB1, kind: 'COMPANY' },
      region: { id: f.ids.regionB, code: 'region-b' },
    });
    program.robotics = byAdmin.createHrProgram.id;

    const byManager = await must(
      create(
        {
          title: 'Metal Additive Manufacturing School',
          description: 'additive manufacturing for small metal works',
          startDate: '2025-10-01',
          endDate: '2026-03-31',
          hostId: f.ids.companyA2,
        },
        f.tokens.managerA,
      ),
    );
    expect(byManager.createHrProgram).toMatchObject({ targetSkills: [], region: { code: 'region-a' } });
    program.metal = byManager.createHrProgram.id;

    // A one-day program: endDate may equal startDate.
    program.data = (
      await must(
        create(
          {
            title: 'Data Science for SMEs',
            targetSkills: ['Python'],
            startDate: '2024-01-10',
            endDate: '2024-01-10',
            hostId: f.ids.companyA1,
          },
          f.tokens.coordA,
        ),
      )
    ).createHrProgram.id;

    const stored = await driver.executeQuery(
      `MATCH (n:HrProgram {id: $id}) RETURN n.createdBy AS by, n.createdAt IS :: ZONED DATETIME AS created,
         n.updatedAt IS :: ZONED DATETIME AS updated, n.startDate AS start`,
      { id: program.metal },
    );
    expect(stored.records[0].toObject()).toMatchObject({ created: true, updated: true, start: '2025-10-01' });
    expect(stored.records[0].get('by')).not.toBe(adminId);
    expect(await count('(:HrProgram)-[:HOSTED_BY]->(:Organization)')).toBe(4);
  });

  it('refuses other regions, company users and anonymous callers, writing nothing', async () => {
    const before = await graphSize();
    const input = { title: 'Refused', startDate: '2025-01-01', endDate: '2025-01-31', hostId: f.ids.universityA };
    for (const who of ['coordB', 'companyA1'] as const) {
      expect([who, code(await create(input, f.tokens[who]))]).toEqual([who, 'FORBIDDEN']);
      expect([who, code(await update(program.seaweed, { title: 'Hijacked' }, f.tokens[who]))]).toEqual([
        who,
        'FORBIDDEN',
      ]);
      expect([who, code(await api.gql(DELETE, { id: program.seaweed }, f.tokens[who]))]).toEqual([who, 'FORBIDDEN']);
      expect([who, code(await enrol(program.seaweed, people.researcher, f.tokens[who]))]).toEqual([who, 'FORBIDDEN']);
      expect([who, code(await withdraw(program.seaweed, people.researcher, f.tokens[who]))]).toEqual([
        who,
        'FORBIDDEN',
      ]);
    }
    // Region A's manager and coordinator do not write a program hosted in region B.
    for (const who of ['managerA', 'coordA'] as const) {
      expect([who, code(await create({ ...input, hostId: f.ids.companyB1 }, f.tokens[who]))]).toEqual([
        who,
        'FORBIDDEN',
      ]);
      expect([who, code(await update(program.robotics, { title: 'Hijacked' }, f.tokens[who]))]).toEqual([
        who,
        'FORBIDDEN',
      ]);
      expect([who, code(await enrol(program.robotics, people.researcher, f.tokens[who]))]).toEqual([who, 'FORBIDDEN']);
    }
    expect(code(await create(input))).toBe('UNAUTHENTICATED');
    expect(code(await update(program.seaweed, { title: 'Hijacked' }))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql(DELETE, { id: program.seaweed }))).toBe('UNAUTHENTICATED');
    expect(code(await enrol(program.seaweed, people.researcher))).toBe('UNAUTHENTICATED');
    expect(code(await withdraw(program.seaweed, people.researcher))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql('query($id: ID!) { hrProgram(id: $id) { id } }', { id: program.seaweed }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await graphSize()).toEqual(before);
  });

  it('refuses bad input and unknown ids, naming the field, and writes nothing', async () => {
    const before = await graphSize();
    const storedBefore = await storedPrograms();
    const valid = { title: 'Valid', startDate: '2025-01-01', endDate: '2025-01-31', hostId: f.ids.universityA };
    const extensions = async (response: Promise<GraphQLResponse>) => (await response).errors?.[0].extensions;

    expect(await extensions(create({ ...valid, title: '  ' }, f.tokens.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['title'],
    });
    expect(await extensions(create({ ...valid, title: 'x'.repeat(201) }, f.tokens.admin))).toMatchObject({
      fields: ['title'],
    });
    expect(await extensions(create({ ...valid, startDate: '2025-02-30' }, f.tokens.admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['startDate'],
    });
    expect(await extensions(create({ ...valid, endDate: '2025/01/31' }, f.tokens.admin))).toMatchObject({
      fields: ['endDate'],
    });
    expect(
      await extensions(create({ ...valid, startDate: '2025-02-01', endDate: '2025-01-31' }, f.tokens.admin)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['endDate'],
    });
    expect(await extensions(create({ ...valid, targetSkills: ['x'.repeat(101)] }, f.tokens.admin))).toMatchObject({
      fields: ['targetSkills'],
    });
    expect(await extensions(create({ ...valid, hostId: 'university-a' }, f.tokens.admin))).toMatchObject({
      fields: ['hostId'],
    });
    expect(await extensions(create({ ...valid, hostId: UNKNOWN_ID }, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'hostId',
    });
    expect(await extensions(create({ ...valid, hostId: UNKNOWN_ID }, f.tokens.coordA))).toEqual({
      code: 'NOT_FOUND',
      field: 'hostId',
    });
    expect(code(await create({ ...valid, regionId: f.ids.regionA }, f.tokens.admin))).toBe('BAD_USER_INPUT');

    // Updates: both dates sent, or one sent against the other stored (seaweed runs 2025-04-01..2025-09-30).
    expect(
      await extensions(update(program.seaweed, { startDate: '2025-05-01', endDate: '2025-04-30' }, f.tokens.coordA)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['endDate'] });
    expect(await extensions(update(program.seaweed, { endDate: '2025-03-31' }, f.tokens.coordA))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['endDate'],
    });
    expect(
      await extensions(update(program.seaweed, { title: 'Moved on', startDate: '2025-10-01' }, f.tokens.coordA)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['endDate'] });
    expect(await extensions(update(program.seaweed, { title: '' }, f.tokens.coordA))).toMatchObject({
      fields: ['title'],
    });
    expect(await extensions(update(program.seaweed, { title: 'Lost', hostId: UNKNOWN_ID }, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'hostId',
    });
    expect(await extensions(update(UNKNOWN_ID, { title: 'Ghost' }, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'id',
    });

    // Enrolment: unknown or malformed person and program; a coordinator is not a person who enrols.
    expect(await extensions(enrol(program.seaweed, UNKNOWN_ID, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'personId',
    });
    expect(await extensions(enrol(program.seaweed, f.ids.coordinatorA, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'personId',
    });
    expect(await extensions(enrol(UNKNOWN_ID, people.researcher, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'programId',
    });
    expect(await extensions(enrol(program.seaweed, 'researcher-1', f.tokens.admin))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'personId',
    });
    expect(await extensions(withdraw(program.seaweed, UNKNOWN_ID, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'personId',
    });
    expect(await extensions(withdraw(UNKNOWN_ID, people.researcher, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'programId',
    });
    expect(await extensions(api.gql(DELETE, { id: UNKNOWN_ID }, f.tokens.admin))).toEqual({
      code: 'NOT_FOUND',
      field: 'id',
    });

    expect(await graphSize()).toEqual(before);
    expect(await storedPrograms()).toEqual(storedBefore);
  });

  it('lists programs for every signed-in role, with filters, sorting and cursor pages', async () => {
    for (const token of [f.tokens.admin, f.tokens.coordB, f.tokens.companyA1, f.tokens.managerA]) {
      const first = await list({ regionId: f.ids.regionA, sort: 'TITLE', direction: 'ASC', first: 2 }, token);
      expect(first.hrPrograms.totalCount).toBe(3);
      expect(titles(first)).toEqual(['Data Science for SMEs', 'Metal Additive Manufacturing School']);
      expect(first.hrPrograms.pageInfo.hasNextPage).toBe(true);
      const second = await list(
        {
          regionId: f.ids.regionA,
          sort: 'TITLE',
          direction: 'ASC',
          first: 2,
          after: first.hrPrograms.pageInfo.endCursor,
        },
        token,
      );
      expect(titles(second)).toEqual(['Seaweed Processing Academy']);
      expect(second.hrPrograms.pageInfo.hasNextPage).toBe(false);
    }
    const token = f.tokens.companyA1;
    const byStart = await list({ sort: 'START_DATE', direction: 'ASC' }, token);
    expect(titles(byStart)).toEqual([
      'Data Science for SMEs',
      'Seaweed Processing Academy',
      'Marine Robotics Bootcamp',
      'Metal Additive Manufacturing School',
    ]);
    // Default: START_DATE, newest first; paged by start date too.
    const newest = await list({ first: 3 }, token);
    expect(titles(newest)).toEqual([
      'Metal Additive Manufacturing School',
      'Marine Robotics Bootcamp',
      'Seaweed Processing Academy',
    ]);
    expect(titles(await list({ first: 3, after: newest.hrPrograms.pageInfo.endCursor }, token))).toEqual([
      'Data Science for SMEs',
    ]);
    expect(titles(await list({ sort: 'CREATED_AT', direction: 'ASC' }, token))).toEqual([
      'Seaweed Processing Academy',
      'Marine Robotics Bootcamp',
      'Metal Additive Manufacturing School',
      'Data Science for SMEs',
    ]);

    const filtered = async (args: Record<string, unknown>) =>
      titles(await list({ sort: 'TITLE', direction: 'ASC', ...args }, token));
    expect(await filtered({ regionId: f.ids.regionB })).toEqual(['Marine Robotics Bootcamp']);
    expect(await filtered({ hostId: f.ids.companyA2 })).toEqual(['Metal Additive Manufacturing School']);
    expect(await filtered({ activeOn: '2025-06-15' })).toEqual([
      'Marine Robotics Bootcamp',
      'Seaweed Processing Academy',
    ]);
    expect(await filtered({ activeOn: '2025-09-30' })).toEqual(['Seaweed Processing Academy']);
    expect(await filtered({ activeOn: '2025-10-01' })).toEqual(['Metal Additive Manufacturing School']);
    expect(await filtered({ activeOn: '2024-01-10' })).toEqual(['Data Science for SMEs']);
    expect(await filtered({ keyword: 'haccp' })).toEqual(['Seaweed Processing Academy']);
    expect(await filtered({ keyword: '海洋' })).toEqual(['Marine Robotics Bootcamp']);
    expect(await filtered({ keyword: 'ADDITIVE' })).toEqual(['Metal Additive Manufacturing School']);
    expect(await filtered({ keyword: 'school', regionId: f.ids.regionB })).toEqual([]);
    expect(await filtered({ regionId: f.ids.regionA, activeOn: '2025-06-15', keyword: 'food' })).toEqual([
      'Seaweed Processing Academy',
    ]);

    expect(code(await api.gql(LIST, { activeOn: '2025-6-15' }, token))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(LIST, { after: 'not a cursor!' }, token))).toBe('BAD_USER_INPUT');
    expect(code(await api.gql(LIST, { first: 101 }, token))).toBe('BAD_USER_INPUT');

    const one = await api.gql<{ hrProgram: Program }>(
      `query($id: ID!) { hrProgram(id: $id) { ${PROGRAM_FIELDS} } }`,
      { id: program.robotics },
      f.tokens.companyA1,
    );
    expect(one.data?.hrProgram).toMatchObject({
      title: 'Marine Robotics Bootcamp',
      host: { id: f.ids.companyB1 },
      region: { code: 'region-b' },
    });
    const unknown = await api.gql(
      'query($id: ID!) { hrProgram(id: $id) { id } }',
      { id: UNKNOWN_ID },
      f.tokens.companyA1,
    );
    expect(unknown.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });

  it("updates for the host region's writers, and moves a program only between hosts they may write", async () => {
    const byManager = await update(
      program.metal,
      { description: '金属積層造形の人材育成', targetSkills: ['3D printing'] },
      f.tokens.managerA,
    );
    expect(byManager.data?.updateHrProgram).toMatchObject({
      title: 'Metal Additive Manufacturing School',
      description: '金属積層造形の人材育成',
      targetSkills: ['3D printing'],
      startDate: '2025-10-01',
      endDate: '2026-03-31',
    });
    const byCoordinator = await update(program.data, { endDate: '2024-12-20' }, f.tokens.coordA);
    expect(byCoordinator.data?.updateHrProgram).toMatchObject({ startDate: '2024-01-10', endDate: '2024-12-20' });
    expect(Date.parse(byCoordinator.data!.updateHrProgram.updatedAt)).toBeGreaterThan(
      Date.parse(byCoordinator.data!.updateHrProgram.createdAt),
    );

    // A coordinator may not move a program to a host outside its regions.
    expect(code(await update(program.data, { hostId: f.ids.companyB1 }, f.tokens.coordA))).toBe('FORBIDDEN');
    const moved = await update(program.data, { hostId: f.ids.companyB1 }, f.tokens.admin);
    expect(moved.data?.updateHrProgram).toMatchObject({ host: { id: f.ids.companyB1 }, region: { id: f.ids.regionB } });
    expect(await count('(:HrProgram)-[:HOSTED_BY]->()')).toBe(4);
    // Now in region B: its coordinator writes it, region A's no longer does, and B's may not move it back to A.
    expect(code(await update(program.data, { title: 'x' }, f.tokens.coordA))).toBe('FORBIDDEN');
    expect((await update(program.data, { title: 'Data Science for SMEs' }, f.tokens.coordB)).errors).toBeUndefined();
    expect(code(await update(program.data, { hostId: f.ids.companyA1 }, f.tokens.coordB))).toBe('FORBIDDEN');
    const back = await update(program.data, { hostId: f.ids.companyA1 }, f.tokens.admin);
    expect(back.data?.updateHrProgram).toMatchObject({ host: { id: f.ids.companyA1 }, region: { id: f.ids.regionA } });
    // Sending the current host is not a move.
    expect(
      (await update(program.data, { hostId: f.ids.companyA1, title: 'Data Science for SMEs' }, f.tokens.managerA))
        .errors,
    ).toBeUndefined();
    const hosts = await driver.executeQuery(
      'MATCH (:HrProgram {id: $id})-[:HOSTED_BY]->(h) RETURN collect(h.id) AS hosts',
      { id: program.data },
    );
    expect(hosts.records[0].get('hosts')).toEqual([f.ids.companyA1]);
  });

  it('enrols researchers, contacts and support staff; enrolling twice changes nothing', async () => {
    const researcher = await enrol(program.seaweed, people.researcher, f.tokens.coordA);
    expect(researcher.data?.enrolParticipant).toMatchObject({
      personId: people.researcher,
      name: '海野 蒼',
      kind: 'RESEARCHER',
    });
    const enrolledAt = researcher.data!.enrolParticipant.enrolledAt;
    expect(Number.isNaN(Date.parse(enrolledAt!))).toBe(false);
    expect((await enrol(program.seaweed, people.contact, f.tokens.managerA)).data?.enrolParticipant).toMatchObject({
      personId: people.contact,
      name: 'Kenji Sato',
      kind: 'CONTACT',
    });
    expect((await enrol(program.seaweed, people.staff, f.tokens.admin)).data?.enrolParticipant).toMatchObject({
      personId: people.staff,
      name: 'Taro Yamada',
      kind: 'SUPPORT_STAFF',
    });
    expect((await enrol(program.metal, people.researcher, f.tokens.managerA)).errors).toBeUndefined();
    expect((await enrol(program.robotics, people.staff, f.tokens.coordB)).errors).toBeUndefined();

    const before = await graphSize();
    const storedBefore = await storedPrograms();
    const again = await enrol(program.seaweed, people.researcher, f.tokens.managerA);
    expect(again.data?.enrolParticipant).toEqual({
      personId: people.researcher,
      name: '海野 蒼',
      kind: 'RESEARCHER',
      enrolledAt,
    });
    expect(await graphSize()).toEqual(before);
    expect(await storedPrograms()).toEqual(storedBefore);
    expect(before.enrolled).toBe(5);

    expect((await withdraw(program.seaweed, people.contact, f.tokens.coordA)).data).toEqual({
      withdrawParticipant: true,
    });
    expect((await withdraw(program.seaweed, people.contact, f.tokens.coordA)).data).toEqual({
      withdrawParticipant: false,
    });
    expect(await count('()-[:ENROLLED_IN]->()')).toBe(4);
    expect(await count('(:Contact)')).toBe(1);
    const one = await must(
      api.gql<{ hrProgram: { participantCount: number; participants: Participant[] } }>(
        'query($id: ID!) { hrProgram(id: $id) { participantCount participants { personId name kind enrolledAt } } }',
        { id: program.seaweed },
        f.tokens.companyA1,
      ),
    );
    expect(one.hrProgram.participantCount).toBe(2);
    expect(one.hrProgram.participants.map((p) => [p.name, p.kind])).toEqual([
      ['Taro Yamada', 'SUPPORT_STAFF'],
      ['海野 蒼', 'RESEARCHER'],
    ]);
  });

  it('resolves host, region, participantCount and participants, batched across a list', async () => {
    const query = `query($r: ID) { hrPrograms(regionId: $r, sort: TITLE, direction: ASC) { edges { node {
      title participantCount host { name } region { code } participants { personId name kind } } } } }`;
    type Result = {
      hrPrograms: {
        edges: { node: { title: string; participantCount: number; participants: Omit<Participant, 'enrolledAt'>[] } }[];
      };
    };
    const participantsOf = jest.spyOn(api.app.get(HrProgramsRepository), 'participantsOf');
    const organizationsById = jest.spyOn(api.app.get(OrganizationsRepository), 'findByIds');
    try {
      const result = await must(api.gql<Result>(query, { r: f.ids.regionA }, f.tokens.companyA1));
      expect(participantsOf).toHaveBeenCalledTimes(1);
      expect(participantsOf.mock.calls[0][0]).toHaveLength(3);
      expect(organizationsById).toHaveBeenCalledTimes(1);
      expect(result.hrPrograms.edges.map((e) => e.node)).toEqual([
        {
          title: 'Data Science for SMEs',
          participantCount: 0,
          host: { name: 'A1 Foods' },
          region: { code: 'region-a' },
          participants: [],
        },
        {
          title: 'Metal Additive Manufacturing School',
          participantCount: 1,
          host: { name: 'A2 Metals' },
          region: { code: 'region-a' },
          participants: [{ personId: people.researcher, name: '海野 蒼', kind: 'RESEARCHER' }],
        },
        {
          title: 'Seaweed Processing Academy',
          participantCount: 2,
          host: { name: 'A University' },
          region: { code: 'region-a' },
          participants: [
            { personId: people.staff, name: 'Taro Yamada', kind: 'SUPPORT_STAFF' },
            { personId: people.researcher, name: '海野 蒼', kind: 'RESEARCHER' },
          ],
        },
      ]);
    } finally {
      participantsOf.mockRestore();
      organizationsById.mockRestore();
    }
  });

  it('deletes a program with its enrolments and host link, keeping the people and the host', async () => {
    const before = await graphSize();
    expect((await api.gql(DELETE, { id: program.seaweed }, f.tokens.coordA)).data).toEqual({ deleteHrProgram: true });
    expect(await graphSize()).toEqual(
      changedBy(before, { nodes: -1, relationships: -3, programs: -1, hostedBy: -1, enrolled: -2 }),
    );
    expect(await count('(:Researcher)')).toBe(1);
    expect(await count('(:SupportStaff)')).toBe(1);
    expect(await count(`(:Organization {id: "${f.ids.universityA}"})`)).toBe(1);
    expect((await api.gql(DELETE, { id: program.metal }, f.tokens.managerA)).data).toEqual({ deleteHrProgram: true });
    expect((await api.gql(DELETE, { id: program.robotics }, f.tokens.admin)).data).toEqual({ deleteHrProgram: true });
    expect(code(await api.gql(DELETE, { id: program.robotics }, f.tokens.admin))).toBe('NOT_FOUND');
    expect(code(await enrol(program.robotics, people.staff, f.tokens.admin))).toBe('NOT_FOUND');
    expect(titles(await list({}, f.tokens.companyA1))).toEqual(['Data Science for SMEs']);
  });
});
