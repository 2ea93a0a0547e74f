import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT01.ts';

const rule = versions[0]!;

describe('903 rule INT01 (child in AD1 not in Header)', () => {
  it('flags AD1 rows whose child is not in the Header', () => {
    const flags = runRule(rule, {
      Header: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '102' }],
      AD1: [{ CHILD: '101' }, { CHILD: '103' }, { CHILD: '102' }, { CHILD: ' 101' }],
    });
    expect(flags?.AD1).toEqual([1, 3]);
  });
  it('is not run without the Header', () => {
    expect(runRule(rule, { AD1: [] })).toBeUndefined();
  });
});
