import { LIMITS } from '../../common/validation/limits';
import { BudgetBand, Confidentiality, NeedStatus } from '../needs/models/need.model';
import { IpStatus, SeedStage, SeedVisibility } from '../seeds/models/seed.model';
import { thrownBy } from '../../../test/support/thrown';
import {
  BUDGET_BANDS,
  ImportFileError,
  ImportFileErrorCode,
  ImportFormat,
  ImportKind,
  NEED_COLUMNS,
  parseImport,
  SEED_COLUMNS,
  SEED_STAGES,
} from './import-rows';

const SEED_HEADER = SEED_COLUMNS.join(',');
const NEED_HEADER = NEED_COLUMNS.join(',');
const ORG_ID = '3F2B8C1E-9D4A-4C6B-8E7F-0A1B2C3D4E5F';

/** A seed CSV line with every column, valid unless overridden. */
function seedLine(overrides: Partial<Record<(typeof SEED_COLUMNS)[number], string>> = {}): string {
  const values = {
    title: '炭素繊維複合材の高速成形',
    summary: '熱可塑性 CFRP を 60 秒で成形する技術',
    keywords: 'CFRP;成形',
    field: '材料工学',
    stage: 'PROTOTYPE',
    ipStatus: '',
    ipNumbers: '',
    visibility: '',
    holderOrganization: '東北工業大学',
    holderResearchers: '',
    collectedBy: '',
    ...overrides,
  };
  return SEED_COLUMNS.map((c) => csvField(values[c])).join(',');
}

