import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './704.ts';

describe('903 rule 704 (DoLO ends outside the collection year)', () => {
  it('flags an end before 1 April or after 31 March, not on the boundaries', () => {
    const flags = runRule(versions[0]!, {
      DoLo: [
        { DOLO_END: '01/04/2025' },
        { DOLO_END: '31/03/2026' },
        { DOLO_END: '31/03/2025' },
        { DOLO_END: '01/04/2026' },
        { DOLO_END: null },
      ],
    });
    expect(flags?.DoLo).toEqual([2, 3]);
  });
  it('is not run without DoLo', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
