import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './706.ts';

const rule = versions[0]!;

describe('903 rule 706 (open DoLO last year not carried over)', () => {
  it("reports last year's open DoLOs with no DoLO starting on the same day this year", () => {
    const flags = runRule(rule, {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/01/2026' },
        { CHILD: '2', DOLO_START: '03/01/2025' },
      ],
      DoLo_last: [
        { CHILD: '1', DOLO_START: '01/01/2025', DOLO_END: '02/01/2025' },
        { CHILD: '1', DOLO_START: '03/01/2025', DOLO_END: null },
        { CHILD: '2', DOLO_START: '3/1/2025', DOLO_END: null },
        { CHILD: '3', DOLO_START: '01/03/2025', DOLO_END: null },
      ],
    });
    expect(flags).toEqual({ DoLo_last: [1, 3] });
  });
  it("is not run without last year's DoLo", () => {
    expect(runRule(rule, { DoLo: [] })).toBeUndefined();
  });
});
