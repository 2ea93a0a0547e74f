import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT35.ts';

const rule = versions[0]!;

describe('903 rule INT35 (child more than once in PrevPerm)', () => {
  it('flags every row of a child listed more than once', () => {
    const flags = runRule(rule, {
      PrevPerm: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '101' }, { CHILD: null }, { CHILD: null }],
    });
    expect(flags?.PrevPerm).toEqual([0, 2]);
  });
  it('is not run without PrevPerm', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
