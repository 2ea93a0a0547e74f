import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT36.ts';

const rule = versions[0]!;

describe('903 rule INT36 (child more than once in UASC)', () => {
  it('flags every row of a child listed more than once', () => {
    const flags = runRule(rule, {
      UASC: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '101' }, { CHILD: null }, { CHILD: null }],
    });
    expect(flags?.UASC).toEqual([0, 2]);
  });
  it('is not run without UASC', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
