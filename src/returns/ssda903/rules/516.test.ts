import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './516.ts';

describe('903 rule 516 (staying put without a foster placement)', () => {
  const rule = versions[0]!;
  it('flags E45/E46 endings from a placement other than U1-U6', () => {
    const flags = runRule(rule, {
      Episodes: [
        { REC: 'E45', PLACE: 'U3' },
        { REC: 'E46', PLACE: 'K2' },
        { REC: 'E45', PLACE: null },
        { REC: 'E4A', PLACE: 'K2' },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
