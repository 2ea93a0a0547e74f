import { describe, expect, it } from 'vitest';
import { postcodeKey, postcodeTable } from './postcodes.ts';

describe('postcodeKey', () => {
  it('ignores spaces and case, and rejects what cannot be a postcode', () => {
    expect(postcodeKey('YO1 7HH')).toBe(postcodeKey('yo17hh'));
    expect(postcodeKey('YO1 7HH')).not.toBe(postcodeKey('YO1 7HJ'));
    expect(postcodeKey('A')).toBe(-1);
    expect(postcodeKey('YO1 7HH XX')).toBe(-1);
    expect(postcodeKey('YO1-7HH')).toBe(-1);
  });
  it('keeps postcodes apart that differ only in where the space was', () => {
    // Without spaces these are AB10AA and AB101AA: different postcodes, different keys.
    expect(postcodeKey('AB1 0AA')).not.toBe(postcodeKey('AB10 1AA'));
  });
});

describe('the shipped ONS postcode table', () => {
  const table = postcodeTable();
  it('holds the whole ONS subset (2.7 million postcodes with a district)', () => {
    expect(table.size).toBe(2_709_549);
    expect(table.source).toContain('Open Government Licence');
  });
  it('finds a postcode with its district, upper-tier council and grid reference', () => {
    // ONS: YO1 7HH, E06000014, 460335, 452109; AB1 0AA, S12000033, 385386, 801193.
    expect(table.find('yo17hh')).toEqual({
      district: { code: 'E06000014', utla: 'E06000014' },
      easting: 460335,
      northing: 452109,
    });
    expect(table.find('AB1 0AA')).toMatchObject({
      district: { code: 'S12000033', utla: null },
      easting: 385386,
    });
  });
  it('knows a postcode without a grid reference, and not an invented one', () => {
    expect(table.find('GY1 1AA')).toEqual({
      district: { code: 'L99999999', utla: null },
      easting: null,
      northing: null,
    });
    expect(table.find('ZZ9 9ZZ')).toBeNull();
    expect(table.find(null)).toBeNull();
  });
  it('lists postcodes in a district, written as people write them', () => {
    const york = table.postcodesIn('E06000014', 3);
    expect(york).toHaveLength(3);
    for (const pc of york) {
      expect(pc).toMatch(/^YO\d{1,2} \d[A-Z]{2}$/);
      expect(table.find(pc)?.district.code).toBe('E06000014');
    }
  });
});
