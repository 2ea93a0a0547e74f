import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './112.ts';

describe('903 rule 112 (DATE_INT is a valid date when given)', () => {
  it('flags unreadable dates but not blanks', () => {
    const flags = runRule(versions[0]!, {
      AD1: [
        { DATE_INT: '31/03/2026' },
        { DATE_INT: '31/04/2026' },
        { DATE_INT: null },
        { DATE_INT: '2026-03-31' },
        { DATE_INT: '29/02/2024' },
      ],
    });
    expect(flags?.AD1).toEqual([1, 3]);
  });
  it('is not run without the AD1 table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
