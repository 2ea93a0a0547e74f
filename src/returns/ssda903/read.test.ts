import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { identifyTable, parse903File, read903 } from './read.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const parse = (text: string | Uint8Array, year: number | null = 2026) =>
  parse903File('t.csv', typeof text === 'string' ? utf8(text) : text, { collectionYear: year });

const HEADER_COLS = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';

describe('identifyTable', () => {
  it('recognises a table by its set of columns in any order', () => {
    expect(identifyTable(['DOB', 'CHILD', 'DUC', 'SEX'])).toEqual({ table: 'UASC', message: null });
  });
  it('names the unknown and missing columns of a near miss', () => {
    const id = identifyTable(['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'NOTES']);
    expect(id.table).toBe('Header');
    expect(id.message).toContain('unknown column NOTES');
    expect(id.message).toContain('missing column MC_DOB');
  });
  it('says so when the header matches no table', () => {
    expect(identifyTable(['NAME', 'ADDRESS']).message).toContain('matches no 903 table');
  });
  it('refuses a header that names a column twice', () => {
    expect(identifyTable(['CHILD', 'CHILD']).message).toContain('more than once');
  });
});

describe('parse903File', () => {
  it('reads any column order and case, a BOM and CRLF; trims, upper-cases, blanks to null', () => {
    const text = '\uFEFFdob,Child,SEX,ethnic,UPN,MOTHER,MC_DOB\r\n01/02/2015, 1001 ,m,wbri,,,\r\n';
    const p = parse(text);
    expect(p.problems).toEqual([]);
    expect(p.table).toBe('Header');
    expect(p.data?.columns).toEqual(HEADER_COLS.split(','));
    // Held as columns; the same cells as row objects on request.
    expect(p.data?.cells('CHILD')).toEqual(['1001']);
    expect(p.data?.cells('UPN')).toEqual([null]);
    expect(p.data?.rows).toEqual([
      {
        CHILD: '1001',
        SEX: 'M',
        DOB: '01/02/2015',
        ETHNIC: 'WBRI',
        UPN: null,
        MOTHER: null,
        MC_DOB: null,
      },
    ]);
    expect(p.rows).toEqual([2]);
  });

  it('reads quoted cells, including commas and line breaks, with spreadsheet row numbers', () => {
    const text = `${HEADER_COLS}\n"1001","M","01/02/2015","WBRI","A,B",,\n"1002","F","01/02/2016","WBRI","x\ny",,\n1003,F,01/02/2016,WBRI,,,\n`;
    const p = parse(text);
    expect(p.data?.rows.map((r) => r.UPN)).toEqual(['A,B', 'X\nY', null]);
    // Row 3 spans two lines of the file but is one spreadsheet row.
    expect(p.rows).toEqual([2, 3, 4]);
  });

  it('gives the same rows with or without quotes', () => {
    const plain = `${HEADER_COLS}\n1001,M,01/02/2015,WBRI,,,\n\n1002,F,03/04/2016,MWBA,,0,\n`;
    const quoted = `${HEADER_COLS}\n"1001",M,01/02/2015,WBRI,,,\n\n1002,F,03/04/2016,"MWBA",,0,\n`;
    const a = parse(plain);
    const b = parse(quoted);
    expect(a.data?.rows).toEqual(b.data?.rows);
    expect(a.rows).toEqual(b.rows);
    expect(a.rows).toEqual([2, 4]);
  });

  it('reports a truncated row and reads its missing cells as blank', () => {
    const p = parse(`${HEADER_COLS}\n1001,M,01/02/2015\n`);
    expect(p.data?.rows[0]).toMatchObject({ CHILD: '1001', ETHNIC: null });
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toMatchObject({ level: 'error', row: 2, column: 'ETHNIC' });
    expect(p.problems[0]?.message).toContain('has 3 cells but the header has 7 columns');
  });

  it('ignores trailing empty cells but reports extra values', () => {
    expect(parse(`${HEADER_COLS},,\n1001,M,01/02/2015,WBRI,,,,,\n`).problems).toEqual([]);
    const p = parse(`${HEADER_COLS}\n1001,M,01/02/2015,WBRI,,,,EXTRA\n`);
    expect(p.problems[0]?.message).toContain('the cells after MC_DOB are ignored');
  });

  it('reports a malformed date and an unknown code with row and column, keeping the row', () => {
    const p = parse(`${HEADER_COLS}\n1001,X,2015-02-01,WBRI,,,\n`);
    expect(p.data?.rows).toHaveLength(1);
    expect(p.problems.map((x) => [x.row, x.column])).toEqual([
      [2, 'SEX'],
      [2, 'DOB'],
    ]);
    expect(p.problems[1]?.message).toContain("'2015-02-01' is not a date; dates are DD/MM/YYYY");
    expect(p.problems[0]?.message).toContain('valid codes are F, M, U');
  });

  it('checks SEX against 1/2 before 2024/25 and skips code checks when no year is given', () => {
    expect(parse(`${HEADER_COLS}\n1001,1,01/02/2015,WBRI,,,\n`, 2024).problems).toEqual([]);
    expect(parse(`${HEADER_COLS}\n1001,M,01/02/2015,WBRI,,,\n`, 2024).problems).toHaveLength(1);
    expect(parse(`${HEADER_COLS}\n1001,Q,01/02/2015,QQQQ,,,\n`, null).problems).toEqual([]);
  });

  it('skips blank rows with one warning naming them', () => {
    const p = parse(`${HEADER_COLS}\n1001,M,01/02/2015,WBRI,,,\n,,,,,,\n1002,F,01/02/2015,WBRI,,,\n`);
    expect(p.data?.rows.map((r) => r.CHILD)).toEqual(['1001', '1002']);
    expect(p.rows).toEqual([2, 4]);
    expect(p.problems).toEqual([
      expect.objectContaining({ level: 'warning', message: '1 blank row ignored (row 3)' }),
    ]);
  });

  it('skips a row with a huge cell, saying so', () => {
    const p = parse(`${HEADER_COLS}\n1001,M,01/02/2015,${'W'.repeat(5000)},,,\n1002,F,01/02/2015,WBRI,,,\n`);
    expect(p.data?.rows.map((r) => r.CHILD)).toEqual(['1002']);
    expect(p.problems[0]).toMatchObject({ level: 'error', row: 2, column: 'ETHNIC' });
    expect(p.problems[0]?.message).toContain('5000 characters long');
  });

  it('lists the first 20 problems of a kind and counts the rest', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `${i},M,bad,WBRI,,,`).join('\n');
    const p = parse(`${HEADER_COLS}\n${rows}\n`);
    expect(p.problems).toHaveLength(21);
    expect(p.problems[20]?.message).toContain('and 10 more rows like these (not a date, DOB)');
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'the file is empty'],
    ['whitespace only', utf8(' \n\r\n'), 'no header row or data'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x43, 0x00]), 'UTF-16'],
    [
      'Windows-1252',
      new Uint8Array([...utf8(`${HEADER_COLS}\n1001,M,01/02/2015,`), 0xe9, 0x0a]),
      'not UTF-8 text (line 2',
    ],
    ['binary junk', new Uint8Array([0x43, 0x48, 0x00, 0x01, 0x02]), 'binary data'],
    ['an Excel workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'Excel workbook'],
    ['unknown columns', utf8('NAME,ADDRESS\nA,B\n'), 'matches no 903 table'],
  ])('refuses %s as a fatal problem', (_label, bytes, message) => {
    const p = parse(bytes);
    expect(p.table).toBeNull();
    expect(p.problems.at(-1)).toMatchObject({ level: 'fatal', file: 't.csv' });
    expect(p.problems.at(-1)?.message).toContain(message);
  });

  it('reports an unclosed quote and keeps the rows before it', () => {
    const p = parse(
      `${HEADER_COLS}\n1001,M,01/02/2015,WBRI,,,\n"1002,F,01/02/2015,WBRI,,,\n1003,F,01/02/2015,WBRI,,,\n`,
    );
    expect(p.data?.rows.map((r) => r.CHILD)).toEqual(['1001']);
    expect(p.problems[0]).toMatchObject({ level: 'error' });
    expect(p.problems[0]?.message).toContain('never closed');
  });
});

