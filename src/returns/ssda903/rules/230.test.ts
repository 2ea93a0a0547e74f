import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './230.ts';

describe('903 rule 230 (URN required for English H5 placements)', () => {
  it('flags H5 placements in England open on or after 29 October 2023 without a URN', () => {
    const flags = runRule(versions[0]!, {
      Episodes: [
        { PLACE: 'H5', DEC: '28/10/2023', PL_LA: 'E09000030', URN: null },
        { PLACE: 'H5', DEC: '29/10/2023', PL_LA: 'E09000030', URN: null },
        { PLACE: 'H5', DEC: null, PL_LA: 'E09000030', URN: 'XXXXXXX' },
        { PLACE: 'H5', DEC: null, PL_LA: 'E09000030', URN: '1234567' },
        { PLACE: 'H5', DEC: null, PL_LA: 'WAL', URN: null },
        { PLACE: 'K2', DEC: null, PL_LA: 'E09000030', URN: null },
      ],
    });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
