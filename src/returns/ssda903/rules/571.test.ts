import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './571.ts';

describe('903 rule 571 (missing period ends outside the year)', () => {
  const rule = versions[0]!;
  it('flags MIS_END before 1 April or after 31 March', () => {
    const flags = runRule(rule, {
      Missing: [
        { MIS_END: '31/03/2025' },
        { MIS_END: '01/04/2025' },
        { MIS_END: '31/03/2026' },
        { MIS_END: '01/04/2026' },
        { MIS_END: null },
      ],
    });
    expect(flags?.Missing).toEqual([0, 3]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