describe('read903', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kith-903-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('now/header.csv', `${HEADER_COLS}\n1001,M,01/02/2015,WBRI,,,\n`);
  write('now/uasc.csv', 'CHILD,SEX,DOB,DUC\n1001,M,01/02/2015,\n');
  write('now/notes.txt', 'not a table');
  write('last/HEADER.CSV', `${HEADER_COLS}\n1001,M,01/02/2015,WBRI,,,\n1002,F,01/02/2015,WBRI,,,\n`);

  it('reads a folder, and the previous year as <Table>_last, with sources', () => {
    const r = read903([join(dir, 'now')], { collectionYear: '2026', previous: [join(dir, 'last')] });
    expect(Object.keys(r.tables).sort()).toEqual(['Header', 'Header_last', 'UASC']);
    expect(r.tables.Header_last?.rows).toHaveLength(2);
    expect(r.sources.Header).toEqual({ file: join(dir, 'now/header.csv'), rows: [2] });
    expect(r.problems).toEqual([
      expect.objectContaining({ level: 'warning', file: join(dir, 'now/notes.txt') }),
    ]);
  });

  it('reads a list of files', () => {
    const r = read903([join(dir, 'now/header.csv')], { collectionYear: '2026' });
    expect(Object.keys(r.tables)).toEqual(['Header']);
  });

  it('refuses a second file of the same table and a missing path', () => {
    const r = read903([join(dir, 'now/header.csv'), join(dir, 'last/HEADER.CSV'), join(dir, 'nope')], {
      collectionYear: '2026',
    });
    expect(r.tables.Header?.rows).toHaveLength(1);
    expect(r.problems.filter((p) => p.level === 'fatal').map((p) => p.message)).toEqual([
      'no such file or folder',
      'a second Header table (the first is header.csv); give one file per table',
    ]);
  });

  it('refuses a file over the size limit, and a folder with no CSV files', () => {
    const big = read903([join(dir, 'now/header.csv')], { collectionYear: '2026', maxFileBytes: 10 });
    expect(big.problems[0]?.message).toContain('at most 10 bytes are accepted');
    mkdirSync(join(dir, 'empty'), { recursive: true });
    const none = read903([join(dir, 'empty')], { collectionYear: '2026' });
    expect(none.problems[0]).toMatchObject({ level: 'fatal' });
    expect(none.problems[0]?.message).toContain('no .csv files found');
  });
});

