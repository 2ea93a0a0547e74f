import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './147.ts';

describe('903 rule 147 (DEC is a valid date when given)', () => {
  it('flags unreadable dates but not blanks', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { DEC: '31/03/2026' },
        { DEC: '31/04/2026' },
        { DEC: null },
        { DEC: '2026-03-31' },
        { DEC: '29/02/2024' },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 3]);
  });
  it('is not run without the Episodes table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
