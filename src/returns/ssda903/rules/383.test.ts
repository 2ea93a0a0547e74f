import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './383.ts';

const v = (definedIn: string) => versions.find((x) => x.definedIn === definedIn)!;

describe('903 rule 383 (return to normal placement after a temporary one)', () => {
  const Episodes = [
    { CHILD: 'A', DECOM: '01/05/2025', RNE: 'S', PLACE: 'U1', PL_POST: 'YO1 0GJ' },
    { CHILD: 'A', DECOM: '01/06/2025', RNE: 'P', PLACE: 'T3', PL_POST: 'YO1 0PJ' },
    { CHILD: 'A', DECOM: '10/06/2025', RNE: 'P', PLACE: 'U1', PL_POST: 'YO1 1DY' },
    { CHILD: 'B', DECOM: '01/05/2025', RNE: 'S', PLACE: 'U1', PL_POST: 'YO1 0GJ' },
    { CHILD: 'B', DECOM: '01/06/2025', RNE: 'P', PLACE: 'T1', PL_POST: 'YO1 0PJ' },
    { CHILD: 'B', DECOM: '10/06/2025', RNE: 'P', PLACE: 'U2', PL_POST: 'YO1 0GJ' },
    { CHILD: 'C', DECOM: '01/05/2025', RNE: 'S', PLACE: 'U1', PL_POST: 'YO1 0GJ' },
    { CHILD: 'C', DECOM: '01/06/2025', RNE: 'P', PLACE: 'T1', PL_POST: 'YO1 0PJ' },
    { CHILD: 'C', DECOM: '10/06/2025', RNE: 'L', PLACE: 'U1', PL_POST: 'YO1 0GJ' },
    { CHILD: 'D', DECOM: '01/06/2025', RNE: 'S', PLACE: 'T1', PL_POST: 'YO1 0PJ' },
    { CHILD: 'D', DECOM: '10/06/2025', RNE: 'P', PLACE: 'U1', PL_POST: 'YO1 0GJ' },
  ];
  it('flags a return to a different placement type or not by change of placement', () => {
    expect(runRule(v('lac2022_23'), { Episodes })?.Episodes).toEqual([5, 8]);
  });
  it('from 2025/26 also needs the same placement postcode', () => {
    expect(runRule(v('lac2025_26'), { Episodes })?.Episodes).toEqual([2, 5, 8]);
  });
  it('is not run without Episodes', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
