import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './1000.ts';

const rule = versions[0]!;

describe('903 rule 1000 (care leaver data for a child who died in care)', () => {
  const Episodes = [
    { CHILD: '104', REC: 'X1' },
    { CHILD: '105', REC: 'E2' },
  ];
  const OC3 = [{ CHILD: '101' }, { CHILD: '102' }, { CHILD: '103' }, { CHILD: '104' }, { CHILD: '105' }];
  it('flags OC3 children whose episode ended E2 this year or last', () => {
    const flags = runRule(rule, {
      Episodes,
      OC3,
      Episodes_last: [
        { CHILD: '101', REC: 'X1' },
        { CHILD: '102', REC: 'E2' },
        { CHILD: '103', REC: 'E4A' },
      ],
    });
    expect(flags?.OC3).toEqual([1, 4]);
  });
  it("uses this year's episodes alone when last year is not loaded", () => {
    expect(runRule(rule, { Episodes, OC3 })?.OC3).toEqual([4]);
  });
  it('is not run without OC3', () => {
    expect(runRule(rule, { Episodes })).toBeUndefined();
  });
});
