import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver } from 'neo4j-driver';
import { AppConfig } from '../../src/config/app-config';
import { PROJECT_ROOT } from '../../src/config/project-root';
import { LIMITS } from '../../src/common/validation/limits';
import { GraphQLResponse, TestApi } from '../support/api-client';
import { errorCode, startApiSuite, stopApiSuite, userIdOf } from '../support/api-suite';
import { changedBy, countEach } from '../support/graph-counts';
import { buildNetworkFixture, NetworkFixture } from '../support/network-fixture';
import { TEST_ENV, UNKNOWN_ID } from '../support/test-env';

type Rejection = { line: number; record: number; field: string | null; reason: string };
type Report = { dryRun: boolean; accepted: number; rejectedRows: number; createdIds: string[]; rejected: Rejection[] };
type SeedNode = {
  id: string;
  title: string;
  summary: string;
  keywords: string[];
  stage: string;
  ipStatus: string;
  ipNumbers: string[];
  visibility: string;
  holderOrganizationIds: string[];
  holderResearcherIds: string[];
  collectedById: string | null;
  regionIds: string[];
  createdBy: string;
};
type NeedNode = {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  budgetBand: string;
  confidentiality: string;
  status: string;
  companyId: string;
  surveyedById: string | null;
  createdBy: string;
};

const REPORT = 'dryRun accepted rejectedRows createdIds rejected { line record field reason }';
const IMPORT_SEEDS = `mutation($format: ImportFormat!, $content: String!, $dryRun: Boolean! = false) {
  importSeeds(format: $format, content: $content, dryRun: $dryRun) { ${REPORT} } }`;
const IMPORT_NEEDS = `mutation($format: ImportFormat!, $content: String!, $dryRun: Boolean! = false) {
  importNeeds(format: $format, content: $content, dryRun: $dryRun) { ${REPORT} } }`;
const SEEDS = `{ seeds(first: 100) { edges { node {
  id title summary keywords stage ipStatus ipNumbers visibility holderOrganizationIds holderResearcherIds collectedById regionIds createdBy } } } }`;
const NEEDS = `{ needs(first: 100) { edges { node {
  id title description keywords budgetBand confidentiality status companyId surveyedById createdBy } } } }`;

const SEED_HEADER =
  'title,summary,keywords,stage,ipStatus,ipNumbers,visibility,holderOrganization,holderResearchers,collectedBy';
const SEED_COLUMN_LIST =
  'title, summary, keywords, field, stage, ipStatus, ipNumbers, visibility, holderOrganization, holderResearchers, collectedBy';
const STAGES = 'BASIC_RESEARCH, APPLIED_RESEARCH, PROTOTYPE, PROVEN_IN_USE, COMMERCIALIZED';

