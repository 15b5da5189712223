import { plainToInstance } from 'class-transformer';
import { isEmail, validateSync } from 'class-validator';
import { LIMITS } from '../../common/validation/limits';
import { CreateNeedInput, NEED_DEFAULTS } from '../needs/dto/need.inputs';
import { BudgetBand } from '../needs/models/need.model';
import { CreateSeedInput, hasHolder, lacksIpNumbers, SEED_DEFAULTS } from '../seeds/dto/seed.inputs';
import { IpStatus, SeedStage } from '../seeds/models/seed.model';
import { IpNumbersRequiredError } from '../seeds/seeds.exception';
import { InputFieldRule, inputFieldRules } from '../../common/validation/input-fields';
import { CsvFieldCountError, CsvHeaderError, CsvSyntaxError, readCsvTable } from './csv';
import { JsonShapeError, JsonSyntaxError, parseJsonRecords } from './json-records';
import { CONTROL_CHARACTERS_OR_CR } from '../../common/validation/text';

/*
 * Turns an import file's text into typed seed or need rows, or precise rejections. Names stay names
 * here: resolving them to nodes, and checking who may import what, needs the graph (ImportService).
 * A row's fields are read by the rules their GraphQL input declares (CreateSeedInput,
 * CreateNeedInput) and then validated by that input class, so a row accepted here is one the API
 * would accept; what is added here is only what a file needs: lists written as "a;b", enums written
 * loosely, names instead of ids, and messages that say where a value went wrong.
 */

export type ImportKind = 'SEED' | 'NEED';
export type ImportFormat = 'CSV' | 'JSON';

export const SEED_STAGES: readonly SeedStage[] = Object.values(SeedStage);
export const BUDGET_BANDS: readonly BudgetBand[] = Object.values(BudgetBand);

/** The seed columns that are CreateSeedInput's own fields, in column order. */
const SEED_INPUT_COLUMNS = [
  'title',
  'summary',
  'keywords',
  'field',
  'stage',
  'ipStatus',
  'ipNumbers',
  'visibility',
] as const;

/** Column names of a seed import (JSON keys exactly; CSV headers case-insensitively). */
export const SEED_COLUMNS = [...SEED_INPUT_COLUMNS, 'holderOrganization', 'holderResearchers', 'collectedBy'] as const;

/** The need columns that are CreateNeedInput's own fields, in column order. */
const NEED_INPUT_COLUMNS = [
  'title',
  'description',
  'keywords',
  'desiredOutcome',
  'timeline',
  'budgetBand',
  'confidentiality',
  'status',
] as const;

/** Column names of a need import (JSON keys exactly; CSV headers case-insensitively). */
export const NEED_COLUMNS = [...NEED_INPUT_COLUMNS, 'company', 'surveyedBy'] as const;

/** Where a row is in its file. */
export interface RowPosition {
  /** 1-based physical line where the row starts (a CSV's header is line 1). */
  line: number;
  /**
   * 1-based number of the row among the file's rows: a JSON array's element number (index + 1), a
   * CSV's data row number (the row after the header is 1). A minified JSON file has every row on
   * line 1, so this is what tells its rows apart.
   */
  record: number;
}

/** A seed row's own fields, as CreateSeedInput has them, defaults applied. */
export type SeedFields = Pick<CreateSeedInput, 'title' | 'summary' | 'field' | 'stage'> &
  Required<Pick<CreateSeedInput, 'keywords' | 'ipStatus' | 'ipNumbers' | 'visibility'>>;

export interface SeedImportRow extends RowPosition, SeedFields {
  /** An organization's name, or its id (a UUID, lower-cased). */
  holderOrganization?: string;
  /** Researchers' names or ids (UUIDs, lower-cased). */
  holderResearchers: string[];
  /** A coordinator's id (a UUID) or e-mail address, lower-cased. */
  collectedBy?: string;
}

/** A need row's own fields, as CreateNeedInput has them, defaults applied. */
export type NeedFields = Pick<CreateNeedInput, 'title' | 'description' | 'desiredOutcome' | 'timeline'> &
  Required<Pick<CreateNeedInput, 'keywords' | 'budgetBand' | 'confidentiality' | 'status'>>;

