import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT06.ts';

const rule = versions[0]!;

describe('903 rule INT06 (child in OC3 not in Header)', () => {
  it('flags OC3 rows whose child is not in the Header', () => {
    const flags = runRule(rule, {
      Header: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '102' }],
      OC3: [{ CHILD: '101' }, { CHILD: '103' }, { CHILD: '102' }, { CHILD: ' 101' }],
    });
    expect(flags?.OC3).toEqual([1, 3]);
  });
  it('is not run without the Header', () => {
    expect(runRule(rule, { OC3: [] })).toBeUndefined();
  });
});
