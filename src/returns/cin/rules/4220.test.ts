import { describe, expect, it } from 'vitest';
import { flags } from '../lib/testing-a.ts';
import { versions } from './4220.ts';

const rule = versions[0]!;

describe('CIN rule 4220 (ethnicity missing or invalid)', () => {
  it('flags a missing or unknown ethnicity code', () => {
    const codes = ['WBRI', 'NOBT', 'REFU', null, 'ABAB', 'wbri'];
    expect(flags(rule, { ChildCharacteristics: codes.map((Ethnicity) => ({ Ethnicity })) })).toEqual([
      'ChildCharacteristics.Ethnicity[3]',
      'ChildCharacteristics.Ethnicity[4]',
      'ChildCharacteristics.Ethnicity[5]',
    ]);
  });
  it('needs ChildCharacteristics', () => {
    expect(flags(rule, {})).toBeUndefined();
  });
});
