/**
 * A JSON array of records with the line each record starts on. JSON.parse gives values but no
 * positions, so a scanner walks the document first: it checks the syntax (giving the line and
 * column of the first error, which V8's messages do not reliably carry) and notes where every
 * top-level element starts. It keeps an explicit stack, so deeply nested input cannot overflow.
 */

/** Malformed JSON. `line` and `column` are 1-based; the column counts Unicode code points. */
export class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`JSON syntax error at line ${line}, column ${column}: ${problem}`);
    this.name = new.target.name;
  }
}

/** Well-formed JSON that is not an array. */
export class JsonShapeError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`JSON at line ${line}, column ${column}: ${problem}`);
    this.name = new.target.name;
  }
}

export interface JsonRecord {
  /** 1-based line on which the element starts. */
  line: number;
  /** The element as JSON.parse gives it: an object for a well-formed file, but not checked here. */
  value: unknown;
}

type Expect = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPABLE = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Parses `text` (a leading BOM is dropped), which must be a JSON array, into its elements with
 * the line each starts on. Throws JsonSyntaxError for malformed JSON (including an empty document)
 * and JsonShapeError when the document is not an array.
 */
export function parseJsonRecords(text: string): JsonRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = body.length;

  const position = (offset: number) => {
    let line = 1;
    let lineStart = 0;
    for (let k = body.indexOf('\n'); k !== -1 && k < offset; k = body.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    return { line, column: [...body.slice(lineStart, offset)].length + 1 };
  };
  const fail = (offset: number, problem: string): never => {
    const { line, column } = position(offset);
    throw new JsonSyntaxError(line, column, problem);
  };
  const shown = (offset: number) => JSON.stringify(String.fromCodePoint(body.codePointAt(offset) ?? 0));

  let pos = 0;
  const skipWhitespace = () => {
    for (; pos < n; pos++) {
      const c = body.charCodeAt(pos);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
    }
  };
  const scanString = () => {
    const open = pos++;
    for (; pos < n; pos++) {
      const c = body.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        return;
      }
      if (c === 0x5c) {
        const escape = body[pos + 1];
        if (escape === 'u') {
          if (!HEX4.test(body.slice(pos + 2, pos + 6))) fail(pos, 'a \\u escape needs four hexadecimal digits');
          pos += 5;
        } else if (escape !== undefined && ESCAPABLE.has(escape)) {
          pos++;
        } else if (escape !== undefined) {
          fail(pos, `invalid escape \\${escape} in a string`);
        }
      } else if (c === 0x0a || c === 0x0d) {
        fail(pos, 'a line break inside a string (write it as \\n, or is a closing quote missing?)');
      } else if (c < 0x20) {
        fail(
          pos,
          `a control character (U+${c.toString(16).toUpperCase().padStart(4, '0')}) inside a string must be escaped`,
        );
      }
    }
    fail(open, 'a string is never closed (a missing closing quote?)');
  };
  const scanScalar = () => {
    const c = body[pos];
    if (c === '"') return scanString();
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = pos;
      const match = NUMBER.exec(body);
      if (!match) fail(pos, 'an invalid number');
      pos += match![0].length;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (body.startsWith(literal, pos)) {
        pos += literal.length;
        return;
      }
    }
    if (c === "'") fail(pos, 'strings must be in double quotes');
    fail(pos, `unexpected ${shown(pos)}; expected a value`);
  };

  const stack: { bracket: '[' | '{'; offset: number }[] = [];
  const starts: number[] = [];
  let rootOffset = -1;
  let expect: Expect = 'value';
  let afterComma = false;
  for (;;) {
    skipWhitespace();
    if (pos >= n) {
      if (expect === 'after' && stack.length === 0) break;
      if (rootOffset === -1) fail(pos, 'the document is empty');
      const open = stack[stack.length - 1];
      const where = position(open.offset);
      fail(
        pos,
        `unexpected end of the document: the ${open.bracket === '[' ? 'array' : 'object'} opened at line ${where.line}, column ${where.column} is never closed`,
      );
    }
    const c = body[pos];
    switch (expect) {
      case 'valueOrEnd':
      case 'value': {
        if (expect === 'valueOrEnd' && c === ']') {
          stack.pop();
          pos++;
          expect = 'after';
          break;
        }
        if (afterComma && (c === ']' || c === '}')) fail(pos, 'a trailing comma is not allowed in JSON');
        if (stack.length === 0) rootOffset = pos;
        else if (stack.length === 1 && stack[0].bracket === '[') starts.push(pos);
        if (c === '[' || c === '{') {
          stack.push({ bracket: c, offset: pos });
          pos++;
          expect = c === '[' ? 'valueOrEnd' : 'keyOrEnd';
        } else {
          scanScalar();
          expect = 'after';
        }
        break;
      }
      case 'keyOrEnd':
      case 'key': {
        if (expect === 'keyOrEnd' && c === '}') {
          stack.pop();
          pos++;
          expect = 'after';
          break;
        }
        if (afterComma && c === '}') fail(pos, 'a trailing comma is not allowed in JSON');
        if (c !== '"') fail(pos, `unexpected ${shown(pos)}; expected a property name in double quotes`);
        scanString();
        expect = 'colon';
        break;
      }
      case 'colon': {
        if (c !== ':') fail(pos, `unexpected ${shown(pos)}; expected ':' after a property name`);
        pos++;
        expect = 'value';
        break;
      }
      case 'after': {
        const top = stack[stack.length - 1];
        if (!top) fail(pos, `unexpected ${shown(pos)} after the end of the document`);
        const close = top.bracket === '[' ? ']' : '}';
        if (c === ',') {
          pos++;
          expect = top.bracket === '[' ? 'value' : 'key';
          afterComma = true;
          continue;
        }
        if (c !== close) {
          fail(
            pos,
            `unexpected ${shown(pos)}; expected ',' or '${close}' after ${top.bracket === '[' ? 'an array element' : 'a property value'}`,
          );
        }
        stack.pop();
        pos++;
        break;
      }
    }
    afterComma = false;
  }

  const document: unknown = JSON.parse(body);
  if (!Array.isArray(document)) {
    const { line, column } = position(rootOffset);
    throw new JsonShapeError(line, column, `the document must be an array of objects, not ${describe(document)}`);
  }

  // One sweep over the text for all start lines: offsets are ascending.
  const records: JsonRecord[] = [];
  let line = 1;
  let k = body.indexOf('\n');
  starts.forEach((offset, index) => {
    while (k !== -1 && k < offset) {
      line++;
      k = body.indexOf('\n', k + 1);
    }
    records.push({ line, value: document[index] });
  });
  return records;
}
