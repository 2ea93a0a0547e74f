import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './218.ts';

const version = (d: string) => versions.find((v) => v.definedIn === d)!;

describe('903 rule 218 (URN required)', () => {
  const episodes = [
    { PLACE: 'U1', DEC: null, PL_LA: 'E09000030', URN: null },
    { PLACE: 'U1', DEC: '01/04/2025', PL_LA: 'E09000030', URN: null },
    { PLACE: 'U1', DEC: '31/03/2025', PL_LA: 'E09000030', URN: null },
    { PLACE: 'U1', DEC: null, PL_LA: 'E09000030', URN: 'SC123456' },
    { PLACE: 'U1', DEC: null, PL_LA: 'WAL', URN: null },
    { PLACE: 'H5', DEC: null, PL_LA: 'E09000030', URN: null },
    { PLACE: 'Z11', DEC: null, PL_LA: 'E09000030', URN: null },
    { PLACE: 'U1', DEC: null, PL_LA: 'N09000001', URN: null },
  ];
  it('flags open or in-year placements in England without a URN (boundary: DEC on 1 April)', () => {
    expect(runRule(version('lac2022_23'), { Episodes: episodes })?.Episodes).toEqual([0, 1, 6]);
  });
  it('no longer exempts H5 from 2024/25', () => {
    expect(runRule(version('lac2024_25'), { Episodes: episodes })?.Episodes).toEqual([0, 1, 5, 6]);
  });
  it('exempts Z11-Z14 and only the listed non-English LA codes from 2025/26', () => {
    expect(runRule(version('lac2025_26'), { Episodes: episodes })?.Episodes).toEqual([0, 1, 5, 7]);
  });
});