describe('bulk import of seeds and needs', () => {
  let config: AppConfig;
  let api: TestApi;
  let driver: Driver;
  let f: NetworkFixture;
  let adminId: string;
  let workDir: string;
  const ids = {} as Record<'universityB' | 'researcherA' | 'researcherB' | 'satoA' | 'satoB', string>;

  /** Everything an import writes: the nodes and each relationship type. */
  const graphSize = () =>
    countEach(driver, {
      seeds: '(:Seed)',
      needs: '(:Need)',
      heldBy: '(:Seed)-[:HELD_BY]->()',
      collected: '()-[:COLLECTED]->(:Seed)',
      ofCompany: '(:Need)-[:OF_COMPANY]->()',
      surveyed: '()-[:SURVEYED]->(:Need)',
    });
  const importSeeds = (content: string, format: 'CSV' | 'JSON', token: string | undefined, dryRun = false) =>
    api.gql<{ importSeeds: Report }>(IMPORT_SEEDS, { format, content, dryRun }, token);
  const importNeeds = (content: string, format: 'CSV' | 'JSON', token: string | undefined, dryRun = false) =>
    api.gql<{ importNeeds: Report }>(IMPORT_NEEDS, { format, content, dryRun }, token);
  const ok = <T>(response: GraphQLResponse<T>): T => {
    if (response.errors || !response.data) throw new Error(JSON.stringify(response.errors));
    return response.data;
  };
  const seedsSeenBy = async (token: string) =>
    new Map(
      ok(await api.gql<{ seeds: { edges: { node: SeedNode }[] } }>(SEEDS, undefined, token)).seeds.edges.map((e) => [
        e.node.id,
        e.node,
      ]),
    );
  const needsSeenBy = async (token: string) =>
    new Map(
      ok(await api.gql<{ needs: { edges: { node: NeedNode }[] } }>(NEEDS, undefined, token)).needs.edges.map((e) => [
        e.node.id,
        e.node,
      ]),
    );
  const rejection = (line: number, record: number, field: string | null, reason: string): Rejection => ({
    line,
    record,
    field,
    reason,
  });

  beforeAll(async () => {
    ({ config, driver, api } = await startApiSuite());
    f = await buildNetworkFixture(api, driver);
    adminId = await userIdOf(api, f.tokens.admin);
    workDir = mkdtempSync(join(tmpdir(), 'musubi-import-test-'));

    // Holders for seeds, and coordinators' e-mail addresses (the fixture's coordinators have none).
    Object.assign(ids, {
      universityB: randomUUID(),
      researcherA: randomUUID(),
      researcherB: randomUUID(),
      satoA: randomUUID(),
      satoB: randomUUID(),
    });
    await driver.executeQuery(
      `MATCH (ra:Region {id: $regionA}), (rb:Region {id: $regionB}), (ua:Organization {id: $universityA})
       MATCH (ca:Coordinator {id: $coordinatorA})
       SET ca.email = 'Aoi.Coord@Region-A.example.jp'
       CREATE (ub:Organization {id: $universityB, name: 'B University', kind: 'UNIVERSITY', description: '', createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:IN_REGION]->(rb)
       CREATE (:Researcher {id: $researcherA, name: '山田 花子', title: '教授', fields: [], profile: '', invitedCoreResearcher: false, createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:AFFILIATED_WITH]->(ua)
       CREATE (:Researcher {id: $researcherB, name: 'Ben Ocean', title: 'Professor', fields: [], profile: '', invitedCoreResearcher: false, createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:AFFILIATED_WITH]->(ub)
       CREATE (:Researcher {id: $satoA, name: '佐藤 健', title: '准教授', fields: [], profile: '', invitedCoreResearcher: false, createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:AFFILIATED_WITH]->(ua)
       CREATE (:Researcher {id: $satoB, name: '佐藤 健', title: '助教', fields: [], profile: '', invitedCoreResearcher: false, createdAt: datetime(), updatedAt: datetime(), createdBy: 'test'})-[:AFFILIATED_WITH]->(ub)`,
      { ...f.ids, ...ids },
    );
  }, 120_000);
  afterAll(async () => {
    rmSync(workDir, { recursive: true, force: true });
    await stopApiSuite({ config, driver, api });
  });

  it('imports seeds from a spreadsheet CSV (BOM, CRLF, a multi-line cell), reporting each bad row by its real line', async () => {
    const csv =
      '\uFEFF' +
      [
        SEED_HEADER,
        '"炭素繊維複合材の高速成形","熱可塑性 CFRP を\r\n60 秒で成形する技術",CFRP；成形,prototype,GRANTED,JP7123456B2,REGION,A University,,AOI.COORD@region-a.example.jp',
        ',概要だけ,,DONE,,,,A University,,',
        '発酵食品の長期保存,乳酸菌による保存,,BASIC_RESEARCH,,,,未登録大学,,',
        `海藻の低温乾燥,Low-temperature vacuum drying,seaweed;drying,applied research,,,PUBLIC,,${ids.researcherA.toUpperCase()},`,
        `IoT 農業センサ,センサ網,,PROTOTYPE,,,,,${UNKNOWN_ID},`,
        '画像検査,外観検査の自動化,,PROTOTYPE,,,,,佐藤 健,',
        `潮流発電ブイ,Tidal buoy,,PROVEN_IN_USE,,,PRIVATE,${ids.universityB},,nobody@example.jp`,
        `潮流発電ブイ改良型,"Tidal buoy, second model",,COMMERCIALIZED,,,PRIVATE,${ids.universityB},Ben Ocean,${f.ids.coordinatorB}`,
        ',,,,,,,,,',
        '',
      ].join('\r\n');
    const before = await graphSize();
    const report = ok(await importSeeds(csv, 'CSV', f.tokens.admin)).importSeeds;

    expect(report.rejected).toEqual([
      rejection(4, 2, 'title', 'title is required'),
      rejection(4, 2, 'stage', `stage must be one of ${STAGES} (got "DONE")`),
      rejection(5, 3, 'holderOrganization', 'holderOrganization: no organization named "未登録大学"'),
      rejection(7, 5, 'holderResearchers', `holderResearchers: no researcher with id ${UNKNOWN_ID}`),
      rejection(8, 6, 'holderResearchers', 'holderResearchers: 2 researchers are named "佐藤 健"; give the id instead'),
      rejection(9, 7, 'collectedBy', 'collectedBy: no coordinator with e-mail address nobody@example.jp'),
    ]);
    expect(report).toMatchObject({ dryRun: false, accepted: 3, rejectedRows: 5 });
    expect(report.createdIds).toHaveLength(3);
    expect(await graphSize()).toEqual(changedBy(before, { seeds: 3, heldBy: 4, collected: 2 }));

    const seen = await seedsSeenBy(f.tokens.admin);
    expect(report.createdIds.map((id) => seen.get(id))).toEqual([
      {
        id: report.createdIds[0],
        title: '炭素繊維複合材の高速成形',
        summary: '熱可塑性 CFRP を\n60 秒で成形する技術',
        keywords: ['CFRP', '成形'],
        stage: 'PROTOTYPE',
        ipStatus: 'GRANTED',
        ipNumbers: ['JP7123456B2'],
        visibility: 'REGION',
        holderOrganizationIds: [f.ids.universityA],
        holderResearcherIds: [],
        collectedById: f.ids.coordinatorA,
        regionIds: [f.ids.regionA],
        createdBy: adminId,
      },
      {
        id: report.createdIds[1],
        title: '海藻の低温乾燥',
        summary: 'Low-temperature vacuum drying',
        keywords: ['seaweed', 'drying'],
        stage: 'APPLIED_RESEARCH',
        ipStatus: 'NONE',
        ipNumbers: [],
        visibility: 'PUBLIC',
        holderOrganizationIds: [],
        holderResearcherIds: [ids.researcherA],
        collectedById: null,
        regionIds: [f.ids.regionA],
        createdBy: adminId,
      },
      expect.objectContaining({
        title: '潮流発電ブイ改良型',
        summary: 'Tidal buoy, second model',
        stage: 'COMMERCIALIZED',
        visibility: 'PRIVATE',
        holderOrganizationIds: [ids.universityB],
        holderResearcherIds: [ids.researcherB],
        collectedById: f.ids.coordinatorB,
        regionIds: [f.ids.regionB],
      }),
    ]);
    // The coordinator of region A sees what the region may see, not B's private seed.
    const seenByCoordA = await seedsSeenBy(f.tokens.coordA);
    expect(report.createdIds.map((id) => seenByCoordA.has(id))).toEqual([true, true, false]);
  });

  it("imports seeds from JSON as a coordinator, rejecting rows outside the coordinator's regions by record and line", async () => {
    const json = [
      '[',
      '  {',
      '    "title": "ホタテ殻の再利用",',
      '    "summary": "炭酸カルシウムの回収",',
      '    "keywords": ["貝殻", "リサイクル", "貝殻"],',
      '    "stage": "PROTOTYPE",',
      `    "holderOrganization": "${f.ids.universityA}"`,
      '  },',
      '  {"title": "深海探査ロボット", "summary": "ROV", "stage": "PROTOTYPE", "holderOrganization": "B University"},',
      '  {"title": "海藻バイオマス", "summary": "発酵による燃料化", "stage": "BASIC_RESEARCH", "holderResearchers": ["Ben Ocean", "山田 花子"]},',
      '  "not an object",',
      '  {',
      '    "title": 42, "summary": "s", "stage": "PROTOTYPE", "holderOrganization": "A University", "Owner": "x"',
      '  }, {"title": "同じ行の二件目", "summary": "s", "stage": "later", "holderOrganization": "A University"}',
      ']',
    ].join('\n');
    const before = await graphSize();
    const report = ok(await importSeeds(json, 'JSON', f.tokens.coordA)).importSeeds;

    expect(report.rejected).toEqual([
      rejection(
        9,
        2,
        'holderOrganization',
        'holderOrganization: "B University" is not in a region you cover; coordinators import seeds only for holders in their regions',
      ),
      rejection(11, 4, null, 'Each element of the array must be an object of fields, not a string'),
      rejection(12, 5, 'title', 'title must be text, not a number'),
      rejection(12, 5, 'Owner', `Unknown field "Owner"; the fields are ${SEED_COLUMN_LIST}`),
      rejection(14, 6, 'stage', `stage must be one of ${STAGES} (got "later")`),
    ]);
    expect(report).toMatchObject({ dryRun: false, accepted: 2, rejectedRows: 4 });
    expect(await graphSize()).toEqual(changedBy(before, { seeds: 2, heldBy: 3 }));

    const seen = await seedsSeenBy(f.tokens.coordA);
    const [shells, biomass] = report.createdIds.map((id) => seen.get(id));
    expect(shells).toMatchObject({
      title: 'ホタテ殻の再利用',
      keywords: ['貝殻', 'リサイクル'],
      holderOrganizationIds: [f.ids.universityA],
    });
    expect(biomass).toMatchObject({ title: '海藻バイオマス', stage: 'BASIC_RESEARCH' });
    expect([...biomass!.holderResearcherIds].sort()).toEqual([ids.researcherA, ids.researcherB].sort());
    const coordAUserId = ok(await api.gql<{ me: { id: string } }>('{ me { id } }', undefined, f.tokens.coordA)).me.id;
    expect([shells!.createdBy, biomass!.createdBy]).toEqual([coordAUserId, coordAUserId]);
  });

  it("imports needs from CSV as a coordinator, rejecting other regions' companies, non-companies and unknown ones", async () => {
    const csv = [
      'title,description,keywords,budgetBand,confidentiality,company,surveyedBy',
      `金属部品の非破壊検査,溶接部の内部欠陥を自動で検出したい,非破壊検査、溶接,from 1m to 5m,REGION,A2 Metals,${f.ids.coordinatorA}`,
      `冷凍食品の品質保持,解凍後の食感を保ちたい,,,,${f.ids.companyA1},aoi.coord@region-a.example.jp`,
      '漁網の自動修繕,網の破れを検知したい,,,,B1 Marine,',
      '研究設備の共用,装置を借りたい,,,,A University,',
      '包装の軽量化,"説明に ""引用"" を含む",,100万円,,株式会社存在しない,',
      '物流の最適化,配送ルートの自動化,,,,未登録商事,',
    ].join('\n');
    const before = await graphSize();
    const report = ok(await importNeeds(csv, 'CSV', f.tokens.coordA)).importNeeds;

    expect(report.rejected).toEqual([
      rejection(
        4,
        3,
        'company',
        'company: "B1 Marine" is not in a region you cover; coordinators import needs only for companies in their regions',
      ),
      rejection(5, 4, 'company', 'company: "A University" is a UNIVERSITY, not a company'),
      rejection(
        6,
        5,
        'budgetBand',
        'budgetBand must be one of UNDER_1M, FROM_1M_TO_5M, FROM_5M_TO_20M, OVER_20M, UNDECIDED (got "100万円")',
      ),
      rejection(7, 6, 'company', 'company: no organization named "未登録商事"'),
    ]);
    expect(report).toMatchObject({ accepted: 2, rejectedRows: 4 });
    expect(await graphSize()).toEqual(changedBy(before, { needs: 2, ofCompany: 2, surveyed: 2 }));

    const seen = await needsSeenBy(f.tokens.coordA);
    expect(report.createdIds.map((id) => seen.get(id))).toEqual([
      expect.objectContaining({
        title: '金属部品の非破壊検査',
        description: '溶接部の内部欠陥を自動で検出したい',
        keywords: ['非破壊検査', '溶接'],
        budgetBand: 'FROM_1M_TO_5M',
        confidentiality: 'REGION',
        status: 'OPEN',
        companyId: f.ids.companyA2,
        surveyedById: f.ids.coordinatorA,
      }),
      expect.objectContaining({
        title: '冷凍食品の品質保持',
        keywords: [],
        budgetBand: 'UNDECIDED',
        confidentiality: 'PRIVATE',
        companyId: f.ids.companyA1,
        surveyedById: f.ids.coordinatorA,
      }),
    ]);
  });

  it("imports a company's own needs from minified JSON, rows told apart by record number", async () => {
    const json = JSON.stringify([
      {
        title: '発酵食品の輸出',
        description: '海外向けに日持ちを延ばしたい',
        company: 'A1 Foods',
        confidentiality: 'private',
      },
      { title: '他社の課題', description: 'x', company: 'A2 Metals' },
      { title: '', description: 'd', company: 'A1 Foods' },
    ]);
    const before = await graphSize();
    const report = ok(await importNeeds(json, 'JSON', f.tokens.companyA1)).importNeeds;

    expect(report.rejected).toEqual([
      rejection(
        1,
        2,
        'company',
        `company: "A2 Metals" is not your company; company users import only their own company's needs`,
      ),
      rejection(1, 3, 'title', 'title is required'),
    ]);
    expect(report).toMatchObject({ accepted: 1, rejectedRows: 2 });
    expect(await graphSize()).toEqual(changedBy(before, { needs: 1, ofCompany: 1 }));
    expect((await needsSeenBy(f.tokens.companyA1)).get(report.createdIds[0])).toMatchObject({
      title: '発酵食品の輸出',
      companyId: f.ids.companyA1,
      surveyedById: null,
    });
    expect((await needsSeenBy(f.tokens.companyA2)).has(report.createdIds[0])).toBe(false);
  });

  it('checks every row and writes nothing on a dry run', async () => {
    const csv = [SEED_HEADER, '試しの行,概要,,PROTOTYPE,,,,A University,,', '二件目,概要,,BAD,,,,A University,,'].join(
      '\n',
    );
    const before = await graphSize();
    const report = ok(await importSeeds(csv, 'CSV', f.tokens.coordA, true)).importSeeds;
    expect(report).toEqual({
      dryRun: true,
      accepted: 1,
      rejectedRows: 1,
      createdIds: [],
      rejected: [rejection(3, 2, 'stage', `stage must be one of ${STAGES} (got "BAD")`)],
    });
    expect(await graphSize()).toEqual(before);
  });

  it.each([
    [
      'an unclosed quote',
      [
        SEED_HEADER,
        '正しい行,概要,,PROTOTYPE,,,,A University,,',
        '"閉じない引用,概要,,PROTOTYPE,,,,A University,,',
        '次の行,概要,,PROTOTYPE,,,,A University,,',
      ],
      'SYNTAX',
      3,
      'CSV syntax error at line 3, column 1: a quoted field is never closed (a missing closing quote?)',
    ],
    [
      'a row with the wrong number of fields',
      [
        SEED_HEADER,
        '正しい行,概要,,PROTOTYPE,,,,A University,,',
        '"複数行の\n題名",概要,,PROTOTYPE,,,,A University,,',
        'カンマ入り,概要, 余計な, 列,PROTOTYPE,,,,A University,,',
      ],
      'FIELD_COUNT',
      5,
      'CSV rows with the wrong number of fields: the header (line 1) has 10 columns, but line 5 has 11 fields ' +
        '(a comma inside a cell needs the whole cell in double quotes)',
    ],
    [
      'an unknown header',
      ['title,summary,stage,holderOrganization,担当者', '正しい行,概要,PROTOTYPE,A University,田中'],
      'BAD_HEADER',
      1,
      `CSV header (line 1): unknown column "担当者"; the columns are ${SEED_COLUMN_LIST}`,
    ],
    [
      'a missing required header',
      ['title,holderOrganization', '正しい行,A University'],
      'BAD_HEADER',
      1,
      'CSV header (line 1): missing required columns summary, stage',
    ],
  ])(
    'refuses a CSV file with %s as BAD_USER_INPUT and writes nothing',
    async (_name, lines, problem, line, message) => {
      const before = await graphSize();
      const response = await importSeeds(lines.join('\n'), 'CSV', f.tokens.admin);
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field: 'content', problem, line } }),
      ]);
      expect(await graphSize()).toEqual(before);
    },
  );

  it(`refuses a file of more than ${LIMITS.import.maxRows} rows and malformed JSON, writing nothing`, async () => {
    const before = await graphSize();
    const rows = Array.from({ length: LIMITS.import.maxRows + 1 }, (_, k) => `課題${k},説明,A1 Foods`);
    const tooMany = await importNeeds(['title,description,company', ...rows].join('\n'), 'CSV', f.tokens.admin);
    expect(tooMany.errors?.[0]).toMatchObject({
      message: `The file has ${LIMITS.import.maxRows + 1} rows, over the limit of ${LIMITS.import.maxRows}: split it into smaller files`,
      extensions: { code: 'BAD_USER_INPUT', field: 'content', problem: 'TOO_MANY_ROWS' },
    });
    const badJson = await importNeeds(
      '[\n  {"title": "t", "description": "d", "company": "A1 Foods"}\n  {"title": "u"}\n]',
      'JSON',
      f.tokens.admin,
    );
    expect(badJson.errors?.[0]).toMatchObject({
      message: "JSON syntax error at line 3, column 3: unexpected \"{\"; expected ',' or ']' after an array element",
      extensions: { code: 'BAD_USER_INPUT', field: 'content', problem: 'SYNTAX', line: 3 },
    });
    expect(await graphSize()).toEqual(before);
  });

  it('lets only admins and coordinators import seeds, and admins, coordinators and companies import needs', async () => {
    const seedCsv = [SEED_HEADER, '権限の確認,概要,,PROTOTYPE,,,,A University,,'].join('\n');
    const needCsv = ['title,description,company', '権限の確認,説明,A1 Foods'].join('\n');
    const before = await graphSize();
    const code = errorCode;
    expect(code(await importSeeds(seedCsv, 'CSV', f.tokens.managerA))).toBe('FORBIDDEN');
    expect(code(await importNeeds(needCsv, 'CSV', f.tokens.managerA))).toBe('FORBIDDEN');
    expect(code(await importSeeds(seedCsv, 'CSV', f.tokens.companyA1))).toBe('FORBIDDEN');
    expect(code(await importSeeds(seedCsv, 'CSV', undefined))).toBe('UNAUTHENTICATED');
    expect(code(await importNeeds(needCsv, 'CSV', undefined))).toBe('UNAUTHENTICATED');
    expect(await graphSize()).toEqual(before);
    // The coordinator of region B may import nothing of region A: every row is rejected, nothing written.
    const byCoordB = ok(await importNeeds(needCsv, 'CSV', f.tokens.coordB)).importNeeds;
    expect(byCoordB).toMatchObject({ accepted: 0, rejectedRows: 1, createdIds: [] });
    expect(await graphSize()).toEqual(before);
  });

  describe('a row the graph refuses while the import is being written', () => {
    // A uniqueness rule the real schema does not have, standing in for any constraint a row can
    // break only at write time; dropped again so other suites never see it.
    const CONSTRAINT = 'import_test_seed_title';
    beforeAll(async () => {
      await driver.executeQuery(`CREATE CONSTRAINT ${CONSTRAINT} IF NOT EXISTS FOR (n:Seed) REQUIRE n.title IS UNIQUE`);
    });
    afterAll(async () => {
      await driver.executeQuery(`DROP CONSTRAINT ${CONSTRAINT} IF EXISTS`);
    });

    it.each([
      ['an existing seed', ['一件目の新しい種', '炭素繊維複合材の高速成形', '三件目の新しい種'], 3, 2],
      ['an earlier row of the same file', ['重複する題名', '二件目の新しい種', '重複する題名'], 4, 3],
    ])(
      'rolls back every row when a row collides with %s (CONFLICT naming the row)',
      async (_name, titles, line, record) => {
        const csv = [SEED_HEADER, ...titles.map((t) => `${t},概要,,PROTOTYPE,,,,A University,,`)].join('\n');
        const before = await graphSize();
        const response = await importSeeds(csv, 'CSV', f.tokens.admin);
        expect(response.errors).toEqual([
          expect.objectContaining({
            message: `The row at line ${line} (row ${record}) breaks a uniqueness constraint of the graph; nothing was written`,
            extensions: { code: 'CONFLICT', line, record },
          }),
        ]);
        expect(await graphSize()).toEqual(before);
        const written = await driver.executeQuery('MATCH (n:Seed) WHERE n.title IN $titles RETURN n.title AS title', {
          titles: titles.filter((t) => t !== '炭素繊維複合材の高速成形'),
        });
        expect(written.records).toEqual([]);
      },
    );
  });

  describe('npm run import (the CLI as a child process)', () => {
    /** Runs src/cli/import.ts the way `npm run import --` does, against the test Neo4j. */
    const cli = (args: string[], env: Record<string, string> = {}) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolveRun) => {
        execFile(
          process.execPath,
          ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'src/cli/import.ts'), ...args],
          {
            cwd: PROJECT_ROOT,
            timeout: 90_000,
            env: {
              PATH: process.env.PATH ?? '',
              NEO4J_URI: process.env[TEST_ENV.neo4jUri]!,
              NEO4J_USER: config.neo4j.user,
              NEO4J_PASSWORD: config.neo4j.password ?? '',
              ...env,
            },
          },
          (error, stdout, stderr) =>
            resolveRun({ code: error ? ((error.code as number | undefined) ?? null) : 0, stdout, stderr }),
        );
      });
    // Each run starts a Node process that compiles the CLI's TypeScript: seconds each, more on a busy machine.
    const CLI_TIMEOUT = 180_000;
    const file = (name: string, content: string | Buffer) => {
      const path = join(workDir, name);
      writeFileSync(path, content);
      return path;
    };

    it(
      'checks a file on --dry-run writing nothing, then imports it, printing each rejected row and a summary',
      async () => {
        const path = file(
          'seeds.csv',
          [
            SEED_HEADER,
            'CLI 一件目,"複数行の\n概要",,PROTOTYPE,,,,A University,,',
            'CLI 二件目,概要,,PROTOTYPE,,,,未登録大学,,',
            `CLI 三件目,概要,,PROTOTYPE,,,PUBLIC,,${ids.researcherB},aoi.coord@region-a.example.jp`,
          ].join('\n'),
        );
        const rejectedLine = `${path}:4: record 2: holderOrganization: no organization named "未登録大学"`;
        const before = await graphSize();

        const dry = await cli([path, '--kind', 'seeds', '--dry-run']);
        expect(dry).toEqual({
          code: 3,
          stdout: `${rejectedLine}\nChecked ${path}: 2 seeds would be imported; 1 row rejected (1 problem) (dry run: nothing written)\n`,
          stderr: '',
        });
        expect(await graphSize()).toEqual(before);

        const real = await cli(['--kind', 'seeds', path]);
        expect(real).toEqual({
          code: 3,
          stdout: `${rejectedLine}\nImported 2 seeds from ${path}; 1 row rejected (1 problem)\n`,
          stderr: '',
        });
        expect(await graphSize()).toEqual(changedBy(before, { seeds: 2, heldBy: 2, collected: 1 }));
        const stored = await driver.executeQuery(
          "MATCH (n:Seed) WHERE n.title STARTS WITH 'CLI ' RETURN n.title AS title, n.summary AS summary, n.createdBy AS createdBy ORDER BY title",
        );
        expect(stored.records.map((r) => r.toObject())).toEqual([
          { title: 'CLI 一件目', summary: '複数行の\n概要', createdBy: 'system' },
          { title: 'CLI 三件目', summary: '概要', createdBy: 'system' },
        ]);
      },
      CLI_TIMEOUT,
    );

    it(
      'exits 0 when every row is imported, and 1 writing nothing for a refused file',
      async () => {
        const good = file(
          'needs.json',
          JSON.stringify([
            { title: 'CLI 課題一', description: '説明', company: 'B1 Marine' },
            { title: 'CLI 課題二', description: '説明', company: f.ids.companyA2, surveyedBy: f.ids.coordinatorA },
          ]),
        );
        const before = await graphSize();
        expect(await cli([good, '--kind', 'needs'])).toEqual({
          code: 0,
          stdout: `Imported 2 needs from ${good}\n`,
          stderr: '',
        });
        expect(await graphSize()).toEqual(changedBy(before, { needs: 2, ofCompany: 2, surveyed: 1 }));

        const bad = file('needs.csv', 'title,description,company,owner\nCLI 課題三,説明,A1 Foods,x\n');
        const refused = await cli([bad, '--kind', 'needs']);
        expect(refused.code).toBe(1);
        expect(refused.stdout).toBe('');
        expect(refused.stderr).toBe(
          `${bad}: CSV header (line 1): unknown column "owner"; the columns are title, description, keywords, desiredOutcome, ` +
            'timeline, budgetBand, confidentiality, status, company, surveyedBy\nNothing was imported.\n',
        );
        expect(await graphSize()).toEqual(changedBy(before, { needs: 2, ofCompany: 2, surveyed: 1 }));
      },
      CLI_TIMEOUT,
    );

    it(
      'refuses a file that is not UTF-8 (Shift_JIS from Excel) before touching the graph',
      async () => {
        // "title,description,company\n炭素,x,A1 Foods" with 炭素 in Shift_JIS (0x92 0x59 0x91 0x66).
        const sjis = Buffer.concat([
          Buffer.from('title,description,company\n'),
          Buffer.from([0x92, 0x59, 0x91, 0x66]),
          Buffer.from(',x,A1 Foods\n'),
        ]);
        const path = file('sjis.csv', sjis);
        const before = await graphSize();
        const run = await cli([path, '--kind', 'needs']);
        expect(run).toEqual({
          code: 1,
          stdout: '',
          stderr: `${path} is not UTF-8 text: in Excel, save it as "CSV UTF-8 (comma delimited)"\n`,
        });
        expect(await graphSize()).toEqual(before);
      },
      CLI_TIMEOUT,
    );

    it(
      'stops with the variable name on a bad environment',
      async () => {
        const path = file('env.csv', 'title,description,company\nx,y,A1 Foods\n');
        expect(await cli([path, '--kind', 'needs'], { NEO4J_CONNECTION_TIMEOUT_MS: 'soon' })).toEqual({
          code: 1,
          stdout: '',
          stderr: 'Invalid environment: NEO4J_CONNECTION_TIMEOUT_MS must be a number (got "soon")\n',
        });
      },
      CLI_TIMEOUT,
    );
  });
});
