import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT32.ts';

const rule = versions[0]!;

describe('903 rule INT32 (child more than once in Header)', () => {
  it('flags every row of a child listed more than once', () => {
    const flags = runRule(rule, {
      Header: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '101' }, { CHILD: null }, { CHILD: null }],
    });
    expect(flags?.Header).toEqual([0, 2]);
  });
  it('is not run without Header', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
