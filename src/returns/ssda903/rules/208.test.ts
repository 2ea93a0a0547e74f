import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './208.ts';

describe("903 rule 208 (UPN differs from last year's)", () => {
  it('allows refining an unknown UPN or obtaining a real one, flags other changes', () => {
    const pairs: [string | null, string | null][] = [
      ['A123456789012', 'A123456789012'],
      ['UN1', 'UN3'],
      [null, 'UN2'],
      ['UN4', 'A123456789012'],
      [null, null],
      ['A123456789012', 'B123456789012'],
      ['UN4', 'UN3'],
      ['UN1', null],
      [null, 'UN1'],
      ['A123456789012', 'UN2'],
    ];
    const flags = runRule(versions[0]!, {
      Header_last: pairs.map(([UPN], i) => ({ CHILD: String(i), UPN })),
      Header: pairs.map(([, UPN], i) => ({ CHILD: String(i), UPN })),
    });
    expect(flags?.Header).toEqual([5, 6, 7, 8, 9]);
  });
});