describe('parse903File reads quote-free text (split directly) exactly as csv-parse reads it', () => {
  // Seeded messy cells: case, white space (ASCII and not), non-ASCII letters, empty and blank cells,
  // over-long cells, wrong cell counts, bad dates and codes, blank lines.
  const messy = [
    (c: string) => c.toLowerCase(),
    (c: string) => ` ${c} `,
    (c: string) => `\t${c}\r`,
    (c: string) => `${c}\u00a0`,
    (c: string) => `é${c}`,
    () => '',
    () => '   ',
    (c: string) => `${c}x`,
    () => 'X'.repeat(1_200),
    (c: string) => `\u0001${c}`,
    (c: string) => `${c}\u2028`,
    () => '31/02/2020',
  ];
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const base = ['1001,M,01/02/2015,WBRI,,,', '1002,F,03/04/2016,WIRI,A123,1,', '1003,M,05/06/2017,MWBC,,,'];
  const lines: string[] = [];
  for (let i = 0; i < 2_000; i++) {
    const cells = (base[i % base.length] as string).split(',');
    if (random() < 0.4) {
      const k = Math.floor(random() * cells.length);
      cells[k] = (messy[Math.floor(random() * messy.length)] as (c: string) => string)(cells[k] as string);
    }
    if (random() < 0.02) cells.pop();
    if (random() < 0.02) cells.push('extra');
    lines.push(cells.join(','));
    if (random() < 0.02) lines.push(random() < 0.5 ? '' : ' , ,,');
  }
  const plain = `${HEADER_COLS}\n${lines.join('\n')}\n`;
  // One quoted cell sends the whole file through csv-parse (the general path); it reads as 1001.
  const quoted = plain.replace('\n1001,', '\n"1001",');

  it('gives the same cells, spreadsheet rows and problems', () => {
    const a = parse(plain);
    const b = parse(quoted);
    expect(a.problems.length).toBeGreaterThan(50);
    expect(a.problems).toEqual(b.problems);
    expect(a.rows).toEqual(b.rows);
    for (const col of HEADER_COLS.split(',')) expect(a.data?.cells(col)).toEqual(b.data?.cells(col));
  });
});
