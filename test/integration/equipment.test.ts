import { randomUUID } from 'node:crypto';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { EquipmentRepository } from '../../src/modules/equipment/equipment.repository';
import { SupportStaffRepository } from '../../src/modules/equipment/support-staff.repository';
import { OrganizationsRepository } from '../../src/modules/organizations/organizations.repository';
import { TestApi, must } from '../support/api-client';
import { counter, errorCode, errorExtensions, startApiSuite, stopApiSuite, userIdOf } from '../support/api-suite';
import { entityRequests } from '../support/entity-requests';
import { countEach } from '../support/graph-counts';
import { UNKNOWN_ID } from '../support/test-env';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';

const EQUIPMENT_FIELDS = `id name category description specifications conditions fees availability hostId
  createdAt updatedAt createdBy host { id name } region { id code }`;
const STAFF_FIELDS = 'id name title skills organizationId createdBy organization { id name }';

const ASSIGN =
  'mutation($e: ID!, $s: ID!) { assignSupportStaff(equipmentId: $e, staffId: $s) { id supportStaff { id name } } }';
const UNASSIGN = 'mutation($e: ID!, $s: ID!) { unassignSupportStaff(equipmentId: $e, staffId: $s) }';
const LIST = `query($regionId: ID, $hostId: ID, $category: String, $availability: EquipmentAvailability, $keyword: String,
    $sort: EquipmentSort, $direction: SortDirection, $first: Int, $after: String) {
  equipments(regionId: $regionId, hostId: $hostId, category: $category, availability: $availability, keyword: $keyword,
    sort: $sort, direction: $direction, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;
const LIST_STAFF = `query($organizationId: ID, $keyword: String, $first: Int, $after: String) {
  supportStaffMembers(organizationId: $organizationId, keyword: $keyword, first: $first, after: $after, sort: NAME, direction: ASC) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;

type EquipmentResult = {
  id: string;
  name: string;
  category: string;
  description: string;
  specifications: string;
  conditions: string;
  fees: string;
  availability: string;
  hostId: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  host: { id: string; name: string } | null;
  region: { id: string; code: string } | null;
  supportStaff?: { id: string; name: string }[];
};
type StaffResult = {
  id: string;
  name: string;
  title: string;
  skills: string[];
  organizationId: string;
  createdBy: string;
  organization: { id: string; name: string } | null;
  equipment?: { id: string; name: string }[];
};
type Page = {
  equipments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string } }[];
  };
};
type Token = keyof NetworkFixture['tokens'];

