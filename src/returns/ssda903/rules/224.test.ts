import { describe, expect, it } from 'vitest';
import type { Row } from '../../common/table.ts';
import { runRule } from '../testing.ts';
import { versions } from './224.ts';

const rows: Row[] = [{ URN: 'SC111111', PROVIDER_CODES: 'PR1,PR3' }];
const providerInfo = { columns: ['URN', 'PROVIDER_CODES'], rows };

describe('903 rule 224 (URN and placement provider)', () => {
  it("flags a PLACE_PROVIDER that is not among the URN's Ofsted provider codes", () => {
    const Episodes = [
      { PLACE_PROVIDER: 'PR3', URN: 'SC111111' },
      { PLACE_PROVIDER: 'PR2', URN: 'SC111111' },
      { PLACE_PROVIDER: null, URN: 'SC111111' },
      { PLACE_PROVIDER: 'PR1', URN: 'SC999999' },
      { PLACE_PROVIDER: 'PR2', URN: 'XXXXXXX' },
    ];
    expect(runRule(versions[0]!, { Episodes }, { providerInfo })?.Episodes).toEqual([1, 2, 3]);
  });
});
