import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './229.ts';

describe('903 rule 229 (placement provider and provider LA disagree)', () => {
  const providerInfo = {
    columns: ['URN', 'LA_CODE_INFERRED'],
    rows: [
      { URN: 'SC1', LA_CODE_INFERRED: 'E09000030' },
      { URN: 'SC2', LA_CODE_INFERRED: 'E10000023' },
    ],
  };
  const Episodes = [
    { CHILD: 'A', PLACE_PROVIDER: 'PR1', URN: 'SC1' },
    { CHILD: 'A', PLACE_PROVIDER: 'PR1', URN: 'SC2' },
    { CHILD: 'B', PLACE_PROVIDER: 'PR2', URN: 'SC1' },
    { CHILD: 'B', PLACE_PROVIDER: 'PR2', URN: 'SC2' },
    { CHILD: 'C', PLACE_PROVIDER: 'PR1', URN: 'XXXXXXX' },
    { CHILD: 'C', PLACE_PROVIDER: 'PR3', URN: 'SC2' },
  ];
  it('flags own provision outside the council and other-LA provision inside it', () => {
    const flags = runRule(versions[0]!, { Episodes }, { providerInfo, localAuthority: 'E09000030' });
    expect(flags?.Episodes).toEqual([1, 2]);
  });
  it('checks nothing when the council is not known', () => {
    expect(runRule(versions[0]!, { Episodes }, { providerInfo })?.Episodes).toEqual([]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
