import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './567.ts';

describe('903 rule 567 (missing period ends before it starts)', () => {
  const rule = versions[0]!;
  it('flags MIS_END before MIS_START; the same day is fine', () => {
    const flags = runRule(rule, {
      Missing: [
        { MIS_START: '02/05/2025', MIS_END: '01/05/2025' },
        { MIS_START: '02/05/2025', MIS_END: '02/05/2025' },
        { MIS_START: '02/05/2025', MIS_END: null },
      ],
    });
    expect(flags?.Missing).toEqual([0]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
