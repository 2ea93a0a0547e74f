import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './146.ts';

const version = (d: string) => versions.find((v) => v.definedIn === d)!;
const episodes = ['U1', 'H5', 'P2', 'Z1', 'K3', 'Z11', 'P4', 'u1', '', null].map((PLACE) => ({ PLACE }));

describe('903 rule 146 (placement type)', () => {
  it('uses the 2022/23 code list (H5, P2, Z1 valid; K3 and Z11 not)', () => {
    expect(runRule(version('lac2022_23'), { Episodes: episodes })?.Episodes).toEqual([4, 5, 6, 7, 8]);
  });
  it('adds K3 in 2024/25', () => {
    expect(runRule(version('lac2024_25'), { Episodes: episodes })?.Episodes).toEqual([5, 6, 7, 8]);
  });
  it('drops H5, P2 and Z1 for Z11-Z14 in 2025/26', () => {
    expect(runRule(version('lac2025_26'), { Episodes: episodes })?.Episodes).toEqual([1, 2, 3, 6, 7, 8]);
  });
  it('is not run without an Episodes table', () => {
    expect(runRule(version('lac2025_26'), {})).toBeUndefined();
  });
});
