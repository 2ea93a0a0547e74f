import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './116.ts';

describe('903 rule 116 (DATE_PLACED_CEASED is a valid date when given)', () => {
  it('flags unreadable dates but not blanks', () => {
    const flags = runRule(versions[0]!, {
      PlacedAdoption: [
        { DATE_PLACED_CEASED: '31/03/2026' },
        { DATE_PLACED_CEASED: '31/04/2026' },
        { DATE_PLACED_CEASED: null },
        { DATE_PLACED_CEASED: '2026-03-31' },
        { DATE_PLACED_CEASED: '29/02/2024' },
      ],
    });
    expect(flags?.PlacedAdoption).toEqual([1, 3]);
  });
  it('is not run without the PlacedAdoption table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
