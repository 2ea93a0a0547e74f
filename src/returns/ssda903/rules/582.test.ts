import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './582.ts';

describe('903 rule 582 (adopted on the day of matching)', () => {
  const rule = versions[0]!;
  it('flags an adoption whose DEC equals DATE_MATCH', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: 'a', REC: 'E11', DEC: '10/05/2025' },
        { CHILD: 'b', REC: 'E12', DEC: '10/05/2025' },
        { CHILD: 'c', REC: 'E4A', DEC: '10/05/2025' },
      ],
      AD1: [
        { CHILD: 'a', DATE_MATCH: '10/05/2025' },
        { CHILD: 'b', DATE_MATCH: '01/05/2025' },
        { CHILD: 'c', DATE_MATCH: '10/05/2025' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
