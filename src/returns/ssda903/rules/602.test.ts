import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './602.ts';

describe('903 rule 602 (AD1 details for a child not adopted in the year)', () => {
  const rule = versions[0]!;
  it('flags AD1 rows with adoption details for children with no adoption ending in the year', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', REC: 'E11', DEC: '31/03/2026' },
        { CHILD: 'b', REC: 'E12', DEC: '31/03/2025' },
        { CHILD: 'c', REC: 'E4A', DEC: '01/05/2025' },
      ],
      AD1: [
        { CHILD: 'a', DATE_INT: '01/01/2025', DATE_MATCH: null },
        { CHILD: 'b', DATE_INT: '01/01/2024', DATE_MATCH: null },
        { CHILD: 'c', DATE_INT: null, DATE_MATCH: null },
        { CHILD: 'z', DATE_INT: null, DATE_MATCH: '01/02/2025' },
      ],
    });
    expect(flags?.AD1).toEqual([1, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { AD1: [] })).toBeUndefined();
  });
});
