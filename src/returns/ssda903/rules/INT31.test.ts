import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT31.ts';

const rule = versions[0]!;

describe('903 rule INT31 (child more than once in AD1)', () => {
  it('flags every row of a child listed more than once', () => {
    const flags = runRule(rule, {
      AD1: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '101' }, { CHILD: null }, { CHILD: null }],
    });
    expect(flags?.AD1).toEqual([0, 2]);
  });
  it('is not run without AD1', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
