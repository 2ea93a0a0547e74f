import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './452.ts';

describe('903 rule 452 (PL_LA changes across the year boundary)', () => {
  const rule = versions[0]!;
  it('compares the first episode with last year’s open last episode of the same RNE', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', RNE: 'P', DECOM: '01/02/2025', DEC: null, PL_LA: 'E09000001' },
        { CHILD: 'b', RNE: 'P', DECOM: '01/02/2025', DEC: null, PL_LA: 'E09000001' },
        { CHILD: 'c', RNE: 'P', DECOM: '01/02/2025', DEC: null, PL_LA: 'E09000002' },
        { CHILD: 'd', RNE: 'P', DECOM: '01/02/2025', DEC: null, PL_LA: 'E09000002' },
        { CHILD: 'a', RNE: 'P', DECOM: '01/06/2025', DEC: null, PL_LA: 'E09000009' },
      ],
      Episodes_last: [
        { CHILD: 'a', RNE: 'P', DECOM: '01/02/2025', DEC: null, PL_LA: 'E09000001' },
        { CHILD: 'b', RNE: 'P', DECOM: '01/02/2025', DEC: null, PL_LA: 'E09000003' },
        { CHILD: 'c', RNE: 'L', DECOM: '01/02/2025', DEC: null, PL_LA: 'E09000003' },
        { CHILD: 'd', RNE: 'P', DECOM: '01/02/2025', DEC: '31/03/2025', PL_LA: 'E09000003' },
      ],
    });
    expect(flags?.Episodes).toEqual([1]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
