import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './151.ts';

const full = {
  DATE_INT: '01/05/2025',
  DATE_MATCH: '01/06/2025',
  FOSTER_CARE: '0',
  NB_ADOPTR: '2',
  SEX_ADOPTR: 'MF',
  LS_ADOPTR: 'L0',
};
const blank = {
  DATE_INT: null,
  DATE_MATCH: null,
  FOSTER_CARE: null,
  NB_ADOPTR: null,
  SEX_ADOPTR: null,
  LS_ADOPTR: null,
};

describe('903 rule 151 (adoption items all or none)', () => {
  it('flags a partly completed AD1 row', () => {
    const flags = runRule(versions[0]!, {
      AD1: [full, blank, { ...full, LS_ADOPTR: null }, { ...blank, NB_ADOPTR: '1' }],
    });
    expect(flags?.AD1).toEqual([2, 3]);
  });
});
