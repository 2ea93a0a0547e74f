import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './543.ts';

describe('903 rule 543 (conviction data missing for a child of 10 or over)', () => {
  const rule = versions[0]!;
  const stayed = (CHILD: string) => ({
    CHILD,
    DECOM: '01/01/2024',
    DEC: null,
    RNE: 'S',
    LS: 'C2',
    REC: null,
  });
  it('flags a continuously looked after child over 10 without CONVICTED', () => {
    const flags = runRule(rule, {
      Episodes: [
        stayed('a'),
        stayed('b'),
        stayed('c'),
        { CHILD: 'd', DECOM: '01/06/2025', DEC: null, RNE: 'S', LS: 'C2', REC: null },
      ],
      OC2: [
        { CHILD: 'a', DOB: '30/03/2016', CONVICTED: null },
        { CHILD: 'b', DOB: '31/03/2016', CONVICTED: null },
        { CHILD: 'c', DOB: '30/03/2010', CONVICTED: '0' },
        { CHILD: 'd', DOB: '30/03/2010', CONVICTED: null },
      ],
    });
    expect(flags?.OC2).toEqual([0]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { OC2: [] })).toBeUndefined();
  });
});
