import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT05.ts';

const rule = versions[0]!;

describe('903 rule INT05 (child in OC2 not in Header)', () => {
  it('flags OC2 rows whose child is not in the Header', () => {
    const flags = runRule(rule, {
      Header: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '102' }],
      OC2: [{ CHILD: '101' }, { CHILD: '103' }, { CHILD: '102' }, { CHILD: ' 101' }],
    });
    expect(flags?.OC2).toEqual([1, 3]);
  });
  it('is not run without the Header', () => {
    expect(runRule(rule, { OC2: [] })).toBeUndefined();
  });
});
