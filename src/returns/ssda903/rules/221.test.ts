import { describe, expect, it } from 'vitest';
import type { Row } from '../../common/table.ts';
import { runRule } from '../testing.ts';
import { versions } from './221.ts';

const version = (d: string) => versions.find((v) => v.definedIn === d)!;
const rows: Row[] = [
  { URN: 'SC111111', POSTCODE: 'AB12CD' },
  { URN: 'SC222222', POSTCODE: null },
];
const providerInfo = { columns: ['URN', 'POSTCODE'], rows };

describe('903 rule 221 (URN postcode)', () => {
  const episodes = [
    { LS: 'C2', PLACE: 'K1', PL_POST: 'AB1 2CD', URN: 'SC111111' },
    { LS: 'C2', PLACE: 'K1', PL_POST: 'ZZ9 9ZZ', URN: 'SC111111' },
    { LS: 'V3', PLACE: 'K1', PL_POST: 'ZZ9 9ZZ', URN: 'SC111111' },
    { LS: 'C2', PLACE: 'U1', PL_POST: 'ZZ9 9ZZ', URN: 'SC111111' },
    { LS: 'C2', PLACE: 'R3', PL_POST: 'AB1 2CD', URN: 'SC999999' },
    { LS: 'C2', PLACE: 'S1', PL_POST: 'AB1 2CD', URN: 'SC222222' },
    { LS: 'C2', PLACE: 'H5', PL_POST: 'ZZ9 9ZZ', URN: 'SC111111' },
    { LS: 'C2', PLACE: 'K2', PL_POST: 'ZZ9 9ZZ', URN: 'XXXXXXX' },
  ];
  it('flags a postcode that differs from Ofsted, or an unknown URN', () => {
    expect(runRule(version('lac2022_23'), { Episodes: episodes }, { providerInfo })?.Episodes).toEqual([
      1, 4, 5,
    ]);
  });
  it('also checks H5 placements in 2023/24 only', () => {
    expect(runRule(version('lac2023_24'), { Episodes: episodes }, { providerInfo })?.Episodes).toEqual([
      1, 4, 5, 6,
    ]);
    expect(runRule(version('lac2024_25'), { Episodes: episodes }, { providerInfo })?.Episodes).toEqual([
      1, 4, 5,
    ]);
  });
  it('is not run without the Ofsted provider lookup', () => {
    expect(runRule(version('lac2024_25'), { Episodes: episodes })).toBeUndefined();
  });
});
