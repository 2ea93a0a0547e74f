import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './222.ts';

const version = (d: string) => versions.find((v) => v.definedIn === d)!;

describe('903 rule 222 (URN not expected for this placement type)', () => {
  const episodes = [
    { PLACE: 'R1', URN: 'SC123456' },
    { PLACE: 'R1', URN: 'XXXXXXX' },
    { PLACE: 'R1', URN: null },
    { PLACE: 'H5', URN: 'SC123456' },
    { PLACE: 'P2', URN: 'SC123456' },
    { PLACE: 'Z1', URN: 'SC123456' },
    { PLACE: 'Z13', URN: 'SC123456' },
    { PLACE: 'U1', URN: 'SC123456' },
  ];
  it('lists H5, P2 and Z1 in 2022/23', () => {
    expect(runRule(version('lac2022_23'), { Episodes: episodes })?.Episodes).toEqual([0, 3, 4, 5]);
  });
  it('drops H5 in 2023/24', () => {
    expect(runRule(version('lac2023_24'), { Episodes: episodes })?.Episodes).toEqual([0, 4, 5]);
  });
  it('drops P2 in 2024/25', () => {
    expect(runRule(version('lac2024_25'), { Episodes: episodes })?.Episodes).toEqual([0, 5]);
  });
  it('uses Z11-Z14 in 2025/26', () => {
    expect(runRule(version('lac2025_26'), { Episodes: episodes })?.Episodes).toEqual([0, 6]);
  });
});
