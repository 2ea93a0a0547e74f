import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './705.ts';

const rule = versions[0]!;

describe('903 rule 705 (DoLO starts while the previous one is open)', () => {
  it('flags a DoLO starting before an earlier one ended or while one has no end', () => {
    const flags = runRule(rule, {
      DoLo: [
        { CHILD: '1', DOLO_START: '01/01/2026', DOLO_END: '02/01/2026' },
        { CHILD: '1', DOLO_START: '04/01/2026', DOLO_END: '04/01/2026' },
        { CHILD: '1', DOLO_START: '03/01/2026', DOLO_END: '06/01/2026' },
        { CHILD: '2', DOLO_START: '01/01/2026', DOLO_END: null },
        { CHILD: '2', DOLO_START: '02/01/2026', DOLO_END: '02/01/2026' },
        { CHILD: '3', DOLO_START: '01/01/2026', DOLO_END: '02/01/2026' },
        { CHILD: '3', DOLO_START: '02/01/2026', DOLO_END: null },
        { CHILD: '4', DOLO_START: null, DOLO_END: null },
        { CHILD: '4', DOLO_START: '02/01/2026', DOLO_END: null },
      ],
    });
    expect(flags?.DoLo).toEqual([1, 4]);
  });
  it('is not run without DoLo', () => {
    expect(runRule(rule, {})).toBeUndefined();
  });
});
