import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './586.ts';

describe('903 rule 586 (missing before birth)', () => {
  const rule = versions[0]!;
  it('flags MIS_START on or before DOB', () => {
    const flags = runRule(rule, {
      Missing: [
        { DOB: '10/05/2015', MIS_START: '10/05/2015' },
        { DOB: '10/05/2015', MIS_START: '11/05/2015' },
        { DOB: '10/05/2015', MIS_START: null },
      ],
    });
    expect(flags?.Missing).toEqual([0]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
