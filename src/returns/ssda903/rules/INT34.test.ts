import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT34.ts';

const rule = versions[0]!;

describe('903 rule INT34 (child more than once in OC3)', () => {
  it('flags every row of a child listed more than once', () => {
    const flags = runRule(rule, {
      OC3: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '101' }, { CHILD: null }, { CHILD: null }],
    });
    expect(flags?.OC3).toEqual([0, 2]);
  });
  it('is not run without OC3', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