function needLine(overrides: Partial<Record<(typeof NEED_COLUMNS)[number], string>> = {}): string {
  const values = {
    title: '金属部品の非破壊検査',
    description: '溶接部の内部欠陥を自動で検出したい',
    keywords: '',
    desiredOutcome: '',
    timeline: '',
    budgetBand: '',
    confidentiality: '',
    status: '',
    company: '株式会社みちのく精機',
    surveyedBy: '',
    ...overrides,
  };
  return NEED_COLUMNS.map((c) => csvField(values[c])).join(',');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const csv = (header: string, ...lines: string[]) => [header, ...lines].join('\n') + '\n';
const seedCsv = (...lines: string[]) => csv(SEED_HEADER, ...lines);
const needCsv = (...lines: string[]) => csv(NEED_HEADER, ...lines);
/** What parseImport makes of a seed CSV with one row, valid unless overridden. */
const oneSeedRow = (overrides: Parameters<typeof seedLine>[0]) =>
  parseImport('SEED', 'CSV', seedCsv(seedLine(overrides)));
/** What parseImport makes of a need CSV with one row, valid unless overridden. */
const oneNeedRow = (overrides: Parameters<typeof needLine>[0]) =>
  parseImport('NEED', 'CSV', needCsv(needLine(overrides)));

/** The problems of a one-row seed CSV, as `field: reason`. */
function seedProblems(overrides: Parameters<typeof seedLine>[0]): string[] {
  const result = oneSeedRow(overrides);
  expect(result.rows).toHaveLength(result.rejected.length ? 0 : 1);
  return result.rejected.map((r) => `${r.field}: ${r.reason}`);
}

/** The rows of a parse that must take the whole file: fails the test when it rejected a row. */
function accepted<R extends { rows: unknown[]; rejected: unknown[] }>({ rows, rejected }: R): R['rows'] {
  expect(rejected).toEqual([]);
  return rows;
}

const fileError = (kind: ImportKind, format: ImportFormat, text: string) =>
  thrownBy(ImportFileError, () => parseImport(kind, format, text));

describe('parseImport: seeds from CSV', () => {
  it('reads a full row with Japanese text, normalising enums, lists, ids and e-mail', () => {
    const rows = accepted(
      oneSeedRow({
        keywords: ' CFRP；熱可塑性、成形; CFRP ;;',
        stage: 'proven in-use',
        ipStatus: 'granted',
        ipNumbers: '特願2024-012345、JP7123456B2',
        visibility: 'Region',
        holderOrganization: ORG_ID,
        holderResearchers: '山田 太郎;8C2D1E3F-4A5B-4C6D-9E8F-1A2B3C4D5E6F',
        collectedBy: ' Tanaka@Coord.Example.JP ',
      }),
    );
    expect(rows).toEqual([
      {
        line: 2,
        record: 1,
        title: '炭素繊維複合材の高速成形',
        summary: '熱可塑性 CFRP を 60 秒で成形する技術',
        keywords: ['CFRP', '熱可塑性', '成形'],
        field: '材料工学',
        stage: SeedStage.PROVEN_IN_USE,
        ipStatus: IpStatus.GRANTED,
        ipNumbers: ['特願2024-012345', 'JP7123456B2'],
        visibility: SeedVisibility.REGION,
        holderOrganization: ORG_ID.toLowerCase(),
        holderResearchers: ['山田 太郎', '8c2d1e3f-4a5b-4c6d-9e8f-1a2b3c4d5e6f'],
        collectedBy: 'tanaka@coord.example.jp',
      },
    ]);
  });

  it('applies the defaults: ipStatus NONE, visibility PUBLIC, empty lists', () => {
    const { rows } = parseImport(
      'SEED',
      'CSV',
      csv('Title,SUMMARY,stage,holderOrganization', '発酵,乳酸菌による保存,basic research,県立大学'),
    );
    expect(rows).toEqual([
      {
        line: 2,
        record: 1,
        title: '発酵',
        summary: '乳酸菌による保存',
        keywords: [],
        field: undefined,
        stage: SeedStage.BASIC_RESEARCH,
        ipStatus: IpStatus.NONE,
        ipNumbers: [],
        visibility: SeedVisibility.PUBLIC,
        holderOrganization: '県立大学',
        holderResearchers: [],
        collectedBy: undefined,
      },
    ]);
  });

  it('reads quoted commas, quotes and line breaks, and keeps the line of rows after a multi-line cell', () => {
    const text = seedCsv(
      seedLine({ title: '樹脂, 金属の "接着不要" 接合', summary: '一行目\r\n二行目\n三行目' }),
      seedLine({ title: '次の行' }),
    );
    const rows = accepted(parseImport('SEED', 'CSV', text));
    expect(rows.map((r) => [r.line, r.record, r.title])).toEqual([
      [2, 1, '樹脂, 金属の "接着不要" 接合'],
      [5, 2, '次の行'],
    ]);
    expect(rows[0].summary).toBe('一行目\n二行目\n三行目');
  });

  it('reads a file with a BOM and CRLF line endings', () => {
    const text = '\uFEFF' + [SEED_HEADER, seedLine(), seedLine({ title: '二件目' })].join('\r\n') + '\r\n\r\n';
    const rows = accepted(parseImport('SEED', 'CSV', text));
    expect(rows.map((r) => [r.line, r.title])).toEqual([
      [2, '炭素繊維複合材の高速成形'],
      [3, '二件目'],
    ]);
  });

  it('rejects a row missing required fields, reporting each field', () => {
    expect(seedProblems({ title: '', summary: '   ', stage: '' })).toEqual([
      'title: title is required',
      'summary: summary is required',
      'stage: stage is required; it is one of BASIC_RESEARCH, APPLIED_RESEARCH, PROTOTYPE, PROVEN_IN_USE, COMMERCIALIZED',
    ]);
  });

  it('rejects an unknown enum value, naming the allowed values', () => {
    expect(seedProblems({ stage: 'DONE', ipStatus: 'maybe', visibility: '社内' })).toEqual([
      'stage: stage must be one of BASIC_RESEARCH, APPLIED_RESEARCH, PROTOTYPE, PROVEN_IN_USE, COMMERCIALIZED (got "DONE")',
      'ipStatus: ipStatus must be one of NONE, PENDING, GRANTED (got "maybe")',
      'visibility: visibility must be one of PRIVATE, REGION, PUBLIC (got "社内")',
    ]);
  });

  it('counts lengths in code points', () => {
    expect(seedProblems({ title: '𠮷'.repeat(LIMITS.name.max) })).toEqual([]);
    expect(seedProblems({ title: 'あ'.repeat(LIMITS.name.max + 1) })).toEqual([
      `title: title is ${LIMITS.name.max + 1} characters; at most ${LIMITS.name.max} are allowed`,
    ]);
    expect(
      seedProblems({ summary: 'x'.repeat(LIMITS.longText.max + 1), field: '分'.repeat(LIMITS.shortText.max + 1) }),
    ).toEqual([
      `summary: summary is ${LIMITS.longText.max + 1} characters; at most ${LIMITS.longText.max} are allowed`,
      `field: field is ${LIMITS.shortText.max + 1} characters; at most ${LIMITS.shortText.max} are allowed`,
    ]);
  });

  it('limits the number and length of list items, after dropping blanks and repeats', () => {
    const many = Array.from({ length: LIMITS.list.maxItems + 1 }, (_, k) => `語${k}`);
    expect(seedProblems({ keywords: many.join(';') })).toEqual([
      `keywords: keywords has ${LIMITS.list.maxItems + 1} items; at most ${LIMITS.list.maxItems} are allowed`,
    ]);
    expect(seedProblems({ keywords: [...many.slice(0, LIMITS.list.maxItems), '語0', ' ', ''].join('、') })).toEqual([]);
    expect(seedProblems({ keywords: `短い;${'長'.repeat(LIMITS.list.itemMax + 1)}` })).toEqual([
      `keywords: keywords item "${'長'.repeat(30)}…" is ${LIMITS.list.itemMax + 1} characters; at most ${LIMITS.list.itemMax} are allowed`,
    ]);
  });

  it('requires ipNumbers when ipStatus is PENDING or GRANTED', () => {
    expect(seedProblems({ ipStatus: 'GRANTED' })).toEqual([
      'ipNumbers: ipNumbers must list the application or patent numbers when ipStatus is GRANTED',
    ]);
    expect(seedProblems({ ipStatus: 'pending', ipNumbers: ' ; ' })).toEqual([
      'ipNumbers: ipNumbers must list the application or patent numbers when ipStatus is PENDING',
    ]);
    expect(seedProblems({ ipStatus: 'GRANTED', ipNumbers: 'JP7123456B2' })).toEqual([]);
    expect(seedProblems({ ipStatus: 'NONE' })).toEqual([]);
  });

  it('requires a holder: an organization and/or researchers', () => {
    expect(seedProblems({ holderOrganization: '', holderResearchers: ' 、 ' })).toEqual([
      'holderOrganization: A seed needs a holder: holderOrganization and/or holderResearchers',
    ]);
    expect(seedProblems({ holderOrganization: '', holderResearchers: '山田 太郎' })).toEqual([]);
    expect(seedProblems({ holderOrganization: '大'.repeat(LIMITS.name.max + 1) })).toEqual([
      `holderOrganization: holderOrganization is ${LIMITS.name.max + 1} characters; at most ${LIMITS.name.max} are allowed`,
    ]);
  });

  it('rejects a coordinator reference that is neither an e-mail address nor an id', () => {
    expect(seedProblems({ collectedBy: 'tanaka@' })).toEqual([
      `collectedBy: collectedBy must be a coordinator's e-mail address or id (got "tanaka@")`,
    ]);
    expect(seedProblems({ collectedBy: 'tanaka＠coord.example.jp' })).toEqual([
      `collectedBy: collectedBy must be a coordinator's e-mail address or id (a full-width ＠ must be @) (got "tanaka＠coord.example.jp")`,
    ]);
    expect(seedProblems({ collectedBy: '田中 一郎' })).toEqual([
      `collectedBy: collectedBy must be a coordinator's e-mail address or id (got "田中 一郎")`,
    ]);
    const long = `${'a'.repeat(64)}@${'b'.repeat(LIMITS.email.max)}.jp`;
    expect(seedProblems({ collectedBy: long })[0]).toContain(
      `collectedBy is ${long.length} characters; at most ${LIMITS.email.max}`,
    );
  });

  it('rejects control characters other than tab and line feed, saying where they are', () => {
    expect(seedProblems({ title: 'ab\u0000c', keywords: 'ok;bad\u0007', summary: 'lone\rCR' })).toEqual([
      'title: title contains a control character (U+0000 NUL) at character 3; remove it',
      'summary: summary contains a control character (U+000D carriage return) at character 5; remove it',
      'keywords: keywords item "bad\\u0007" contains a control character (U+0007) at character 4; remove it',
    ]);
    expect(seedProblems({ summary: '列1\t列2\n次の行' })).toEqual([]);
  });

  it('reads a coordinator id, lower-cased', () => {
    const { rows } = oneSeedRow({ collectedBy: ORG_ID });
    expect(rows[0].collectedBy).toBe(ORG_ID.toLowerCase());
  });

  it('reports every problem of a row, leaves the row out and keeps the other rows', () => {
    const text = seedCsv(
      seedLine({ title: '一件目' }),
      seedLine({
        title: '',
        stage: 'X',
        ipStatus: 'GRANTED',
        holderOrganization: '',
        collectedBy: 'no',
        summary: '二行の\n概要',
      }),
      seedLine({ title: '三件目' }),
    );
    const { rows, rejected } = parseImport('SEED', 'CSV', text);
    expect(rows.map((r) => [r.line, r.record, r.title])).toEqual([
      [2, 1, '一件目'],
      [5, 3, '三件目'],
    ]);
    expect(rejected.map((r) => [r.line, r.record, r.field])).toEqual([
      [3, 2, 'title'],
      [3, 2, 'stage'],
      [3, 2, 'ipNumbers'],
      [3, 2, 'holderOrganization'],
      [3, 2, 'collectedBy'],
    ]);
  });
});

describe('parseImport: needs from CSV', () => {
  it('reads a full row and applies the defaults', () => {
    const rows = accepted(
      parseImport(
        'NEED',
        'CSV',
        needCsv(
          needLine({
            keywords: '非破壊検査；溶接',
            desiredOutcome: '検査時間を半分に',
            timeline: '2025年度中',
            budgetBand: 'from 1m to 5m',
            confidentiality: 'ＰＵＢＬＩＣ',
            status: 'in-discussion',
            surveyedBy: 'Sato@Coord.Example.JP',
          }),
          needLine({ title: '既定値' }),
        ),
      ),
    );
    expect(rows).toEqual([
      {
        line: 2,
        record: 1,
        title: '金属部品の非破壊検査',
        description: '溶接部の内部欠陥を自動で検出したい',
        keywords: ['非破壊検査', '溶接'],
        desiredOutcome: '検査時間を半分に',
        timeline: '2025年度中',
        budgetBand: BudgetBand.FROM_1M_TO_5M,
        confidentiality: Confidentiality.PUBLIC,
        status: NeedStatus.IN_DISCUSSION,
        company: '株式会社みちのく精機',
        surveyedBy: 'sato@coord.example.jp',
      },
      {
        line: 3,
        record: 2,
        title: '既定値',
        description: '溶接部の内部欠陥を自動で検出したい',
        keywords: [],
        budgetBand: BudgetBand.UNDECIDED,
        confidentiality: Confidentiality.PRIVATE,
        status: NeedStatus.OPEN,
        company: '株式会社みちのく精機',
      },
    ]);
  });

  it('rejects a row without a company or description, with a bad enum or a bad e-mail', () => {
    const { rows, rejected } = oneNeedRow({
      description: '',
      company: '',
      budgetBand: '100万円',
      status: 'closed',
      surveyedBy: 'sato@@x.jp',
    });
    expect(rows).toEqual([]);
    expect(rejected).toEqual([
      { line: 2, record: 1, field: 'description', reason: 'description is required' },
      {
        line: 2,
        record: 1,
        field: 'budgetBand',
        reason: `budgetBand must be one of ${BUDGET_BANDS.join(', ')} (got "100万円")`,
      },
      {
        line: 2,
        record: 1,
        field: 'status',
        reason: 'status must be one of OPEN, IN_DISCUSSION, SOLVED, WITHDRAWN (got "closed")',
      },
      { line: 2, record: 1, field: 'company', reason: 'company is required' },
      {
        line: 2,
        record: 1,
        field: 'surveyedBy',
        reason: `surveyedBy must be a coordinator's e-mail address or id (got "sato@@x.jp")`,
      },
    ]);
  });

  it('lower-cases a company id given as a UUID', () => {
    expect(oneNeedRow({ company: ORG_ID }).rows[0].company).toBe(ORG_ID.toLowerCase());
  });
});

describe('parseImport: JSON', () => {
  it('reads pretty-printed seeds with the line each starts on', () => {
    const text = JSON.stringify(
      [
        {
          title: '一件目',
          summary: '概要',
          stage: 'PROTOTYPE',
          holderResearchers: ['山田 太郎', '佐藤 花子', '山田 太郎'],
        },
        {
          title: '二件目',
          summary: '概要',
          keywords: 'IoT；農業、センサ',
          stage: 'applied-research',
          ipStatus: 'PENDING',
          ipNumbers: ['特願2024-012345'],
          visibility: null,
          holderOrganization: '県立大学',
        },
      ],
      null,
      2,
    );
    const rows = accepted(parseImport('SEED', 'JSON', text));
    expect(rows).toMatchObject([
      {
        line: 2,
        record: 1,
        title: '一件目',
        holderResearchers: ['山田 太郎', '佐藤 花子'],
        visibility: SeedVisibility.PUBLIC,
        keywords: [],
      },
      {
        line: 12,
        record: 2,
        keywords: ['IoT', '農業', 'センサ'],
        stage: SeedStage.APPLIED_RESEARCH,
        ipStatus: IpStatus.PENDING,
        ipNumbers: ['特願2024-012345'],
        visibility: SeedVisibility.PUBLIC,
      },
    ]);
  });

  it('puts every row of a single-line array on line 1, told apart by record number', () => {
    const need = { title: 't', description: 'd', company: 'c' };
    const { rows, rejected } = parseImport('NEED', 'JSON', JSON.stringify([need, { ...need, title: '' }, need, 7]));
    expect(rows.map((r) => [r.line, r.record])).toEqual([
      [1, 1],
      [1, 3],
    ]);
    expect(rejected).toEqual([
      { line: 1, record: 2, field: 'title', reason: 'title is required' },
      { line: 1, record: 4, reason: 'Each element of the array must be an object of fields, not a number' },
    ]);
  });

  it('rejects values of the wrong type, unknown keys and elements that are not objects', () => {
    const text = [
      '[',
      '  {"title": 42, "description": "d", "company": "c", "keywords": ["ok", 7], "status": true},',
      '  {"title": "t", "description": "d", "company": "c", "Timeline": "2025", "owner": "x"},',
      '  ["not", "an", "object"],',
      '  {"title": "t", "description": "d", "company": "c", "keywords": {"a": 1}}',
      ']',
    ].join('\n');
    const { rows, rejected } = parseImport('NEED', 'JSON', text);
    expect(rows).toEqual([]);
    expect(rejected).toEqual([
      { line: 2, record: 1, field: 'title', reason: 'title must be text, not a number' },
      { line: 2, record: 1, field: 'keywords', reason: 'keywords item 2 must be text, not a number' },
      {
        line: 2,
        record: 1,
        field: 'status',
        reason: `status must be one of OPEN, IN_DISCUSSION, SOLVED, WITHDRAWN (got a boolean)`,
      },
      {
        line: 3,
        record: 2,
        field: 'Timeline',
        reason: `Unknown field "Timeline" (did you mean "timeline"?); the fields are ${NEED_COLUMNS.join(', ')}`,
      },
      {
        line: 3,
        record: 2,
        field: 'owner',
        reason: `Unknown field "owner"; the fields are ${NEED_COLUMNS.join(', ')}`,
      },
      { line: 4, record: 3, reason: 'Each element of the array must be an object of fields, not an array' },
      {
        line: 5,
        record: 4,
        field: 'keywords',
        reason: 'keywords must be a list: an array of texts, or a text separated by ";" (got an object)',
      },
    ]);
  });

  it('applies the same text rules as CSV', () => {
    const { rejected } = parseImport(
      'SEED',
      'JSON',
      JSON.stringify([
        { title: ' ', summary: 'a\u0000', stage: SEED_STAGES[0], holderOrganization: 'o', collectedBy: 'x' },
      ]),
    );
    expect(rejected.map((r) => r.field)).toEqual(['title', 'summary', 'collectedBy']);
  });
});

describe('parseImport: whole-file errors', () => {
  it.each([
    ['CSV', ''],
    ['CSV', '\uFEFF \r\n\n'],
    ['JSON', '  \n'],
  ] as const)('rejects an empty %s file', (format, text) => {
    expect(fileError('SEED', format, text)).toMatchObject({
      code: ImportFileErrorCode.EMPTY,
      message: 'The file is empty',
    });
  });

  it('rejects a file over the byte limit, counting UTF-8 bytes', () => {
    const text = 'あ'.repeat(Math.floor(LIMITS.import.maxBytes / 3) + 1);
    expect(text.length).toBeLessThan(LIMITS.import.maxBytes);
    const error = fileError('SEED', 'CSV', text);
    expect(error.code).toBe(ImportFileErrorCode.TOO_LARGE);
    expect(error.message).toContain(`over the limit of ${LIMITS.import.maxBytes} bytes`);
  });

  it('rejects a CSV syntax error with its line and column', () => {
    const error = fileError(
      'SEED',
      'CSV',
      seedCsv(seedLine(), seedLine({ title: '"x" y' }).replace('"""x"" y"', '"x" y')),
    );
    expect(error).toMatchObject({ code: ImportFileErrorCode.SYNTAX, line: 3 });
    expect(error.message).toBe(
      'CSV syntax error at line 3, column 4: text after the closing quote of a quoted field (a quote inside a field must be doubled: "")',
    );
    expect(fileError('NEED', 'CSV', needCsv('"unterminated,d,,,,,,,c,'))).toMatchObject({
      code: ImportFileErrorCode.SYNTAX,
      line: 2,
    });
  });

  it('rejects a JSON syntax error with its line and column', () => {
    const error = fileError('NEED', 'JSON', '[\n  {"title": "t"}\n  {"title": "u"}\n]');
    expect(error).toMatchObject({ code: ImportFileErrorCode.SYNTAX, line: 3 });
    expect(error.message).toContain('JSON syntax error at line 3, column 3');
  });

  it('rejects JSON that is not an array', () => {
    const error = fileError('NEED', 'JSON', '{"title": "t", "description": "d", "company": "c"}');
    expect(error).toMatchObject({ code: ImportFileErrorCode.NOT_AN_ARRAY, line: 1 });
    expect(error.message).toContain('must be an array of objects, not an object');
  });

  it.each([
    [
      'an unknown column',
      'title,summary,stage,holderOrganization,owner',
      'unknown column "owner"; the columns are title, summary,',
    ],
    ['a duplicate column', 'title,summary,stage,holderOrganization,Title', 'duplicate column title (columns 1 and 5)'],
    ['a missing required column', 'title,holderOrganization', 'missing required columns summary, stage'],
    ['no holder column', 'title,summary,stage', 'a holderOrganization or holderResearchers column is required'],
  ])('rejects a CSV header with %s', (_name, header, problem) => {
    const error = fileError('SEED', 'CSV', csv(header, 'a,b,c,d,e'));
    expect(error).toMatchObject({ code: ImportFileErrorCode.BAD_HEADER, line: 1 });
    expect(error.message).toContain('CSV header (line 1): ');
    expect(error.message).toContain(problem);
  });

  it('rejects the whole CSV file when a row has the wrong number of fields, naming the line', () => {
    const error = fileError(
      'SEED',
      'CSV',
      seedCsv(seedLine(), seedLine({ summary: '複数行の\n概要' }), 'too,few', seedLine()),
    );
    expect(error).toMatchObject({ code: ImportFileErrorCode.FIELD_COUNT, line: 5 });
    expect(error.message).toBe(
      `CSV rows with the wrong number of fields: the header (line 1) has ${SEED_COLUMNS.length} columns, but line 5 has 2 fields ` +
        '(a comma inside a cell needs the whole cell in double quotes)',
    );
  });

  it('reports a bad header before rows with the wrong number of fields', () => {
    expect(fileError('NEED', 'CSV', csv('title,description', 't,d,extra,fields'))).toMatchObject({
      code: ImportFileErrorCode.BAD_HEADER,
      message: 'CSV header (line 1): missing required column company',
    });
  });

  it('requires the need columns in a need file', () => {
    expect(fileError('NEED', 'CSV', csv('title,description', 't,d')).message).toContain(
      'missing required column company',
    );
    expect(fileError('NEED', 'CSV', seedCsv(seedLine())).message).toContain(
      'unknown columns "summary", "field", "stage"',
    );
  });

  it('rejects a file without rows', () => {
    expect(fileError('SEED', 'CSV', `${SEED_HEADER}\r\n\r\n,,,,,,,,,,\r\n`)).toMatchObject({
      code: ImportFileErrorCode.NO_ROWS,
      message: 'The file has a header (line 1) but no rows',
    });
    expect(fileError('SEED', 'JSON', '[\n]')).toMatchObject({ code: ImportFileErrorCode.NO_ROWS });
  });

  it('rejects more than LIMITS.import.maxRows rows, counting rows that will be rejected', () => {
    const line = needLine();
    const atLimit = needCsv(...Array<string>(LIMITS.import.maxRows).fill(line));
    expect(parseImport('NEED', 'CSV', atLimit).rows).toHaveLength(LIMITS.import.maxRows);
    const error = fileError(
      'NEED',
      'CSV',
      needCsv(...Array<string>(LIMITS.import.maxRows).fill(line), needLine({ title: '' })),
    );
    expect(error.code).toBe(ImportFileErrorCode.TOO_MANY_ROWS);
    expect(error.message).toBe(
      `The file has ${LIMITS.import.maxRows + 1} rows, over the limit of ${LIMITS.import.maxRows}: split it into smaller files`,
    );
    const json = JSON.stringify(Array(LIMITS.import.maxRows + 1).fill({ title: 't' }));
    expect(fileError('NEED', 'JSON', json).code).toBe(ImportFileErrorCode.TOO_MANY_ROWS);
  });

  it('keeps the underlying parser error as the cause', () => {
    expect(fileError('SEED', 'JSON', '[').cause).toMatchObject({ name: 'JsonSyntaxError', line: 1, column: 2 });
  });
});