export interface NeedImportRow extends RowPosition, NeedFields {
  /** A company's name, or its id (a UUID, lower-cased). */
  company: string;
  /** A coordinator's id (a UUID) or e-mail address, lower-cased. */
  surveyedBy?: string;
}

/** One problem with one row: a row with several problems has several entries, one per field. */
export interface ImportRejection extends RowPosition {
  /** The column (JSON key) at fault; absent when the problem is the row as a whole. */
  field?: string;
  reason: string;
}

export interface SeedImportResult {
  rows: SeedImportRow[];
  rejected: ImportRejection[];
}

export interface NeedImportResult {
  rows: NeedImportRow[];
  rejected: ImportRejection[];
}

export type ImportParseResult = SeedImportResult | NeedImportResult;

export enum ImportFileErrorCode {
  TOO_LARGE = 'TOO_LARGE',
  EMPTY = 'EMPTY',
  SYNTAX = 'SYNTAX',
  BAD_HEADER = 'BAD_HEADER',
  FIELD_COUNT = 'FIELD_COUNT',
  NOT_AN_ARRAY = 'NOT_AN_ARRAY',
  NO_ROWS = 'NO_ROWS',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
}

/** A problem with the file as a whole: nothing in it is imported. The message is fit to show. */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

const COLUMNS = { SEED: SEED_COLUMNS, NEED: NEED_COLUMNS } as const;
/** Columns a CSV header must have; without them every row would be rejected for the same reason. */
const REQUIRED_COLUMNS = { SEED: ['title', 'summary', 'stage'], NEED: ['title', 'description', 'company'] } as const;

export function parseImport(kind: 'SEED', format: ImportFormat, text: string): SeedImportResult;
export function parseImport(kind: 'NEED', format: ImportFormat, text: string): NeedImportResult;
export function parseImport(kind: ImportKind, format: ImportFormat, text: string): ImportParseResult;
/**
 * Parses and checks a seed or need import. Throws ImportFileError for a problem with the whole file
 * (too large, empty, malformed, a bad CSV header, CSV rows with the wrong number of fields, not a
 * JSON array, no rows, too many rows); every problem with a row goes to `rejected` (in file order)
 * and the row is left out of `rows`.
 */
export function parseImport(kind: ImportKind, format: ImportFormat, text: string): ImportParseResult {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > LIMITS.import.maxBytes) {
    throw new ImportFileError(
      ImportFileErrorCode.TOO_LARGE,
      `The file is ${bytes} bytes, over the limit of ${LIMITS.import.maxBytes} bytes: split it into smaller files`,
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new ImportFileError(ImportFileErrorCode.EMPTY, 'The file is empty');
  }
  const sources = format === 'CSV' ? csvSources(kind, text) : jsonSources(kind, text);
  const rejected = sources.rejected;
  const read = kind === 'SEED' ? readSeed : readNeed;
  const rows: (SeedImportRow | NeedImportRow)[] = [];
  for (const source of sources.rows) {
    const reader = new RowReader(source.line, source.record, source.get);
    const row = read(reader);
    reader.problems.push(...source.extra);
    if (row && reader.problems.length === 0) rows.push(row);
    else rejected.push(...reader.problems);
  }
  rejected.sort((a, b) => a.record - b.record);
  return { rows, rejected } as ImportParseResult;
}

interface RowSource extends RowPosition {
  get: (field: string) => unknown;
  /** Problems found before the row's fields are read (unknown JSON keys). */
  extra: ImportRejection[];
}

interface Sources {
  rows: RowSource[];
  rejected: ImportRejection[];
}

function checkRowCount(count: number, empty: string): void {
  if (count === 0) throw new ImportFileError(ImportFileErrorCode.NO_ROWS, empty);
  if (count > LIMITS.import.maxRows) {
    throw new ImportFileError(
      ImportFileErrorCode.TOO_MANY_ROWS,
      `The file has ${count} rows, over the limit of ${LIMITS.import.maxRows}: split it into smaller files`,
    );
  }
}

