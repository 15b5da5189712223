import { thrownBy } from '../../../test/support/thrown';
import { CsvFieldCountError, CsvHeaderError, CsvSyntaxError, parseCsv, readCsvTable } from './csv';

function syntaxError(text: string): { line: number; column: number; problem: string } {
  const { line, column, problem } = thrownBy(CsvSyntaxError, () => parseCsv(text));
  return { line, column, problem };
}

const headerError = (text: string, known: string[]) =>
  thrownBy(CsvHeaderError, () => readCsvTable(text, known)).message;

describe('parseCsv', () => {
  it('splits records and fields, keeping Japanese text as it is', () => {
    expect(parseCsv('title,field\n炭素繊維の高速成形,材料工学\n発酵食品の保存,食品\n')).toEqual([
      { line: 1, fields: ['title', 'field'] },
      { line: 2, fields: ['炭素繊維の高速成形', '材料工学'] },
      { line: 3, fields: ['発酵食品の保存', '食品'] },
    ]);
  });

  it('keeps empty fields, including a trailing one, and a last record without a line ending', () => {
    expect(parseCsv('a,,b,\n,x')).toEqual([
      { line: 1, fields: ['a', '', 'b', ''] },
      { line: 2, fields: ['', 'x'] },
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const text = 'title,summary\n"樹脂, 金属の接合","彼は""接着不要""と言った\n二行目"\n"",""""\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['title', 'summary'] },
      { line: 2, fields: ['樹脂, 金属の接合', '彼は"接着不要"と言った\n二行目'] },
      { line: 4, fields: ['', '"'] },
    ]);
  });

  it('gives records after a multi-line field the physical line they start on', () => {
    const text = 'a,b\n"one\ntwo\nthree",x\nnext,y\n"p\r\nq",z\r\nlast,w\r\n';
    expect(parseCsv(text).map((r) => r.line)).toEqual([1, 2, 5, 6, 8]);
  });

  it('accepts CRLF line endings, keeping a CRLF inside quotes in the value', () => {
    expect(parseCsv('a,b\r\n1,"x\r\ny"\r\n2,z\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x\r\ny'] },
      { line: 4, fields: ['2', 'z'] },
    ]);
  });

  it('drops a UTF-8 byte order mark at the start, and only there', () => {
    expect(parseCsv('\uFEFFtitle,stage\n試作,PROTOTYPE\n')).toEqual([
      { line: 1, fields: ['title', 'stage'] },
      { line: 2, fields: ['試作', 'PROTOTYPE'] },
    ]);
    expect(parseCsv('a\n\uFEFFb')[1].fields).toEqual(['\uFEFFb']);
  });

  it('ignores trailing empty and whitespace-only lines, but not empty lines in between', () => {
    expect(parseCsv('a\n1\n\n\r\n  \n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['1'] },
    ]);
    expect(parseCsv('a\n\n1\n').map((r) => r.line)).toEqual([1, 2, 3]);
    expect(parseCsv('a\n""\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [''] },
    ]);
  });

  it('gives no records for empty text or a lone BOM', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
    expect(parseCsv('\n\n')).toEqual([]);
  });

  it.each([
    [
      'a quote inside an unquoted field, with its line and column in code points',
      'a,b\n材料"工学,x\n',
      2,
      3,
      'a quote inside an unquoted field',
    ],
    ['text after a closing quote', 'a,b\n"x"y,z\n', 2, 4, 'text after the closing quote'],
    [
      'an unterminated quoted field at the line and column where it opens',
      'a,b\nx,"never\nclosed\n',
      2,
      3,
      'never closed',
    ],
    ['a carriage return without a line feed', 'a,b\r1,2\r', 1, 4, 'carriage return'],
  ])('rejects %s', (_, text, line, column, problem) => {
    expect(syntaxError(text)).toEqual({ line, column, problem: expect.stringContaining(problem) as string });
  });

  it('counts columns in code points, and lines across a quoted line break', () => {
    expect(syntaxError('a\n 𠮷"x"\n')).toMatchObject({ line: 2, column: 3 });
    expect(syntaxError('a,b\n"multi\nline" ,z\n')).toMatchObject({ line: 3, column: 6 });
  });

  it('puts the line and column in the message', () => {
    expect(() => parseCsv('a\n"x"y\n')).toThrow(/^CSV syntax error at line 2, column 4: /);
  });
});

describe('readCsvTable', () => {
  const known = ['title', 'ipStatus', 'keywords'];

  it('matches trimmed header names case-insensitively to the canonical names', () => {
    const table = readCsvTable('\uFEFF Title ,IPSTATUS,keywords\n炭素,NONE,a;b\n', known);
    expect(table.columns).toEqual(['title', 'ipStatus', 'keywords']);
    expect(table.header).toEqual({ line: 1 });
    expect(table.rows).toEqual([
      {
        line: 2,
        record: 1,
        values: new Map([
          ['title', '炭素'],
          ['ipStatus', 'NONE'],
          ['keywords', 'a;b'],
        ]),
      },
    ]);
  });

  it('allows a subset of the known columns in any order', () => {
    expect(readCsvTable('keywords,title\nk,t\n', known).rows[0].values).toEqual(
      new Map([
        ['keywords', 'k'],
        ['title', 't'],
      ]),
    );
  });

  it('rejects unknown columns, naming every one of them and the known ones', () => {
    const message = headerError('title,Owner,タグ\n', known);
    expect(message).toContain('line 1');
    expect(message).toContain('unknown columns "Owner", "タグ"; the columns are title, ipStatus, keywords');
  });

  it('rejects duplicate columns, also when they differ only in case', () => {
    expect(headerError('title,keywords,TITLE\n', known)).toContain('duplicate column title (columns 1 and 3)');
  });

  it('rejects a header column without a name', () => {
    expect(headerError('title,,keywords\n', known)).toContain('column 2 of the header has no name');
  });

  it('rejects the whole file when any record has more or fewer fields than the header, naming each line', () => {
    let error: unknown;
    try {
      readCsvTable('title,keywords\n"a\nb",k\nonly\nx,y,z\nok,k\n', known);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvFieldCountError);
    expect((error as CsvFieldCountError).lines).toEqual([4, 5]);
    expect((error as CsvFieldCountError).message).toBe(
      'CSV rows with the wrong number of fields: the header (line 1) has 2 columns, but line 4 has 1 field, line 5 has 3 fields ' +
        '(a comma inside a cell needs the whole cell in double quotes)',
    );
  });

  it('names the first five offending lines and counts the rest', () => {
    const text = ['title,keywords', ...Array.from({ length: 8 }, (_, k) => `r${k},a,b`)].join('\n');
    expect(() => readCsvTable(text, known)).toThrow(
      'but line 2 has 3 fields, line 3 has 3 fields, line 4 has 3 fields, line 5 has 3 fields, line 6 has 3 fields, and 3 more rows',
    );
  });

  it('skips blank rows, numbering the data rows that remain', () => {
    const table = readCsvTable('title,keywords\na,k\n\n,\n  , \nb,k\n', known);
    expect(table.rows.map((r) => [r.line, r.record, r.values.get('title')])).toEqual([
      [2, 1, 'a'],
      [6, 2, 'b'],
    ]);
  });

  it('has no header for empty text', () => {
    expect(readCsvTable('', known)).toEqual({ columns: [], header: null, rows: [] });
  });
});
