import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './333.ts';

describe('903 rule 333 (decision to place for adoption after matching)', () => {
  it('flags a missing or later date should be placed when a date of matching is given', () => {
    const flags = runRule(versions[0]!, {
      AD1: [
        { DATE_INT: '01/06/2025', DATE_MATCH: '01/06/2025' },
        { DATE_INT: '02/06/2025', DATE_MATCH: '01/06/2025' },
        { DATE_INT: null, DATE_MATCH: '01/06/2025' },
        { DATE_INT: '02/06/2025', DATE_MATCH: null },
      ],
    });
    expect(flags?.AD1).toEqual([1, 2]);
  });
  it('is not run without AD1', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