function csvSources(kind: ImportKind, text: string): Sources {
  let table: ReturnType<typeof readCsvTable>;
  try {
    table = readCsvTable(text, COLUMNS[kind], (columns) => missingColumns(kind, columns));
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      throw new ImportFileError(ImportFileErrorCode.SYNTAX, error.message, error.line, { cause: error });
    }
    if (error instanceof CsvHeaderError) {
      throw new ImportFileError(ImportFileErrorCode.BAD_HEADER, error.message, error.line, { cause: error });
    }
    if (error instanceof CsvFieldCountError) {
      throw new ImportFileError(ImportFileErrorCode.FIELD_COUNT, error.message, error.lines[0], { cause: error });
    }
    throw error;
  }
  checkRowCount(table.rows.length, `The file has a header (line ${table.header?.line ?? 1}) but no rows`);
  return {
    rows: table.rows.map((row) => ({
      line: row.line,
      record: row.record,
      get: (field) => row.values.get(field),
      extra: [],
    })),
    rejected: [],
  };
}

function missingColumns(kind: ImportKind, columns: readonly string[]): string[] {
  const missing: string[] = REQUIRED_COLUMNS[kind].filter((c) => !columns.includes(c));
  const problems = missing.length
    ? [`missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`]
    : [];
  if (kind === 'SEED' && !columns.includes('holderOrganization') && !columns.includes('holderResearchers')) {
    problems.push('a holderOrganization or holderResearchers column is required (a seed needs a holder)');
  }
  return problems;
}

function jsonSources(kind: ImportKind, text: string): Sources {
  let records: ReturnType<typeof parseJsonRecords>;
  try {
    records = parseJsonRecords(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new ImportFileError(ImportFileErrorCode.SYNTAX, error.message, error.line, { cause: error });
    }
    if (error instanceof JsonShapeError) {
      throw new ImportFileError(ImportFileErrorCode.NOT_AN_ARRAY, error.message, error.line, { cause: error });
    }
    throw error;
  }
  checkRowCount(records.length, 'The file is an empty array: there are no rows');
  const columns: readonly string[] = COLUMNS[kind];
  const byLowerCase = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const sources: Sources = { rows: [], rejected: [] };
  for (const [index, { line, value }] of records.entries()) {
    const record = index + 1;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      sources.rejected.push({
        line,
        record,
        reason: `Each element of the array must be an object of fields, not ${typeName(value)}`,
      });
      continue;
    }
    const object = value as Record<string, unknown>;
    const extra: ImportRejection[] = Object.keys(object)
      .filter((key) => !columns.includes(key))
      .map((key) => {
        const meant = byLowerCase.get(key.trim().toLowerCase());
        return {
          line,
          record,
          field: key,
          reason: `Unknown field ${JSON.stringify(key)}${meant ? ` (did you mean "${meant}"?)` : ''}; the fields are ${columns.join(', ')}`,
        };
      });
    sources.rows.push({
      line,
      record,
      get: (field) => (Object.hasOwn(object, field) ? object[field] : undefined),
      extra,
    });
  }
  return sources;
}

const SEED_FIELDS = inputFieldRules(CreateSeedInput);
const NEED_FIELDS = inputFieldRules(CreateNeedInput);

