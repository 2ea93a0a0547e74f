import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './570.ts';

describe('903 rule 570 (missing period starts after the year)', () => {
  const rule = versions[0]!;
  it('flags MIS_START after 31 March', () => {
    const flags = runRule(rule, {
      Missing: [{ MIS_START: '31/03/2026' }, { MIS_START: '01/04/2026' }, { MIS_START: null }],
    });
    expect(flags?.Missing).toEqual([1]);
  });
  it('is not run without Missing', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
