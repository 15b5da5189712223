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
          fail(i, 'a carriage return without a line feed: lines must end with CRLF or LF (save the file as "CSV UTF-8")');
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
  line: number;
  /** By canonical column name; only the columns present in the header. */
  values: Map<string, string>;
}

export interface CsvTable {
  /** Canonical names of the header's columns, in file order. */
  columns: string[];
  header: { line: number } | null;
  rows: CsvRow[];
  /** Records whose field count differs from the header's. */
  rejected: { line: number; reason: string }[];
}

/**
 * Parses CSV whose first record is a header naming some of `known` columns (trimmed, matched
 * case-insensitively, each at most once). Throws CsvSyntaxError, or CsvHeaderError for an empty,
 * unknown or duplicate column name. A record with more or fewer fields than the header is rejected
 * with its line, not thrown: one bad row must not stop the others.
 */
export function readCsvTable(text: string, known: readonly string[]): CsvTable {
  const [header, ...records] = parseCsv(text);
  if (!header) return { columns: [], header: null, rows: [], rejected: [] };

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
    ...(unknown.length ? [`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the columns are ${known.join(', ')}`] : []),
    ...(duplicates.length ? [`duplicate column${duplicates.length > 1 ? 's' : ''} ${duplicates.join(', ')}`] : []),
    ...(empty.length ? [`column${empty.length > 1 ? 's' : ''} ${empty.join(', ')} of the header ${empty.length > 1 ? 'have' : 'has'} no name`] : []),
  ];
  if (problems.length) throw new CsvHeaderError(header.line, problems.join('; '));

  const rows: CsvRow[] = [];
  const rejected: CsvTable['rejected'] = [];
  for (const record of records) {
    if (record.fields.length !== columns.length) {
      rejected.push({
        line: record.line,
        reason: `the row has ${record.fields.length} field${record.fields.length === 1 ? '' : 's'} but the header has ${columns.length} columns`,
      });
      continue;
    }
    rows.push({ line: record.line, values: new Map(columns.map((c, k) => [c, record.fields[k]])) });
  }
  return { columns, header: { line: header.line }, rows, rejected };
}