describe('equipment and support staff', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let f: NetworkFixture;
  let adminId: string;
  let coordAUserId: string;
  /** Hosts added beside the fixture's A University: a research institute in each region. */
  const hosts = { instituteA: randomUUID(), instituteB: randomUUID() };
  /** The filter data set, kept for the whole suite (other tests delete what they create). */
  const eq = {} as Record<'afm' | 'sem' | 'xrd' | 'printer' | 'tank', string>;
  const staff = {} as Record<'tanaka' | 'suzuki' | 'ito' | 'kato', string>;

  const count = (pattern: string) => counter(driver)(pattern);
  /** Everything this module writes, with its properties, so a refused request provably wrote nothing. */
  const snapshot = async () => ({
    ...(await countEach(driver, {
      equipment: '(:Equipment)',
      staff: '(:SupportStaff)',
      hostedBy: '(:Equipment)-[:HOSTED_BY]->(:Organization)',
      worksAt: '(:SupportStaff)-[:WORKS_AT]->(:Organization)',
      supports: '(:SupportStaff)-[:SUPPORTS]->(:Equipment)',
    })),
    properties: (
      await driver.executeQuery(
        `MATCH (n) WHERE n:Equipment OR n:SupportStaff
         RETURN n.id AS id, properties(n) AS props ORDER BY n.id`,
      )
    ).records.map((r) =>
      JSON.stringify([
        r.get('id'),
        Object.entries(r.get('props') as Record<string, unknown>)
          .map(([k, v]) => [k, String(v)])
          .sort(),
      ]),
    ),
  });
  const code = errorCode;
  /** The fixture user's token, the admin's unless told; null sends none. */
  const tokenOf = (token: Token | null = 'admin') => (token ? f.tokens[token] : undefined);
  const requestsOf = entityRequests(() => api, tokenOf);
  const equipment = requestsOf<EquipmentResult, 'Equipment'>('Equipment', EQUIPMENT_FIELDS, 'supportStaff { id name }');
  const staffRequests = requestsOf<StaffResult, 'SupportStaff'>('SupportStaff', STAFF_FIELDS, 'equipment { id name }');
  const { create, update, delete: del, get } = equipment;
  const { create: createStaff, update: updateStaff, delete: delStaff, get: getStaff } = staffRequests;
  const assign = (e: string, s: string, token: Token | null = 'admin') =>
    api.gql<{ assignSupportStaff: { id: string; supportStaff: { id: string; name: string }[] } }>(
      ASSIGN,
      { e, s },
      tokenOf(token),
    );
  const unassign = (e: string, s: string, token: Token | null = 'admin') =>
    api.gql<{ unassignSupportStaff: boolean }>(UNASSIGN, { e, s }, tokenOf(token));
  const list = async (variables: Record<string, unknown>, token: Token = 'companyA1') =>
    (await must(api.gql<Page>(LIST, { sort: 'NAME', direction: 'ASC', ...variables }, f.tokens[token]))).equipments;
  const names = (page: Page['equipments']) => page.edges.map((e) => e.node.name);

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    f = await buildNetworkFixture(api, driver);
    adminId = await userIdOf(api, f.tokens.admin);
    coordAUserId = (await must(api.gql<{ me: { id: string } }>('{ me { id } }', undefined, f.tokens.coordA))).me.id;
    await driver.executeQuery(
      `MATCH (ra:Region {id: $regionA}), (rb:Region {id: $regionB})
       CREATE (:Organization {id: $instituteA, name: 'A Industrial Research Institute', kind: 'RESEARCH_INSTITUTE', description: '',
         createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(ra)
       CREATE (:Organization {id: $instituteB, name: 'B Marine Research Institute', kind: 'RESEARCH_INSTITUTE', description: '',
         createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(rb)`,
      { ...hosts, regionA: f.ids.regionA, regionB: f.ids.regionB },
    );

    const make = async (input: Record<string, unknown>) => (await must(create(input))).createEquipment.id;
    eq.afm = await make({
      name: 'Atomic Force Microscope',
      category: 'Microscopy',
      hostId: f.ids.universityA,
      description: '試料表面の凹凸をナノメートル単位で観察できます。',
    });
    eq.sem = await make({
      name: 'Scanning Electron Microscope',
      category: 'microscopy',
      availability: 'LIMITED',
      hostId: f.ids.universityA,
      description: 'SEM with EDS for elemental analysis.',
      fees: '¥5,000 / hour',
    });
    eq.xrd = await make({
      name: 'X-ray Diffractometer',
      category: 'Analysis',
      hostId: f.ids.universityA,
      description: 'Powder XRD.',
      specifications: 'Cu Kα radiation, 40 kV / 40 mA, 2θ 5-90°',
    });
    eq.printer = await make({
      name: '3D Metal Printer',
      category: 'Fabrication',
      availability: 'UNAVAILABLE',
      hostId: hosts.instituteA,
      description: 'Laser powder bed fusion, under maintenance.',
    });
    eq.tank = await make({
      name: 'Wave Tank',
      category: 'Test facility',
      hostId: hosts.instituteB,
      description: '造波水槽 50 m.',
    });

    const person = async (input: Record<string, unknown>) => (await must(createStaff(input))).createSupportStaff.id;
    staff.tanaka = await person({
      name: 'Tanaka Hiro',
      title: '技術職員',
      skills: ['AFM', 'SEM'],
      organizationId: f.ids.universityA,
    });
    staff.suzuki = await person({
      name: 'Suzuki Mei',
      skills: ['XRD', 'crystallography'],
      organizationId: f.ids.universityA,
    });
    staff.ito = await person({ name: 'Ito Ken', skills: ['additive manufacturing'], organizationId: hosts.instituteA });
    staff.kato = await person({ name: 'Kato Rin', skills: ['wave measurement'], organizationId: hosts.instituteB });
    for (const [e, s] of [
      [eq.afm, staff.tanaka],
      [eq.sem, staff.tanaka],
      [eq.xrd, staff.suzuki],
      [eq.sem, staff.suzuki],
      [eq.printer, staff.ito],
      [eq.tank, staff.kato],
    ]) {
      await must(assign(e, s));
    }
  });
  afterAll(async () => {
    await stopApiSuite({ config, driver, api });
  });

  describe('lists', () => {
    it('filters by region, host, category, availability and keyword', async () => {
      expect(names(await list({ regionId: f.ids.regionA }))).toEqual([
        '3D Metal Printer',
        'Atomic Force Microscope',
        'Scanning Electron Microscope',
        'X-ray Diffractometer',
      ]);
      expect(names(await list({ regionId: f.ids.regionB }))).toEqual(['Wave Tank']);
      expect(names(await list({ hostId: hosts.instituteA }))).toEqual(['3D Metal Printer']);
      expect(names(await list({ category: ' MICROSCOPY ' }))).toEqual([
        'Atomic Force Microscope',
        'Scanning Electron Microscope',
      ]);
      expect(names(await list({ availability: 'LIMITED' }))).toEqual(['Scanning Electron Microscope']);
      expect(names(await list({ availability: 'AVAILABLE', regionId: f.ids.regionA }))).toEqual([
        'Atomic Force Microscope',
        'X-ray Diffractometer',
      ]);
      // keyword: in the name, in a Japanese description, in the specifications.
      expect(names(await list({ keyword: 'microscope' }))).toEqual([
        'Atomic Force Microscope',
        'Scanning Electron Microscope',
      ]);
      expect(names(await list({ keyword: '表面' }))).toEqual(['Atomic Force Microscope']);
      expect(names(await list({ keyword: 'cu kα' }))).toEqual(['X-ray Diffractometer']);
      expect((await list({ keyword: 'no such thing', regionId: f.ids.regionA })).totalCount).toBe(0);
      expect(names(await list({ hostId: UNKNOWN_ID }))).toEqual([]);
    });

    it('pages through with a cursor, sorted by name, creation or last update', async () => {
      const first = await list({ first: 2 });
      expect(first.totalCount).toBe(5);
      expect(names(first)).toEqual(['3D Metal Printer', 'Atomic Force Microscope']);
      expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1].cursor });
      const second = await list({ first: 2, after: first.pageInfo.endCursor });
      expect(names(second)).toEqual(['Scanning Electron Microscope', 'Wave Tank']);
      const third = await list({ first: 2, after: second.pageInfo.endCursor });
      expect(names(third)).toEqual(['X-ray Diffractometer']);
      expect(third.pageInfo.hasNextPage).toBe(false);
      expect(third.totalCount).toBe(5);

      expect(names(await list({ direction: 'DESC', first: 2 }))).toEqual(['X-ray Diffractometer', 'Wave Tank']);
      const newest = await list({ sort: 'CREATED_AT', direction: 'DESC', first: 3 });
      expect(names(newest)).toEqual(['Wave Tank', '3D Metal Printer', 'X-ray Diffractometer']);
      const older = await list({ sort: 'CREATED_AT', direction: 'DESC', first: 3, after: newest.pageInfo.endCursor });
      expect(names(older)).toEqual(['Scanning Electron Microscope', 'Atomic Force Microscope']);

      // Assigning staff touched every equipment; an edit of the oldest puts it first by update.
      await must(update(eq.afm, { conditions: '学外利用は事前講習が必要' }));
      expect(names(await list({ sort: 'UPDATED_AT', direction: 'DESC', first: 1 }))).toEqual([
        'Atomic Force Microscope',
      ]);

      expect(code(await api.gql(LIST, { after: 'not a cursor!' }, f.tokens.admin))).toBe('BAD_USER_INPUT');
      expect(code(await api.gql(LIST, { first: 0 }, f.tokens.admin))).toBe('BAD_USER_INPUT');
      expect(code(await api.gql(LIST, { first: 101 }, f.tokens.admin))).toBe('BAD_USER_INPUT');
      expect(code(await api.gql(LIST, { availability: 'SOMETIMES' }, f.tokens.admin))).toBe('BAD_USER_INPUT');
      expect(code(await api.gql(LIST, { regionId: 'region-a' }, f.tokens.admin))).toBe('BAD_USER_INPUT');
    });

    it('lists support staff by organization and keyword, a page at a time', async () => {
      type StaffPage = {
        supportStaffMembers: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { name: string } }[];
        };
      };
      const staffNames = (r: StaffPage) => r.supportStaffMembers.edges.map((e) => e.node.name);
      const all = await must(api.gql<StaffPage>(LIST_STAFF, { first: 3 }, f.tokens.managerA));
      expect(all.supportStaffMembers.totalCount).toBe(4);
      expect(staffNames(all)).toEqual(['Ito Ken', 'Kato Rin', 'Suzuki Mei']);
      const rest = await must(
        api.gql<StaffPage>(
          LIST_STAFF,
          { first: 3, after: all.supportStaffMembers.pageInfo.endCursor },
          f.tokens.managerA,
        ),
      );
      expect(staffNames(rest)).toEqual(['Tanaka Hiro']);
      expect(rest.supportStaffMembers.pageInfo.hasNextPage).toBe(false);
      const atUniversity = await must(
        api.gql<StaffPage>(LIST_STAFF, { organizationId: f.ids.universityA }, f.tokens.companyA2),
      );
      expect(staffNames(atUniversity)).toEqual(['Suzuki Mei', 'Tanaka Hiro']);
      const bySkill = await must(api.gql<StaffPage>(LIST_STAFF, { keyword: 'crystal' }, f.tokens.companyA2));
      expect(staffNames(bySkill)).toEqual(['Suzuki Mei']);
      const byTitle = await must(api.gql<StaffPage>(LIST_STAFF, { keyword: '技術' }, f.tokens.companyA2));
      expect(staffNames(byTitle)).toEqual(['Tanaka Hiro']);
    });

    it('batches host, region and support staff across a list of equipment', async () => {
      const staffOf = jest.spyOn(api.app.get(SupportStaffRepository), 'staffOf');
      const organizations = jest.spyOn(api.app.get(OrganizationsRepository), 'findByIds');
      const query = `query($r: ID) { equipments(regionId: $r, sort: NAME, direction: ASC) {
        edges { node { name host { name } region { code } supportStaff { name skills organization { name } } } } } }`;
      type Result = {
        equipments: {
          edges: {
            node: { name: string; host: { name: string }; region: { code: string }; supportStaff: { name: string }[] };
          }[];
        };
      };
      try {
        const result = await must(api.gql<Result>(query, { r: f.ids.regionA }, f.tokens.companyA1));
        expect(staffOf).toHaveBeenCalledTimes(1);
        expect(staffOf.mock.calls[0][0]).toHaveLength(4);
        // One query for the hosts; the staff's organizations are those hosts, already in the request's loader.
        expect(organizations).toHaveBeenCalledTimes(1);
        expect(
          result.equipments.edges.map((e) => ({
            name: e.node.name,
            host: e.node.host.name,
            region: e.node.region.code,
            staff: e.node.supportStaff.map((s) => s.name),
          })),
        ).toEqual([
          { name: '3D Metal Printer', host: 'A Industrial Research Institute', region: 'region-a', staff: ['Ito Ken'] },
          { name: 'Atomic Force Microscope', host: 'A University', region: 'region-a', staff: ['Tanaka Hiro'] },
          {
            name: 'Scanning Electron Microscope',
            host: 'A University',
            region: 'region-a',
            staff: ['Suzuki Mei', 'Tanaka Hiro'],
          },
          { name: 'X-ray Diffractometer', host: 'A University', region: 'region-a', staff: ['Suzuki Mei'] },
        ]);
      } finally {
        staffOf.mockRestore();
        organizations.mockRestore();
      }

      const equipmentOf = jest.spyOn(api.app.get(EquipmentRepository), 'equipmentOf');
      try {
        type StaffList = {
          supportStaffMembers: { edges: { node: { name: string; equipment: { name: string }[] } }[] };
        };
        const people = await must(
          api.gql<StaffList>(
            `query($o: ID) { supportStaffMembers(organizationId: $o, sort: NAME, direction: ASC) { edges { node { name equipment { name } } } } }`,
            { o: f.ids.universityA },
            f.tokens.managerA,
          ),
        );
        expect(equipmentOf).toHaveBeenCalledTimes(1);
        expect(people.supportStaffMembers.edges.map((e) => [e.node.name, e.node.equipment.map((x) => x.name)])).toEqual(
          [
            ['Suzuki Mei', ['Scanning Electron Microscope', 'X-ray Diffractometer']],
            ['Tanaka Hiro', ['Atomic Force Microscope', 'Scanning Electron Microscope']],
          ],
        );
      } finally {
        equipmentOf.mockRestore();
      }
    });
  });

  describe('roles', () => {
    it.each(['admin', 'coordA', 'coordB', 'companyA1', 'companyA2', 'managerA'] as const)(
      'lets %s read all equipment and staff',
      async (who) => {
        expect((await list({}, who)).totalCount).toBe(5);
        const one = await get(eq.tank, who);
        expect(one.data?.equipment).toMatchObject({
          name: 'Wave Tank',
          host: { id: hosts.instituteB },
          region: { id: f.ids.regionB },
          supportStaff: [{ id: staff.kato }],
        });
        const person = await getStaff(staff.kato, who);
        expect(person.data?.supportStaff).toMatchObject({
          name: 'Kato Rin',
          organizationId: hosts.instituteB,
          equipment: [{ name: 'Wave Tank' }],
        });
      },
    );

    it('answers UNAUTHENTICATED to every read and write without a token, writing nothing', async () => {
      const before = await snapshot();
      expect(code(await api.gql(LIST, {}))).toBe('UNAUTHENTICATED');
      expect(code(await get(eq.afm, null))).toBe('UNAUTHENTICATED');
      expect(code(await getStaff(staff.tanaka, null))).toBe('UNAUTHENTICATED');
      expect(code(await api.gql(LIST_STAFF, {}))).toBe('UNAUTHENTICATED');
      expect(code(await create({ name: 'x', category: 'x', description: 'x', hostId: f.ids.universityA }, null))).toBe(
        'UNAUTHENTICATED',
      );
      expect(code(await update(eq.afm, { name: 'x' }, null))).toBe('UNAUTHENTICATED');
      expect(code(await del(eq.afm, null))).toBe('UNAUTHENTICATED');
      expect(code(await createStaff({ name: 'x', organizationId: f.ids.universityA }, null))).toBe('UNAUTHENTICATED');
      expect(code(await updateStaff(staff.tanaka, { name: 'x' }, null))).toBe('UNAUTHENTICATED');
      expect(code(await delStaff(staff.tanaka, null))).toBe('UNAUTHENTICATED');
      expect(code(await assign(eq.xrd, staff.tanaka, null))).toBe('UNAUTHENTICATED');
      expect(code(await unassign(eq.afm, staff.tanaka, null))).toBe('UNAUTHENTICATED');
      expect(await snapshot()).toEqual(before);
    });

    it.each(['companyA1', 'managerA'] as const)(
      'refuses every write of %s with FORBIDDEN, writing nothing',
      async (who) => {
        const before = await snapshot();
        const refused = [
          await create({ name: 'x', category: 'x', description: 'x', hostId: f.ids.universityA }, who),
          await update(eq.afm, { name: 'x' }, who),
          await del(eq.afm, who),
          await createStaff({ name: 'x', organizationId: f.ids.universityA }, who),
          await updateStaff(staff.tanaka, { name: 'x' }, who),
          await delStaff(staff.tanaka, who),
          await assign(eq.xrd, staff.tanaka, who),
          await unassign(eq.afm, staff.tanaka, who),
        ];
        expect(refused.map(code)).toEqual(Array(8).fill('FORBIDDEN'));
        expect(await snapshot()).toEqual(before);
      },
    );

    it("refuses the other region's coordinator with FORBIDDEN, writing nothing", async () => {
      const before = await snapshot();
      const refused = [
        await create({ name: 'x', category: 'x', description: 'x', hostId: f.ids.universityA }, 'coordB'),
        await update(eq.afm, { name: 'x' }, 'coordB'),
        await del(eq.afm, 'coordB'),
        await createStaff({ name: 'x', organizationId: f.ids.universityA }, 'coordB'),
        await updateStaff(staff.tanaka, { name: 'x' }, 'coordB'),
        await delStaff(staff.tanaka, 'coordB'),
        await assign(eq.xrd, staff.tanaka, 'coordB'),
        await unassign(eq.afm, staff.tanaka, 'coordB'),
        // And the other way round: region A's coordinator on region B's equipment and staff.
        await create({ name: 'x', category: 'x', description: 'x', hostId: hosts.instituteB }, 'coordA'),
        await update(eq.tank, { name: 'x' }, 'coordA'),
        await del(eq.tank, 'coordA'),
        await createStaff({ name: 'x', organizationId: hosts.instituteB }, 'coordA'),
        await updateStaff(staff.kato, { name: 'x' }, 'coordA'),
        await delStaff(staff.kato, 'coordA'),
        await unassign(eq.tank, staff.kato, 'coordA'),
      ];
      expect(refused.map(code)).toEqual(Array(15).fill('FORBIDDEN'));
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('writes', () => {
    it('runs a full round trip for an admin, with defaults, trimming and partial updates', async () => {
      const before = await snapshot();
      const created = await must(
        create({
          name: '  Confocal Laser Microscope ',
          category: 'Microscopy',
          hostId: f.ids.universityA,
          description: '共焦点レーザー顕微鏡。Live-cell imaging.',
        }),
      );
      const made = created.createEquipment;
      expect(made).toMatchObject({
        name: 'Confocal Laser Microscope',
        category: 'Microscopy',
        description: '共焦点レーザー顕微鏡。Live-cell imaging.',
        specifications: '',
        conditions: '',
        fees: '',
        availability: 'AVAILABLE',
        hostId: f.ids.universityA,
        createdBy: adminId,
        host: { id: f.ids.universityA, name: 'A University' },
        region: { id: f.ids.regionA, code: 'region-a' },
      });
      expect(made.createdAt).toBe(made.updatedAt);
      const stored = await driver.executeQuery(
        `MATCH (n:Equipment {id: $id})-[:HOSTED_BY]->(h:Organization)
         RETURN h.id AS host, n.createdAt IS :: ZONED DATETIME AS dated, n.updatedAt IS :: ZONED DATETIME AS updated`,
        { id: made.id },
      );
      expect(stored.records.map((r) => r.toObject())).toEqual([
        { host: f.ids.universityA, dated: true, updated: true },
      ]);

      const read = await must(get(made.id, 'companyA2'));
      expect(read.equipment).toMatchObject({ ...made, supportStaff: [] });

      const updated = (
        await must(
          update(made.id, { availability: 'LIMITED', fees: '学外 ¥3,000/時間', specifications: 'λ 405/488/561 nm' }),
        )
      ).updateEquipment;
      expect(updated).toMatchObject({
        name: 'Confocal Laser Microscope',
        category: 'Microscopy',
        description: made.description,
        availability: 'LIMITED',
        fees: '学外 ¥3,000/時間',
        specifications: 'λ 405/488/561 nm',
        conditions: '',
        createdAt: made.createdAt,
        createdBy: adminId,
      });
      expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(made.updatedAt));
      // null means "unchanged", as for every partial update here.
      expect((await must(update(made.id, { fees: null }))).updateEquipment.fees).toBe('学外 ¥3,000/時間');

      expect(await must(del(made.id))).toEqual({ deleteEquipment: true });
      expect((await get(made.id)).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect((await del(made.id)).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect((await update(made.id, { name: 'Ghost' })).errors?.[0].extensions).toEqual({
        code: 'NOT_FOUND',
        field: 'id',
      });
      expect(await count('(:Organization {id: "' + f.ids.universityA + '"})')).toBe(1);
      expect(await snapshot()).toEqual(before);
    });

    it("runs a full round trip for the region's coordinator: equipment, staff, assignment", async () => {
      const before = await snapshot();
      const made = (
        await must(
          create(
            {
              name: 'Tensile Tester',
              category: 'Materials testing',
              description: '万能試験機 100 kN',
              availability: 'LIMITED',
              conditions: '平日のみ',
              hostId: hosts.instituteA,
            },
            'coordA',
          ),
        )
      ).createEquipment;
      expect(made).toMatchObject({
        availability: 'LIMITED',
        conditions: '平日のみ',
        createdBy: coordAUserId,
        region: { id: f.ids.regionA },
      });
      const person = (
        await must(
          createStaff(
            {
              name: ' Mori Aya ',
              skills: [' tensile testing', 'tensile testing ', 'fatigue'],
              organizationId: hosts.instituteA,
            },
            'coordA',
          ),
        )
      ).createSupportStaff;
      expect(person).toMatchObject({
        name: 'Mori Aya',
        title: '',
        skills: ['tensile testing', 'fatigue'],
        organizationId: hosts.instituteA,
        createdBy: coordAUserId,
        organization: { id: hosts.instituteA, name: 'A Industrial Research Institute' },
      });

      const assigned = await must(assign(made.id, person.id, 'coordA'));
      expect(assigned.assignSupportStaff).toEqual({ id: made.id, supportStaff: [{ id: person.id, name: 'Mori Aya' }] });
      // Idempotent: a second assign keeps one link.
      expect((await must(assign(made.id, person.id, 'coordA'))).assignSupportStaff.supportStaff).toHaveLength(1);
      expect(await count(`(:SupportStaff {id: "${person.id}"})-[:SUPPORTS]->(:Equipment {id: "${made.id}"})`)).toBe(1);

      const renamed = (await must(updateStaff(person.id, { title: '主任技術員' }, 'coordA'))).updateSupportStaff;
      expect(renamed).toMatchObject({ name: 'Mori Aya', title: '主任技術員', skills: ['tensile testing', 'fatigue'] });
      expect((await must(update(made.id, { name: 'Universal Tensile Tester' }, 'coordA'))).updateEquipment.name).toBe(
        'Universal Tensile Tester',
      );
      expect((await must(getStaff(person.id, 'companyA1'))).supportStaff.equipment).toEqual([
        { id: made.id, name: 'Universal Tensile Tester' },
      ]);

      expect(await must(unassign(made.id, person.id, 'coordA'))).toEqual({ unassignSupportStaff: true });
      expect(await must(unassign(made.id, person.id, 'coordA'))).toEqual({ unassignSupportStaff: false });
      expect(await count(`(:SupportStaff {id: "${person.id}"})-[:SUPPORTS]->()`)).toBe(0);

      expect(await must(delStaff(person.id, 'coordA'))).toEqual({ deleteSupportStaff: true });
      expect((await getStaff(person.id)).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(await must(del(made.id, 'coordA'))).toEqual({ deleteEquipment: true });
      expect(await snapshot()).toEqual(before);

      // Region B's coordinator writes in region B.
      const tank = (
        await must(
          create(
            { name: 'Current Flume', category: 'Test facility', description: '回流水槽', hostId: hosts.instituteB },
            'coordB',
          ),
        )
      ).createEquipment;
      expect(tank.region).toEqual({ id: f.ids.regionB, code: 'region-b' });
      expect(await must(del(tank.id, 'coordB'))).toEqual({ deleteEquipment: true });
    });

    it('deleting equipment detaches its staff; deleting staff removes its links; hosts stay', async () => {
      const made = (
        await must(
          create({
            name: 'Mass Spectrometer',
            category: 'Analysis',
            description: 'LC-MS/MS',
            hostId: f.ids.universityA,
          }),
        )
      ).createEquipment;
      await must(assign(made.id, staff.tanaka));
      await must(assign(made.id, staff.suzuki));
      const supports = await count('()-[:SUPPORTS]->()');
      expect(await must(del(made.id))).toEqual({ deleteEquipment: true });
      expect(await count('()-[:SUPPORTS]->()')).toBe(supports - 2);
      expect(await count('(:SupportStaff)')).toBe(4);

      const temp = (await must(createStaff({ name: 'Temp Staff', organizationId: f.ids.universityA })))
        .createSupportStaff;
      await must(assign(eq.afm, temp.id));
      await must(assign(eq.xrd, temp.id));
      const before = await snapshot();
      expect(await must(delStaff(temp.id))).toEqual({ deleteSupportStaff: true });
      const after = await snapshot();
      expect([after.staff, after.worksAt, after.supports, after.equipment]).toEqual([
        before.staff - 1,
        before.worksAt - 1,
        before.supports - 2,
        before.equipment,
      ]);
      expect(await count('(:Organization)')).toBe(6);
      expect((await delStaff(temp.id)).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    });

    it('keeps an organization while it hosts equipment or employs support staff', async () => {
      const deleteOrganization = (id: string) =>
        api.gql<{ deleteOrganization: boolean }>(
          'mutation($id: ID!) { deleteOrganization(id: $id) }',
          { id },
          f.tokens.admin,
        );
      // Fresh organizations with nothing else linked, so only this module's links can hold them.
      const lab = randomUUID();
      const office = randomUUID();
      await driver.executeQuery(
        `MATCH (ra:Region {id: $regionA})
         CREATE (:Organization {id: $lab, name: 'Temporary Lab', kind: 'RESEARCH_INSTITUTE', description: '',
           createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(ra)
         CREATE (:Organization {id: $office, name: 'Temporary Office', kind: 'LOCAL_GOVERNMENT', description: '',
           createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(ra)`,
        { regionA: f.ids.regionA, lab, office },
      );
      const hosted = (await must(create({ name: 'Lab Oven', category: 'Thermal', description: 'x', hostId: lab })))
        .createEquipment;
      const employed = (await must(createStaff({ name: 'Office Staff', organizationId: office }))).createSupportStaff;
      expect(code(await deleteOrganization(lab))).toBe('CONFLICT');
      expect(code(await deleteOrganization(office))).toBe('CONFLICT');
      expect(await count('(o:Organization) WHERE o.id IN ["' + lab + '", "' + office + '"]')).toBe(2);

      await must(del(hosted.id));
      await must(delStaff(employed.id));
      expect(await must(deleteOrganization(lab))).toEqual({ deleteOrganization: true });
      expect(await must(deleteOrganization(office))).toEqual({ deleteOrganization: true });
    });
  });

  describe('bad input', () => {
    it('refuses bad equipment input, naming the field, and writes nothing', async () => {
      const before = await snapshot();
      const valid = { name: 'Valid', category: 'Analysis', description: 'ok', hostId: f.ids.universityA };
      const cases: [Record<string, unknown>, unknown][] = [
        [
          { ...valid, name: '' },
          { code: 'BAD_USER_INPUT', fields: ['name'] },
        ],
        [
          { ...valid, name: '   ' },
          { code: 'BAD_USER_INPUT', fields: ['name'] },
        ],
        [
          { ...valid, name: 'n'.repeat(201) },
          { code: 'BAD_USER_INPUT', fields: ['name'] },
        ],
        [
          { ...valid, description: 'd'.repeat(20_001) },
          { code: 'BAD_USER_INPUT', fields: ['description'] },
        ],
        [
          { ...valid, specifications: 's'.repeat(20_001) },
          { code: 'BAD_USER_INPUT', fields: ['specifications'] },
        ],
        [
          { ...valid, fees: 'f'.repeat(1_001), conditions: 'bad\u0007bell' },
          { code: 'BAD_USER_INPUT', fields: ['conditions', 'fees'] },
        ],
        [
          { ...valid, category: '' },
          { code: 'BAD_USER_INPUT', fields: ['category'] },
        ],
        [
          { ...valid, hostId: 'university-a' },
          { code: 'BAD_USER_INPUT', fields: ['hostId'] },
        ],
        [
          { ...valid, hostId: UNKNOWN_ID },
          { code: 'NOT_FOUND', field: 'hostId' },
        ],
        [
          { ...valid, hostId: f.ids.companyA1 },
          { code: 'BAD_USER_INPUT', field: 'hostId' },
        ],
      ];
      for (const [input, extensions] of cases) {
        expect([input, (await create(input)).errors?.[0].extensions]).toEqual([
          input,
          expect.objectContaining(extensions as object),
        ]);
      }
      // The coordinator of the company's region gets the same answer.
      expect((await create({ ...valid, hostId: f.ids.companyA1 }, 'coordA')).errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'hostId',
      });
      expect(code(await create({ ...valid, availability: 'SOMETIMES' }))).toBe('BAD_USER_INPUT');
      expect(code(await create({ ...valid, owner: 'me' }))).toBe('BAD_USER_INPUT');
      expect(code(await create({ name: 'No host', category: 'x', description: 'x' }))).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);

      expect((await update(eq.afm, { name: '' })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['name'],
      });
      expect((await update(eq.afm, { description: 'd'.repeat(20_001) })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['description'],
      });
      expect(code(await update(eq.afm, { availability: 'SOMETIMES' }))).toBe('BAD_USER_INPUT');
      expect(code(await update(eq.afm, { hostId: hosts.instituteA }))).toBe('BAD_USER_INPUT');
      expect((await update('afm', { name: 'x' })).errors?.[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
      expect((await get('afm', 'companyA1')).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
      expect((await get(UNKNOWN_ID, 'companyA1')).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses bad staff input and assignments, naming the field, and writes nothing', async () => {
      const before = await snapshot();
      expect((await createStaff({ name: '', organizationId: f.ids.universityA })).errors?.[0].extensions).toMatchObject(
        { code: 'BAD_USER_INPUT', fields: ['name'] },
      );
      expect(
        (await createStaff({ name: 'x', skills: ['s'.repeat(101)], organizationId: f.ids.universityA })).errors?.[0]
          .extensions,
      ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['skills'] });
      expect((await createStaff({ name: 'x', organizationId: UNKNOWN_ID })).errors?.[0].extensions).toEqual({
        code: 'NOT_FOUND',
        field: 'organizationId',
      });
      expect((await updateStaff(staff.tanaka, { name: ' ' })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['name'],
      });
      expect(code(await updateStaff(staff.tanaka, { organizationId: hosts.instituteA }))).toBe('BAD_USER_INPUT');
      expect((await updateStaff(UNKNOWN_ID, { name: 'x' })).errors?.[0].extensions).toEqual({
        code: 'NOT_FOUND',
        field: 'id',
      });

      // Staff of another organization, even one in the same region, cannot support this equipment.
      for (const token of ['admin', 'coordA'] as const) {
        expect((await assign(eq.afm, staff.ito, token)).errors?.[0].extensions).toEqual({
          code: 'BAD_USER_INPUT',
          field: 'staffId',
        });
      }
      const refusals = {
        'assign staff of another region': [() => assign(eq.afm, staff.kato), 'BAD_USER_INPUT', 'staffId'],
        'assign unknown staff': [() => assign(eq.afm, UNKNOWN_ID), 'NOT_FOUND', 'staffId'],
        'assign to unknown equipment': [() => assign(UNKNOWN_ID, staff.tanaka), 'NOT_FOUND', 'equipmentId'],
        'assign to a malformed id': [() => assign('afm', staff.tanaka), 'BAD_USER_INPUT', 'equipmentId'],
        'unassign unknown staff': [() => unassign(eq.afm, UNKNOWN_ID), 'NOT_FOUND', 'staffId'],
        'unassign from unknown equipment': [() => unassign(UNKNOWN_ID, staff.tanaka), 'NOT_FOUND', 'equipmentId'],
      } as const;
      for (const [name, [request, code, field]] of Object.entries(refusals)) {
        expect([name, errorExtensions(await request())]).toEqual([name, { code, field }]);
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
