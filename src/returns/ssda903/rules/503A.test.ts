import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './503A.ts';

describe('903 rule 503A (RNE differs from last year’s open episode)', () => {
  const rule = versions[0]!;
  it('compares the first episode this year with last year’s last episode when that was open', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/02/2025', RNE: 'P' },
        { CHILD: 'a', DECOM: '01/06/2025', RNE: 'L' },
        { CHILD: 'b', DECOM: '01/02/2025', RNE: 'L' },
        { CHILD: 'c', DECOM: '01/02/2025', RNE: 'L' },
        { CHILD: 'd', DECOM: '01/02/2025', RNE: 'L' },
        { CHILD: 'e', DECOM: '01/02/2025', RNE: null },
      ],
      Episodes_last: [
        { CHILD: 'a', DECOM: '01/02/2025', DEC: null, RNE: 'P' },
        { CHILD: 'b', DECOM: '01/02/2025', DEC: null, RNE: 'P' },
        { CHILD: 'b', DECOM: '01/01/2025', DEC: '01/02/2025', RNE: 'L' },
        { CHILD: 'c', DECOM: '01/02/2025', DEC: '31/03/2025', RNE: 'P' },
        { CHILD: 'e', DECOM: '01/02/2025', DEC: null, RNE: null },
      ],
    });
    expect(flags?.Episodes).toEqual([2]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
