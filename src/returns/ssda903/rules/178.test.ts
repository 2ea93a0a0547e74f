import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './178.ts';

const version = (d: string) => versions.find((v) => v.definedIn === d)!;

describe('903 rule 178 (placement provider code)', () => {
  const episodes = [
    { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
    { PLACE: 'U1', PLACE_PROVIDER: 'PR6' },
    { PLACE: 'U1', PLACE_PROVIDER: 'pr1' },
    { PLACE: 'T0', PLACE_PROVIDER: 'PR1' },
    { PLACE: 'T0', PLACE_PROVIDER: null },
    { PLACE: 'Z1', PLACE_PROVIDER: 'PR2' },
    { PLACE: 'Z11', PLACE_PROVIDER: 'PR2' },
    { PLACE: 'U1', PLACE_PROVIDER: '' },
  ];
  it('flags invalid codes and a provider for T0-T4/Z1 placements until 2024/25', () => {
    expect(runRule(version('lac2022_23'), { Episodes: episodes })?.Episodes).toEqual([1, 2, 3, 5, 7]);
  });
  it('uses Z11-Z14 instead of Z1 from 2025/26', () => {
    expect(runRule(version('lac2025_26'), { Episodes: episodes })?.Episodes).toEqual([1, 2, 3, 6, 7]);
  });
});
