import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1010.ts';

const rule = versions[0]!;

describe('903 rule 1010 (care leaver open in care last year with no episodes now)', () => {
  it('flags OC3 children whose latest episode last year was open and who have no episodes now', () => {
    const flags = runRule(rule, {
      Episodes: [{ CHILD: '101', DEC: '20/05/2021' }],
      Episodes_last: [
        { CHILD: '101', DECOM: '11/11/2020', DEC: null },
        { CHILD: '102', DECOM: '03/10/2020', DEC: null },
        { CHILD: '102', DECOM: '11/11/2020', DEC: '14/03/2021' },
        { CHILD: '103', DECOM: '01/01/2020', DEC: '01/02/2020' },
        { CHILD: '103', DECOM: '11/11/2020', DEC: null },
      ],
      OC3: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '103' }],
    });
    expect(flags?.OC3).toEqual([2]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [], OC3: [] })).toBeUndefined();
  });
});
