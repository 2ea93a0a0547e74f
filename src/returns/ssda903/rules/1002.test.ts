import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1002.ts';

const rule = versions[0]!;

describe('903 rule 1002 (care leaver with no episodes)', () => {
  it('flags OC3 children with no episode this year or last', () => {
    const flags = runRule(rule, {
      Episodes: [{ CHILD: '101', DEC: '20/05/2021' }],
      Episodes_last: [
        { CHILD: '102', DEC: null },
        { CHILD: '103', DEC: '06/08/2020' },
      ],
      OC3: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '103' }, { CHILD: '104' }],
    });
    expect(flags?.OC3).toEqual([3]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(rule, { Episodes: [], OC3: [] })).toBeUndefined();
  });
});
