import { describe, expect, it } from 'vitest';
import { dmy } from '../../common/dates.ts';
import { metaFor } from '../meta.ts';
import type { Context903 } from '../rule.ts';
import { tablesOf } from '../testing.ts';
import { careLeaverRows, childSet, duplicateChildren, mergeKeyOf, sortedByDay, zzDate } from './shared-d.ts';

const ctxOf = (input: Parameters<typeof tablesOf>[0]): Context903 => ({
  tables: tablesOf(input),
  meta: metaFor('2026', null),
  memo: new Map(),
});

describe('group-d 903 helpers', () => {
  it('reads ZZ dates as the latest date the known parts allow', () => {
    expect(zzDate('17/06/2001')).toBe(dmy('17/06/2001'));
    expect(zzDate('ZZ/02/2024')).toBe(dmy('29/02/2024'));
    expect(zzDate('05/ZZ/2020')).toBe(dmy('04/01/2021'));
    expect(zzDate('ZZ/ZZ/1993')).toBe(dmy('31/12/1993'));
    expect(zzDate('01/01/ZZZZ')).toBe(dmy('01/01/2000'));
    expect(zzDate('ZZ/ZZ/ZZ')).toBeNull();
    expect(zzDate('xx/10/2011')).toBeNull();
    expect(zzDate(null)).toBeNull();
  });
  it('sorts by day with missing days last and ties in row order', () => {
    const days = [dmy('02/01/2020'), null, dmy('01/01/2020'), dmy('02/01/2020')];
    expect(sortedByDay([0, 1, 2, 3], days)).toEqual([2, 0, 3, 1]);
    expect(sortedByDay([0, 1, 2, 3], days, true)).toEqual([0, 3, 2, 1]);
  });
  it('joins a missing CHILD to a missing CHILD, as a pandas merge does', () => {
    const ctx = ctxOf({ Episodes: [{ CHILD: '1' }, { CHILD: null }], OC2: [{ CHILD: '2' }] });
    expect(childSet(ctx, 'Episodes').has(mergeKeyOf(null))).toBe(true);
    expect(childSet(ctx, 'Episodes').has('1')).toBe(true);
    expect(childSet(ctx, 'OC2').has(mergeKeyOf(null))).toBe(false);
    expect(childSet(ctx, 'AD1').has('1')).toBe(false);
  });
  it("finds another table's rows for care leavers only", () => {
    const ctx = ctxOf({ OC3: [{ CHILD: '2' }], Header: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '2' }] });
    expect([...careLeaverRows(ctx, 'Header')]).toEqual([['2', [1, 2]]]);
  });
  it('reports every row of a repeated child, ignoring rows without a CHILD', () => {
    const ctx = ctxOf({ UASC: [{ CHILD: '1' }, { CHILD: null }, { CHILD: '1' }, { CHILD: null }] });
    expect(duplicateChildren('UASC')(ctx)).toEqual({ UASC: [0, 2] });
  });
});
