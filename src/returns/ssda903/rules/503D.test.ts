import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './503D.ts';

const byYear = (definedIn: string) => versions.find((v) => v.definedIn === definedIn)!;

describe('903 rule 503D (PLACE differs from last year’s open episode)', () => {
  const input = {
    Episodes: [
      { CHILD: 'a', DECOM: '01/02/2025', PLACE: 'U1' },
      { CHILD: 'b', DECOM: '01/02/2025', PLACE: 'U2' },
      { CHILD: 'c', DECOM: '01/02/2025', PLACE: 'K3' },
      { CHILD: 'd', DECOM: '01/02/2025', PLACE: 'Z12' },
    ],
    Episodes_last: [
      { CHILD: 'a', DECOM: '01/02/2025', DEC: null, PLACE: 'U1' },
      { CHILD: 'b', DECOM: '01/02/2025', DEC: null, PLACE: 'U1' },
      { CHILD: 'c', DECOM: '01/02/2025', DEC: null, PLACE: 'H5' },
      { CHILD: 'd', DECOM: '01/02/2025', DEC: null, PLACE: 'Z1' },
    ],
  };
  it('flags any change up to 2023/24', () => {
    expect(runRule(byYear('lac2022_23'), input)?.Episodes).toEqual([1, 2, 3]);
  });
  it('allows H5 to become K3 in 2024/25', () => {
    expect(runRule(byYear('lac2024_25'), input)?.Episodes).toEqual([1, 3]);
  });
  it('allows Z1 to become Z11-Z14 from 2025/26', () => {
    expect(runRule(byYear('lac2025_26'), input)?.Episodes).toEqual([1, 2]);
  });
  it('is not run without last year’s episodes', () => {
    expect(runRule(byYear('lac2025_26'), { Episodes: [] })).toBeUndefined();
  });
});
