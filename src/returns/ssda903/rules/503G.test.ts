import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './503G.ts';

describe('903 rule 503G (PL_DISTANCE differs from last year’s open episode)', () => {
  const rule = versions[0]!;
  it('compares the first episode this year with last year’s last episode when that was open', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/02/2025', PL_DISTANCE: '10.5' },
        { CHILD: 'a', DECOM: '01/06/2025', PL_DISTANCE: '12.0' },
        { CHILD: 'b', DECOM: '01/02/2025', PL_DISTANCE: '12.0' },
        { CHILD: 'c', DECOM: '01/02/2025', PL_DISTANCE: '12.0' },
        { CHILD: 'd', DECOM: '01/02/2025', PL_DISTANCE: '12.0' },
        { CHILD: 'e', DECOM: '01/02/2025', PL_DISTANCE: null },
      ],
      Episodes_last: [
        { CHILD: 'a', DECOM: '01/02/2025', DEC: null, PL_DISTANCE: '10.5' },
        { CHILD: 'b', DECOM: '01/02/2025', DEC: null, PL_DISTANCE: '10.5' },
        { CHILD: 'b', DECOM: '01/01/2025', DEC: '01/02/2025', PL_DISTANCE: '12.0' },
        { CHILD: 'c', DECOM: '01/02/2025', DEC: '31/03/2025', PL_DISTANCE: '10.5' },
        { CHILD: 'e', DECOM: '01/02/2025', DEC: null, PL_DISTANCE: null },
      ],
    });
    expect(flags?.Episodes).toEqual([2]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
