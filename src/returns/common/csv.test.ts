import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, eachRecord, isBlankCell } from './csv.ts';
import { ProblemList } from './findings.ts';

const records = (text: string) => {
  const out: [string[], number][] = [];
  const problems = new ProblemList();
  eachRecord('f.csv', text, problems, (cells, row) => out.push([[...cells], row]));
  return { out, problems: problems.list() };
};

describe('decodeCsvBytes', () => {
  it('decodes UTF-8, names the line of the first byte that is not', () => {
    expect(decodeCsvBytes('f', new TextEncoder().encode('a,b\nç,d\n'))).toEqual({ text: 'a,b\nç,d\n' });
    const bad = decodeCsvBytes('f', new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xe7, 0x0a]));
    expect('problem' in bad && bad.problem.row).toBe(3);
  });
});

describe('eachRecord', () => {
  it('gives the same records and rows from the quote-free split as from csv-parse', () => {
    const plain = 'A,B\r\n1,2\r\n\r\n3,4\r\n';
    const quoted = 'A,"B"\r\n1,2\r\n\r\n3,"4"\r\n';
    expect(records(plain).out).toEqual([
      [['A', 'B'], 1],
      [['1', '2'], 2],
      [['3', '4'], 4],
    ]);
    expect(records(quoted).out).toEqual(records(plain).out);
  });
  it('reports an unclosed quote', () => {
    const r = records('A,B\n1,"2\n3,4\n');
    expect(r.out).toEqual([[['A', 'B'], 1]]);
    expect(r.problems[0]?.message).toContain('never closed');
  });
});

describe('isBlankCell', () => {
  it('treats spaces, tabs and no-break spaces as blank', () => {
    expect(isBlankCell(' \t\u00a0')).toBe(true);
    expect(isBlankCell(' x ')).toBe(false);
  });
});
