import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1015.ts';

const rule = versions[0]!;
const row = (
  PLACE: string | null,
  LS: string | null,
  PLACE_PROVIDER: string | null,
  PL_LA: string | null,
) => ({
  PLACE,
  LS,
  PLACE_PROVIDER,
  PL_LA,
});

describe('903 rule 1015 (own provision outside own LA)', () => {
  const Episodes = [
    row('K2', 'C1', 'PR1', 'E09000030'),
    row('K2', 'C1', 'PR1', 'E09000001'),
    row('U2', 'C1', 'PR1', 'E09000001'),
    row('K2', 'V3', 'PR1', 'E09000001'),
    row('K2', 'C1', 'PR2', 'E09000001'),
    row(null, 'C1', 'PR1', 'E09000001'),
    row('K2', null, 'PR1', 'E09000001'),
    row('K2', 'C1', 'PR1', null),
  ];
  it("flags own-provision placements outside the council's area", () => {
    expect(runRule(rule, { Episodes }, { localAuthority: 'E09000030' })?.Episodes).toEqual([1]);
  });
  it('flags nothing when the council is unknown', () => {
    expect(runRule(rule, { Episodes })?.Episodes).toEqual([]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
