import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './709.ts';

const rule = versions[0]!;

describe('903 rule 709 (unexpected placement during a DoLO)', () => {
  it('flags DoLOs overlapping an episode in the placement, and the episode', () => {
    const flags = runRule(rule, {
      DoLo: [
        { CHILD: '1', DOLO_START: '02/01/2026', DOLO_END: '03/01/2026' },
        { CHILD: '1', DOLO_START: '31/12/2025', DOLO_END: '01/01/2026' },
        { CHILD: '1', DOLO_START: '04/01/2026', DOLO_END: '05/01/2026' },
        { CHILD: '1', DOLO_START: '25/12/2025', DOLO_END: '31/12/2025' },
        { CHILD: '1', DOLO_START: '05/01/2026', DOLO_END: '07/01/2026' },
        { CHILD: '1', DOLO_START: '02/01/2026', DOLO_END: null },
        { CHILD: '2', DOLO_START: '02/01/2026', DOLO_END: '03/01/2026' },
        { CHILD: '3', DOLO_START: '02/02/2026', DOLO_END: '03/02/2026' },
      ],
      Episodes: [
        { CHILD: '1', DECOM: '01/01/2026', DEC: '04/01/2026', PLACE: 'P' },
        { CHILD: '1', DECOM: '01/01/2026', DEC: '04/01/2026', PLACE: 'K2' },
        { CHILD: '2', DECOM: '01/01/2026', DEC: '04/01/2026', PLACE: 'K2' },
        { CHILD: '3', DECOM: '01/01/2026', DEC: null, PLACE: 'P' },
      ],
    });
    expect(flags).toEqual({ DoLo: [0, 1, 2, 7], Episodes: [0, 3] });
  });
  it('is not run without Episodes', () => {
    expect(runRule(rule, { DoLo: [] })).toBeUndefined();
  });
});
