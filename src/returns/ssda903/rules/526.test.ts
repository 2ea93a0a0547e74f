import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './526.ts';

const byYear = (definedIn: string) => versions.find((v) => v.definedIn === definedIn)!;

describe('903 rule 526 (missing placement provider)', () => {
  const input = {
    Episodes: [
      { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
      { PLACE: 'U1', PLACE_PROVIDER: null },
      { PLACE: 'T2', PLACE_PROVIDER: null },
      { PLACE: 'Z1', PLACE_PROVIDER: null },
      { PLACE: 'Z13', PLACE_PROVIDER: null },
    ],
  };
  it('exempts temporary and Z1 placements up to 2024/25', () => {
    expect(runRule(byYear('lac2022_23'), input)?.Episodes).toEqual([1, 4]);
  });
  it('exempts temporary and Z11-Z14 placements from 2025/26', () => {
    expect(runRule(byYear('lac2025_26'), input)?.Episodes).toEqual([1, 3]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(byYear('lac2025_26'), {})).toBeUndefined();
  });
});
