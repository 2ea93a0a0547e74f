import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1003.ts';

const rule = versions[0]!;

describe('903 rule 1003 (adoption decision before care started)', () => {
  it('compares DATE_PLACED with the first episode starting care', () => {
    const flags = runRule(rule, {
      Episodes: [
        { CHILD: '101', DECOM: '01/03/1980', RNE: 'S' },
        { CHILD: '102', DECOM: '01/03/1980', RNE: 'S' },
        { CHILD: '103', DECOM: '01/02/1970', RNE: 'P' },
        { CHILD: '103', DECOM: '01/03/1979', RNE: 'S' },
        { CHILD: '103', DECOM: '01/01/1981', RNE: 'S' },
        { CHILD: '104', DECOM: '01/03/1979', RNE: 'P' },
        { CHILD: '105', DECOM: '01/01/1981', RNE: 'S' },
      ],
      PlacedAdoption: [
        { CHILD: '101', DATE_PLACED: '26/05/1978' },
        { CHILD: '102', DATE_PLACED: null },
        { CHILD: '103', DATE_PLACED: '28/02/1979' },
        { CHILD: '104', DATE_PLACED: '01/02/1960' },
        { CHILD: '105', DATE_PLACED: '01/01/1981' },
      ],
    });
    expect(flags).toEqual({ Episodes: [0, 3], PlacedAdoption: [0, 2] });
  });
  it('is not run without PlacedAdoption', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
