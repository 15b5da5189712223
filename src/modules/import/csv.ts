/**
 * RFC 4180 CSV, written here so the importer can report exact physical lines: a spreadsheet row
 * whose quoted cell holds line breaks spans several lines, and a coordinator fixes the file by the
 * line their editor shows, not by a record count.
 */

/** Malformed CSV. `line` and `column` are 1-based; the column counts Unicode code points. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`CSV syntax error at line ${line}, column ${column}: ${problem}`);
    this.name = new.target.name;
  }
}

/** A header that does not name the expected columns exactly once each. */
export class CsvHeaderError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`CSV header (line ${line}): ${problem}`);
    this.name = new.target.name;
  }
}

export interface CsvRecord {
  /** 1-based physical line on which the record starts. */
  line: number;
  fields: string[];
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

/**
 * Splits CSV text into records. Separator `,`; fields optionally quoted with `"`, `""` inside quotes
 * being a literal quote; quoted fields may hold commas and line breaks (kept as they are in the
 * file). Records end with CRLF or LF. A leading UTF-8 BOM is dropped, and trailing empty (or
 * whitespace-only) lines are ignored. Throws CsvSyntaxError on a quote inside an unquoted field,
 * text after a closing quote, an unterminated quoted field, or a carriage return without a line feed.
 */
export function parseCsv(text: string): CsvRecord[] {
  const n = text.length;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const column = (at: number) => [...text.slice(lineStart, at)].length + 1;
  const fail = (at: number, problem: string): never => {
    throw new CsvSyntaxError(line, column(at), problem);
  };

  const records: (CsvRecord & { blank: boolean })[] = [];
  while (i < n) {
    const recordLine = line;
    const recordStart = i;
    let quoted = false;
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        quoted = true;
        const openLine = line;
        const openColumn = column(i);
        let value = '';
        let chunk = ++i;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            throw new CsvSyntaxError(openLine, openColumn, 'a quoted field is never closed (a missing closing quote?)');
          }
          for (let k = text.indexOf('\n', i); k !== -1 && k < close; k = text.indexOf('\n', k + 1)) {
            line++;
            lineStart = k + 1;
          }
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += text.slice(chunk, close + 1);
            i = chunk = close + 2;
            continue;
          }
          value += text.slice(chunk, close);
          i = close + 1;
          break;
        }
        fields.push(value);
        const next = text.charCodeAt(i);
        if (next === COMMA) {
          i++;
          continue;
        }
        if (i < n && next !== LF && next !== CR) {
          fail(i, 'text after the closing quote of a quoted field (a quote inside a field must be doubled: "")');
        }
        break;
      }
      const start = i;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR) break;
        if (c === QUOTE) fail(i, 'a quote inside an unquoted field (quote the whole field, and double the quote: "")');
      }
      fields.push(text.slice(start, i));
      if (text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      break;
    }
    const blank = !quoted && text.slice(recordStart, i).trim() === '';
    if (i < n) {
      if (text.charCodeAt(i) === CR) {
        if (text.charCodeAt(i + 1) !== LF) {
          fail(
            i,
            'a carriage return without a line feed: lines must end with CRLF or LF (save the file as "CSV UTF-8")',
          );
        }
        i++;
      }
      i++;
      line++;
      lineStart = i;
    }
    records.push({ line: recordLine, fields, blank });
  }
  while (records.length > 0 && records[records.length - 1].blank) records.pop();
  return records.map(({ line: l, fields }) => ({ line: l, fields }));
}

export interface CsvRow {
  /** 1-based physical line on which the row starts. */
  line: number;
  /** 1-based position among the data rows (the first row after the header is 1; blank rows skipped). */
  record: number;
  /** By canonical column name; only the columns present in the header. */
  values: Map<string, string>;
}

export interface CsvTable {
  /** Canonical names of the header's columns, in file order. */
  columns: string[];
  header: { line: number } | null;
  rows: CsvRow[];
}

