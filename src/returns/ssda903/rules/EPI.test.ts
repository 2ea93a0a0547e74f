import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './EPI.ts';

const rule = versions[0]!;

describe('903 rule EPI (child with no episodes)', () => {
  it('flags Header children with neither episodes nor OC3 data', () => {
    const flags = runRule(rule, {
      Header: [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '103' }, { CHILD: '106' }],
      Episodes: [{ CHILD: '101' }, { CHILD: '101' }],
      OC3: [{ CHILD: '103' }],
    });
    expect(flags?.Header).toEqual([1, 3]);
  });
  it('flags every child when no Episodes are loaded', () => {
    expect(runRule(rule, { Header: [{ CHILD: '1' }] })?.Header).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
