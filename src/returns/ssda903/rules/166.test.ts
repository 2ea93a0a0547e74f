import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './166.ts';

describe('903 rule 166 (review date)', () => {
  it('flags unreadable and blank review dates', () => {
    const flags = runRule(versions[0]!, {
      Reviews: [{ REVIEW: '01/04/2025' }, { REVIEW: '31/09/2025' }, { REVIEW: null }, { REVIEW: '1/4/2025' }],
    });
    expect(flags?.Reviews).toEqual([1, 2]);
  });
  it('is not run without a Reviews table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
