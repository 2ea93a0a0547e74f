import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './503E.ts';

describe('903 rule 503E (PLACE_PROVIDER differs from last year’s open episode)', () => {
  const rule = versions[0]!;
  it('compares the first episode this year with last year’s last episode when that was open', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', DECOM: '01/02/2025', PLACE_PROVIDER: 'PR1' },
        { CHILD: 'a', DECOM: '01/06/2025', PLACE_PROVIDER: 'PR2' },
        { CHILD: 'b', DECOM: '01/02/2025', PLACE_PROVIDER: 'PR2' },
        { CHILD: 'c', DECOM: '01/02/2025', PLACE_PROVIDER: 'PR2' },
        { CHILD: 'd', DECOM: '01/02/2025', PLACE_PROVIDER: 'PR2' },
        { CHILD: 'e', DECOM: '01/02/2025', PLACE_PROVIDER: null },
      ],
      Episodes_last: [
        { CHILD: 'a', DECOM: '01/02/2025', DEC: null, PLACE_PROVIDER: 'PR1' },
        { CHILD: 'b', DECOM: '01/02/2025', DEC: null, PLACE_PROVIDER: 'PR1' },
        { CHILD: 'b', DECOM: '01/01/2025', DEC: '01/02/2025', PLACE_PROVIDER: 'PR2' },
        { CHILD: 'c', DECOM: '01/02/2025', DEC: '31/03/2025', PLACE_PROVIDER: 'PR1' },
        { CHILD: 'e', DECOM: '01/02/2025', DEC: null, PLACE_PROVIDER: null },
      ],
    });
    expect(flags?.Episodes).toEqual([2]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