/** Records whose field count differs from the header's: the file's columns cannot be trusted. */
export class CsvFieldCountError extends Error {
  constructor(
    /** Every offending record's line, ascending. */
    readonly lines: number[],
    problem: string,
  ) {
    super(problem);
    this.name = new.target.name;
  }
}

/** How many offending rows a CsvFieldCountError's message names before "and N more". */
const SHOWN_FIELD_COUNT_ERRORS = 5;

/**
 * Parses CSV whose first record is a header naming some of `known` columns (trimmed, matched
 * case-insensitively, each at most once). Rows whose every field is empty (a spreadsheet's blank
 * row) are skipped. Throws CsvSyntaxError; CsvHeaderError for an empty, unknown or duplicate column
 * name, or for what `checkColumns` finds wrong with the header's columns (say, a required one
 * missing); CsvFieldCountError when any row has more or fewer fields than the header. Header
 * problems are reported before row problems: with a wrong header the rows cannot be judged.
 *
 * A wrong field count is a fault of the file, not of one row: it nearly always comes from an
 * unquoted comma or a cell pasted with a different separator, and then every value after it sits
 * under the wrong column, so no row of the file is imported until it is fixed.
 */
export function readCsvTable(
  text: string,
  known: readonly string[],
  checkColumns: (columns: readonly string[]) => string[] = () => [],
): CsvTable {
  const [header, ...records] = parseCsv(text);
  if (!header) return { columns: [], header: null, rows: [] };

  const canonical = new Map(known.map((name) => [name.toLowerCase(), name]));
  const columns: string[] = [];
  const unknown: string[] = [];
  const empty: number[] = [];
  const seen = new Map<string, number>();
  const duplicates: string[] = [];
  header.fields.forEach((raw, index) => {
    const name = raw.trim();
    if (name === '') {
      empty.push(index + 1);
      return;
    }
    const column = canonical.get(name.toLowerCase());
    if (!column) {
      unknown.push(JSON.stringify(name));
      return;
    }
    const first = seen.get(column);
    if (first !== undefined) duplicates.push(`${column} (columns ${first} and ${index + 1})`);
    else seen.set(column, index + 1);
    columns.push(column);
  });
  const problems = [
    ...(unknown.length
      ? [`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the columns are ${known.join(', ')}`]
      : []),
    ...(duplicates.length ? [`duplicate column${duplicates.length > 1 ? 's' : ''} ${duplicates.join(', ')}`] : []),
    ...(empty.length
      ? [
          `column${empty.length > 1 ? 's' : ''} ${empty.join(', ')} of the header ${empty.length > 1 ? 'have' : 'has'} no name`,
        ]
      : []),
  ];
  if (problems.length === 0) problems.push(...checkColumns(columns));
  if (problems.length) throw new CsvHeaderError(header.line, problems.join('; '));

  const width = header.fields.length;
  const rows: CsvRow[] = [];
  const wrong: { line: number; count: number }[] = [];
  for (const record of records) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (record.fields.length !== width) {
      wrong.push({ line: record.line, count: record.fields.length });
      continue;
    }
    rows.push({
      line: record.line,
      record: rows.length + 1,
      values: new Map(columns.map((c, k) => [c, record.fields[k]])),
    });
  }
  if (wrong.length) {
    const shown = wrong
      .slice(0, SHOWN_FIELD_COUNT_ERRORS)
      .map((w) => `line ${w.line} has ${w.count} field${w.count === 1 ? '' : 's'}`);
    const more =
      wrong.length > SHOWN_FIELD_COUNT_ERRORS ? `, and ${wrong.length - SHOWN_FIELD_COUNT_ERRORS} more rows` : '';
    throw new CsvFieldCountError(
      wrong.map((w) => w.line),
      `CSV rows with the wrong number of fields: the header (line ${header.line}) has ${width} columns, but ${shown.join(', ')}${more} ` +
        '(a comma inside a cell needs the whole cell in double quotes)',
    );
  }
  return { columns, header: { line: header.line }, rows };
}
