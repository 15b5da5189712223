import { thrownBy } from '../../../test/support/thrown';
import { JsonShapeError, JsonSyntaxError, parseJsonRecords } from './json-records';

function syntaxError(text: string): { line: number; column: number; problem: string } {
  const { line, column, problem } = thrownBy(JsonSyntaxError, () => parseJsonRecords(text));
  return { line, column, problem };
}

describe('parseJsonRecords', () => {
  it('gives each element of a pretty-printed array the line it starts on', () => {
    const text = JSON.stringify(
      [
        { title: '炭素繊維の高速成形', keywords: ['CFRP', '成形'] },
        { title: '発酵食品の保存', summary: '乳酸菌による\n長期保存' },
        { title: 'IoT 農業' },
      ],
      null,
      2,
    );
    expect(parseJsonRecords(text)).toEqual([
      { line: 2, value: { title: '炭素繊維の高速成形', keywords: ['CFRP', '成形'] } },
      { line: 9, value: { title: '発酵食品の保存', summary: '乳酸菌による\n長期保存' } },
      { line: 13, value: { title: 'IoT 農業' } },
    ]);
  });

  it('puts every element of a single-line array on line 1', () => {
    expect(parseJsonRecords('[{"a":1},{"b":[2,{"c":3}]}, {}]')).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 1, value: { b: [2, { c: 3 }] } },
      { line: 1, value: {} },
    ]);
  });

  it('is not misled by brackets, commas, quotes and escapes inside strings', () => {
    const text = '[\n  {"t": "a [,{\\"\\\\", "u": "\\u0041]"},\n\n  {"t": "}\\n]"}\n]';
    expect(parseJsonRecords(text)).toEqual([
      { line: 2, value: { t: 'a [,{"\\', u: 'A]' } },
      { line: 4, value: { t: '}\n]' } },
    ]);
  });

  it('counts CRLF as one line ending and drops a leading BOM', () => {
    expect(parseJsonRecords('\uFEFF[\r\n{"a":1},\r\n\r\n{"a":2}\r\n]').map((r) => r.line)).toEqual([2, 4]);
  });

  it('counts elements that are not objects, leaving the check to the caller', () => {
    expect(parseJsonRecords('[1, "x", null, [true]]').map((r) => r.value)).toEqual([1, 'x', null, [true]]);
  });

  it('gives no records for an empty array', () => {
    expect(parseJsonRecords(' [ ] ')).toEqual([]);
  });

  it('does not overflow the stack on deep nesting', () => {
    const deep = `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`;
    expect(parseJsonRecords(deep)).toHaveLength(1);
  });

  it('rejects a document that is not an array', () => {
    expect(() => parseJsonRecords('\n  {"title": "x"}')).toThrow(JsonShapeError);
    expect(() => parseJsonRecords('{"title": "x"}')).toThrow(
      'JSON at line 1, column 1: the document must be an array of objects, not an object',
    );
    expect(() => parseJsonRecords('"text"')).toThrow('not a string');
  });

  it.each([
    ['a missing comma', '[\n  {"a": 1}\n  {"a": 2}\n]', 3, 3, "expected ',' or ']' after an array element"],
    ['a missing comma between properties', '[{"a": 1 "b": 2}]', 1, 10, "expected ',' or '}' after a property value"],
    ['a trailing comma', '[\n {"a": 1},\n]', 3, 1, 'a trailing comma is not allowed'],
    ['a trailing comma in an object', '[{"a": 1,}]', 1, 10, 'a trailing comma is not allowed'],
    ['an unterminated string', '[{"title": "炭素繊維', 1, 12, 'a string is never closed'],
    ['a line break inside a string', '[{"title": "炭素\n繊維"}]', 1, 15, 'a line break inside a string'],
    ['a raw control character', '[{"t": "a\u0001"}]', 1, 10, 'a control character (U+0001)'],
    ['an invalid escape', '[{"t": "\\x41"}]', 1, 9, 'invalid escape \\x'],
    ['a short \\u escape', '[{"t": "\\u12"}]', 1, 9, 'four hexadecimal digits'],
    ['single quotes', "[{'title': 'x'}]", 1, 3, 'expected a property name in double quotes'],
    ['a single-quoted value', '[{"t": \'x\'}]', 1, 8, 'strings must be in double quotes'],
    ['a bare word', '[{"t": yes}]', 1, 8, 'unexpected "y"; expected a value'],
    ['a missing colon', '[{"t" "x"}]', 1, 7, "expected ':' after a property name"],
    ['an unclosed array', '[\n  {"a": 1},\n  {"a": 2}\n', 4, 1, 'the array opened at line 1, column 1 is never closed'],
    ['an unclosed object', '[\n  {"a": 1', 2, 10, 'the object opened at line 2, column 3 is never closed'],
    ['text after the document', '[{"a": 1}]\n]', 2, 1, 'after the end of the document'],
    ['an empty document', '  \n ', 2, 2, 'the document is empty'],
    ['a leading zero', '[01]', 1, 3, "expected ',' or ']'"],
  ])('rejects %s with its line and column', (_name, text, line, column, problem) => {
    expect(syntaxError(text)).toEqual({ line, column, problem: expect.stringContaining(problem) as string });
  });

  it('puts the line and column in the message', () => {
    expect(() => parseJsonRecords('[\n  {"a": 1}\n  {"a": 2}\n]')).toThrow(/^JSON syntax error at line 3, column 3: /);
  });
});
