import { describe, expect, it } from 'vitest';
import type { Row } from '../common/table.ts';
import { deriveColumns903, derivePlacement, roundMiles } from './derive.ts';
import type { PostcodeLocation, PostcodeTable } from './postcodes.ts';
import { tablesOf } from './testing.ts';

const at = (code: string, utla: string | null, e: number | null, n: number | null): PostcodeLocation => ({
  district: { code, utla },
  easting: e,
  northing: n,
});

/** A small stand-in for the ONS table. */
const fake: Record<string, PostcodeLocation> = {
  YO17HH: at('E06000014', 'E06000014', 460335, 452109), // York
  LS11AA: at('E08000035', 'E08000035', 429572, 433410), // Leeds
  HG11AA: at('E07000165', 'E10000023', 430000, 455000), // a district in a county (2021 lookup)
  YO211AA: at('E06000065', null, 489000, 511000), // North Yorkshire unitary, after the 2021 lookup
  EH11AA: at('S12000036', null, 325000, 673000), // Edinburgh
  CF101AA: at('W06000015', 'W06000015', 318000, 176000), // Cardiff
  GY11AA: at('L99999999', null, null, null), // Guernsey: no grid reference
};
const table: PostcodeTable = {
  source: 'test',
  size: Object.keys(fake).length,
  find: (pc) => (pc === null ? null : (fake[pc.replace(/ /g, '').toUpperCase()] ?? null)),
  postcodesIn: () => [],
};

describe('roundMiles', () => {
  it('rounds to one decimal place, halves to even as numpy does', () => {
    expect(roundMiles(0.25)).toBe(0.2);
    expect(roundMiles(0.35)).toBe(0.4); // 0.35 * 10 is 3.5 in floating point, and 4 is even
    expect(roundMiles(0.45)).toBe(0.4);
    expect(roundMiles(2.65)).toBe(2.6);
    expect(roundMiles(1.04)).toBe(1);
    expect(roundMiles(12.96)).toBe(13);
  });
});

describe('derivePlacement', () => {
  const york = fake.YO17HH as PostcodeLocation;
  it('is IN for a placement in the council, with the distance in miles', () => {
    expect(derivePlacement(york, york, 'E06000014')).toEqual({
      PL_LA: 'E06000014',
      PL_LOCATION: 'IN',
      PL_DISTANCE: '0.0',
    });
    // sqrt(30763² + 18699²) m = 36,000 m = 22.37 miles.
    expect(derivePlacement(york, fake.LS11AA as PostcodeLocation, 'E06000014')).toEqual({
      PL_LA: 'E08000035',
      PL_LOCATION: 'OUT',
      PL_DISTANCE: '22.4',
    });
  });
  it('maps a district to its upper-tier council, and a post-2021 unitary to itself', () => {
    expect(derivePlacement(null, fake.HG11AA as PostcodeLocation, 'E10000023').PL_LA).toBe('E10000023');
    expect(derivePlacement(null, fake.HG11AA as PostcodeLocation, 'E10000023').PL_LOCATION).toBe('IN');
    expect(derivePlacement(null, fake.YO211AA as PostcodeLocation, 'E06000065')).toMatchObject({
      PL_LA: 'E06000065',
      PL_LOCATION: 'IN',
    });
  });
  it('codes Scotland, Wales and Northern Ireland as countries, always OUT', () => {
    expect(derivePlacement(null, fake.EH11AA as PostcodeLocation, 'E06000014')).toMatchObject({
      PL_LA: 'SCO',
      PL_LOCATION: 'OUT',
    });
    expect(derivePlacement(null, fake.CF101AA as PostcodeLocation, 'W06000015')).toMatchObject({
      PL_LA: 'WAL',
      PL_LOCATION: 'OUT',
    });
  });
  it('leaves all three empty for an unknown placement postcode, and the distance for a missing home', () => {
    expect(derivePlacement(york, null, 'E06000014')).toEqual({
      PL_LA: null,
      PL_LOCATION: null,
      PL_DISTANCE: null,
    });
    expect(derivePlacement(null, york, 'E06000014').PL_DISTANCE).toBeNull();
    expect(derivePlacement(york, fake.GY11AA as PostcodeLocation, 'E06000014')).toEqual({
      PL_LA: null,
      PL_LOCATION: 'OUT',
      PL_DISTANCE: null,
    });
  });
  it('is OUT everywhere when the council is not known, as the DfE tool does', () => {
    expect(derivePlacement(york, york, null).PL_LOCATION).toBe('OUT');
  });
});

describe('deriveColumns903', () => {
  it('adds UASC to Header (and Header_last) only when the UASC table was supplied', () => {
    const tables = tablesOf({
      Header: [{ CHILD: '1' }, { CHILD: '2' }],
      UASC: [{ CHILD: '2' }],
      Header_last: [{ CHILD: '1' }],
    });
    const out = deriveColumns903(tables, 'E06000014', () => table);
    expect(out.Header?.rows.map((r) => r.UASC)).toEqual(['0', '1']);
    expect(out.Header?.columns).toContain('UASC');
    expect(out.Header_last?.rows[0]?.UASC).toBeUndefined();
  });

  it('adds PL_LA, PL_LOCATION and PL_DISTANCE to this and last year’s episodes', () => {
    const ep = (home: string | null, pl: string | null): Row => ({
      CHILD: '1',
      HOME_POST: home,
      PL_POST: pl,
    });
    const tables = tablesOf({
      Episodes: [ep('YO1 7HH', 'LS1 1AA'), ep('yo17hh', 'ZZ9 9ZZ'), ep(null, null)],
      Episodes_last: [ep('YO1 7HH', 'YO1 7HH')],
    });
    const out = deriveColumns903(tables, 'E06000014', () => table);
    expect(out.Episodes?.columns.slice(-3)).toEqual(['PL_LA', 'PL_LOCATION', 'PL_DISTANCE']);
    expect(out.Episodes?.rows.map((r) => [r.PL_LA, r.PL_LOCATION, r.PL_DISTANCE])).toEqual([
      ['E08000035', 'OUT', '22.4'],
      [null, null, null],
      [null, null, null],
    ]);
    expect(out.Episodes_last?.rows[0]).toMatchObject({
      PL_LA: 'E06000014',
      PL_LOCATION: 'IN',
      PL_DISTANCE: '0.0',
    });
  });

  it('does not load postcodes when there are no episodes', () => {
    let loaded = false;
    deriveColumns903(tablesOf({ Header: [{ CHILD: '1' }] }), 'E06000014', () => {
      loaded = true;
      return table;
    });
    expect(loaded).toBe(false);
  });
});
