import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './213.ts';

const version = (d: string) => versions.find((v) => v.definedIn === d)!;

describe('903 rule 213 (placement provider not required)', () => {
  const episodes = [
    { PLACE: 'T1', PLACE_PROVIDER: 'PR1' },
    { PLACE: 'T1', PLACE_PROVIDER: null },
    { PLACE: 'U1', PLACE_PROVIDER: 'PR1' },
    { PLACE: 'Z12', PLACE_PROVIDER: 'PR0' },
  ];
  it('flags a provider on a T0-T4 placement', () => {
    expect(runRule(version('lac2022_23'), { Episodes: episodes })?.Episodes).toEqual([0]);
  });
  it('also flags Z11-Z14 placements from 2025/26', () => {
    expect(runRule(version('lac2025_26'), { Episodes: episodes })?.Episodes).toEqual([0, 3]);
  });
});
