import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './411.ts';

describe('903 rule 411 (placement location disagrees with placement LA)', () => {
  const Episodes = [
    { PL_LA: 'E09000030', PL_LOCATION: 'IN' },
    { PL_LA: 'E09000031', PL_LOCATION: 'IN' },
    { PL_LA: 'E09000031', PL_LOCATION: 'OUT' },
    { PL_LA: null, PL_LOCATION: null },
  ];
  it('flags IN for a placement in another council', () => {
    expect(runRule(versions[0]!, { Episodes }, { localAuthority: 'E09000030' })?.Episodes).toEqual([1]);
  });
  it('checks nothing when the council is not known', () => {
    expect(runRule(versions[0]!, { Episodes })?.Episodes).toEqual([]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