const pick = <T extends object, K extends keyof T>(row: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as Pick<T, K>;

/** A seed row's fields that go into CreateSeedInput as they are. */
export const seedInputFields = (row: SeedImportRow): SeedFields => pick(row, SEED_INPUT_COLUMNS);
/** A need row's fields that go into CreateNeedInput as they are. */
export const needInputFields = (row: NeedImportRow): NeedFields => pick(row, NEED_INPUT_COLUMNS);

function readSeed(r: RowReader): SeedImportRow | null {
  const input = r.inputFields(
    SEED_FIELDS,
    SEED_DEFAULTS,
    SEED_INPUT_COLUMNS.slice(0, SEED_INPUT_COLUMNS.indexOf('visibility')),
  );
  // Cross-field rules right after their fields, so a row's problems come in column order; each
  // holds back when a field it depends on is already at fault.
  const ipStatus = input.ipStatus as IpStatus | undefined;
  if (lacksIpNumbers(ipStatus, input.ipNumbers as string[]) && !r.failed('ipStatus') && !r.failed('ipNumbers')) {
    r.problem('ipNumbers', new IpNumbersRequiredError(ipStatus!).message);
  }
  Object.assign(input, r.inputFields(SEED_FIELDS, SEED_DEFAULTS, ['visibility']));
  const holderOrganization = r.reference('holderOrganization');
  const holderResearchers = r.list('holderResearchers', true);
  if (
    !hasHolder(holderOrganization, holderResearchers) &&
    !r.failed('holderOrganization') &&
    !r.failed('holderResearchers')
  ) {
    r.problem('holderOrganization', 'A seed needs a holder: holderOrganization and/or holderResearchers');
  }
  const collectedBy = r.coordinator('collectedBy');
  r.validate(CreateSeedInput, input);
  if (r.problems.length) return null;
  return {
    line: r.line,
    record: r.record,
    ...(input as unknown as SeedFields),
    holderOrganization,
    holderResearchers,
    collectedBy,
  };
}

function readNeed(r: RowReader): NeedImportRow | null {
  const input = r.inputFields(NEED_FIELDS, NEED_DEFAULTS, NEED_INPUT_COLUMNS);
  const company = r.reference('company', true);
  const surveyedBy = r.coordinator('surveyedBy');
  r.validate(CreateNeedInput, input);
  if (r.problems.length) return null;
  return { line: r.line, record: r.record, ...(input as unknown as NeedFields), company: company!, surveyedBy };
}

/** Spreadsheets in Japan separate list items with full-width semicolons or 読点 as often as ";". */
const LIST_SEPARATOR = /[;；、]/;
const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'DEL',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Length in Unicode code points; UTF-16 length is an upper bound, so short strings skip the count. */
function length(s: string, max: number): number {
  return s.length <= max ? s.length : [...s].length;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function excerpt(s: string, max = 30): string {
  const points = [...s];
  return JSON.stringify(points.length > max ? `${points.slice(0, max).join('')}…` : s);
}

function controlProblem(what: string, s: string): string | null {
  const match = CONTROL_CHARACTERS_OR_CR.exec(s);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  const name = CONTROL_NAMES[code];
  const at = [...s.slice(0, match.index)].length + 1;
  return `${what} contains a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''}) at character ${at}; remove it`;
}

/** Reads one row's fields, collecting at most one problem per field (its reasons joined). */
class RowReader {
  readonly problems: ImportRejection[] = [];

  constructor(
    readonly line: number,
    readonly record: number,
    private readonly raw: (field: string) => unknown,
  ) {}

  problem(field: string, ...reasons: string[]): void {
    if (reasons.length) this.problems.push({ line: this.line, record: this.record, field, reason: reasons.join('; ') });
  }

  failed(field: string): boolean {
    return this.problems.some((p) => p.field === field);
  }

  /** Trimmed text, or undefined when absent or blank (a problem when required). */
  text(field: string, max: number, required = false): string | undefined {
    const { value, reasons } = this.readText(field, max);
    if (value === undefined && reasons.length === 0 && required) reasons.push(`${field} is required`);
    this.problem(field, ...reasons);
    return reasons.length ? undefined : value;
  }

  /** A name (LIMITS.name) or a UUID, which is lower-cased to match stored ids. */
  reference(field: string, required = false): string | undefined {
    const value = this.text(field, LIMITS.name.max, required);
    return value !== undefined && UUID.test(value) ? value.toLowerCase() : value;
  }

  /** A coordinator: an id (a UUID) or an e-mail address, either lower-cased. */
  coordinator(field: string): string | undefined {
    const { value, reasons } = this.readText(field, LIMITS.email.max);
    if (value !== undefined && reasons.length === 0 && UUID.test(value)) return value.toLowerCase();
    if (value !== undefined && reasons.length === 0 && !isEmail(value)) {
      const hint = value.includes('＠') ? ' (a full-width ＠ must be @)' : '';
      reasons.push(`${field} must be a coordinator's e-mail address or id${hint} (got ${excerpt(value)})`);
    }
    this.problem(field, ...reasons);
    return reasons.length ? undefined : value?.toLowerCase();
  }

  /**
   * A list: a JSON array of strings, or one string split at `;`, `；` or `、`. Items are trimmed,
   * blanks dropped and repeats removed, keeping order. `references` lower-cases UUID items first, so
   * the same id written twice in different case counts once.
   */
  list(field: string, references = false): string[] {
    const raw = this.raw(field);
    if (raw === undefined || raw === null) return [];
    const reasons: string[] = [];
    let parts: string[];
    if (typeof raw === 'string') parts = raw.split(LIST_SEPARATOR);
    else if (Array.isArray(raw)) {
      parts = [];
      raw.forEach((item, k) => {
        if (typeof item === 'string') parts.push(item);
        else reasons.push(`${field} item ${k + 1} must be text, not ${typeName(item)}`);
      });
    } else {
      this.problem(
        field,
        `${field} must be a list: an array of texts, or a text separated by ";" (got ${typeName(raw)})`,
      );
      return [];
    }
    const items: string[] = [];
    for (const part of parts) {
      const normalised = part.replace(/\r\n/g, '\n');
      const control = controlProblem(`${field} item ${excerpt(normalised.trim())}`, normalised);
      if (control) reasons.push(control);
      const item = normalised.trim();
      if (item !== '') items.push(references && UUID.test(item) ? item.toLowerCase() : item);
    }
    const unique = [...new Set(items)];
    const { maxItems, itemMax } = LIMITS.list;
    if (unique.length > maxItems) reasons.push(`${field} has ${unique.length} items; at most ${maxItems} are allowed`);
    const long = unique.filter((item) => length(item, itemMax) > itemMax);
    for (const item of long.slice(0, 3)) {
      reasons.push(
        `${field} item ${excerpt(item)} is ${length(item, itemMax)} characters; at most ${itemMax} are allowed`,
      );
    }
    if (long.length > 3) reasons.push(`and ${long.length - 3} more items are too long`);
    this.problem(field, ...reasons);
    return reasons.length ? [] : unique;
  }

  /**
   * One of `values`, read case-insensitively with spaces or hyphens for underscores (and full-width
   * letters, via NFKC): "proven in use" is PROVEN_IN_USE. Blank gives `fallback`, or a problem when
   * there is none.
   */
  oneOf<T extends string>(
    field: string,
    values: readonly T[],
    fallback?: T,
    required = fallback === undefined,
  ): T | undefined {
    const raw = this.raw(field);
    const blank = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
    if (blank) {
      if (required) this.problem(field, `${field} is required; it is one of ${values.join(', ')}`);
      return fallback;
    }
    const key =
      typeof raw === 'string'
        ? raw
            .normalize('NFKC')
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, '_')
        : undefined;
    const found = values.find((v) => v === key);
    if (found) return found;
    const got = typeof raw === 'string' ? excerpt(raw.trim()) : typeName(raw);
    this.problem(field, `${field} must be one of ${values.join(', ')} (got ${got})`);
    return undefined;
  }

  /**
   * Reads `fields` by the rules their GraphQL input declares (see input-fields.ts): texts and lists
   * as given, enums with the input's default when blank. Keys of the result are the input's.
   */
  inputFields(
    rules: ReadonlyMap<string, InputFieldRule>,
    defaults: object,
    fields: readonly string[],
  ): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const field of fields) {
      const rule = rules.get(field);
      if (!rule) throw new Error(`The input has no rule for ${field}`);
      if (rule.kind === 'text') values[field] = this.text(field, rule.max, !rule.optional);
      else if (rule.kind === 'list') values[field] = this.list(field);
      else
        values[field] = this.oneOf(
          field,
          rule.values,
          (defaults as Record<string, string | undefined>)[field],
          !rule.optional,
        );
    }
    return values;
  }

  /**
   * Validates what was read as the API validates its input: the input class decides. The reader's
   * own messages say what is wrong in a file's terms; a rule of the input that they do not cover
   * still rejects the field, with the input's message.
   */
  validate(type: new () => object, values: Record<string, unknown>): void {
    const defined = Object.fromEntries(
      Object.entries(values).filter(([field, v]) => v !== undefined && !this.failed(field)),
    );
    for (const error of validateSync(plainToInstance(type, defined))) {
      if (!this.failed(error.property)) this.problem(error.property, ...Object.values(error.constraints ?? {}));
    }
  }

  private readText(field: string, max: number): { value?: string; reasons: string[] } {
    const raw = this.raw(field);
    if (raw === undefined || raw === null) return { reasons: [] };
    if (typeof raw !== 'string') return { reasons: [`${field} must be text, not ${typeName(raw)}`] };
    const normalised = raw.replace(/\r\n/g, '\n');
    const reasons: string[] = [];
    const control = controlProblem(field, normalised);
    if (control) reasons.push(control);
    const value = normalised.trim();
    const size = length(value, max);
    if (size > max) reasons.push(`${field} is ${size} characters; at most ${max} are allowed`);
    return { value: value === '' ? undefined : value, reasons };
  }
}
