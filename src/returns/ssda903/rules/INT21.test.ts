import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './INT21.ts';

const rule = versions[0]!;

describe('903 rule INT21 (SEX in UASC differs from Header)', () => {
  it('flags a SEX that differs from the Header, ignoring blanks and unknown children', () => {
    const flags = runRule(rule, {
      Header: [
        { CHILD: '101', SEX: 'M' },
        { CHILD: '102', SEX: null },
        { CHILD: '103', SEX: 'M' },
      ],
      UASC: [
        { CHILD: '101', SEX: 'M' },
        { CHILD: '102', SEX: 'F' },
        { CHILD: '103', SEX: 'F' },
        { CHILD: '105', SEX: 'F' },
      ],
    });
    expect(flags?.UASC).toEqual([2]);
  });
  it('is not run without the Header', () => {
    expect(runRule(rule, { UASC: [] })).toBeUndefined();
  });
});
