import { describe, expect, it } from 'vitest';
import type { Row } from '../../common/table.ts';
import { runRule } from '../testing.ts';
import { versions } from './219.ts';

const rows: Row[] = [
  { URN: 'SC111111', PLACE_CODES: 'K2,R1' },
  { URN: 'SC222222', PLACE_CODES: null },
];
const providerInfo = { columns: ['URN', 'PLACE_CODES'], rows };

describe('903 rule 219 (URN and placement type)', () => {
  it("flags a PLACE that is not among the URN's Ofsted placement codes, or an unknown URN", () => {
    const Episodes = [
      { PLACE: 'K2', URN: 'SC111111' },
      { PLACE: 'U1', URN: 'SC111111' },
      { PLACE: 'K2', URN: 'SC999999' },
      { PLACE: 'K2', URN: 'SC222222' },
      { PLACE: 'U1', URN: 'XXXXXXX' },
      { PLACE: 'U1', URN: null },
    ];
    expect(runRule(versions[0]!, { Episodes }, { providerInfo })?.Episodes).toEqual([1, 2, 3]);
  });
  it('is not run without the provider lookup', () => {
    expect(runRule(versions[0]!, { Episodes: [] })).toBeUndefined();
  });
});
