import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './199.ts';

describe('903 rule 199 (previously adopted from care)', () => {
  const Episodes = [
    { CHILD: 'A', DECOM: '01/04/2025', REC: 'E11' },
    { CHILD: 'A', DECOM: '01/06/2025', REC: null },
    { CHILD: 'B', DECOM: '01/05/2025', REC: 'X1' },
    { CHILD: 'C', DECOM: '01/05/2025', REC: 'E12' },
  ];
  it('flags episodes after an adoption in this year', () => {
    expect(runRule(versions[0]!, { Episodes })?.Episodes).toEqual([1]);
  });
  it("also counts adoptions in last year's episodes", () => {
    const Episodes_last = [
      { CHILD: 'B', DECOM: '01/01/2024', REC: 'E12' },
      { CHILD: 'C', DECOM: '01/01/2024', REC: 'E4A' },
    ];
    expect(runRule(versions[0]!, { Episodes, Episodes_last })?.Episodes).toEqual([1, 2]);
  });
});
