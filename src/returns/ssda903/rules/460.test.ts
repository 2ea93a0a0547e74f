import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './460.ts';

describe('903 rule 460 (stayed put at 18 but under 18)', () => {
  const rule = versions[0]!;
  it('flags E17 endings before the 18th birthday', () => {
    const flags = runRule(rule, {
      Header: [
        { CHILD: 'a', DOB: '10/06/2007' },
        { CHILD: 'b', DOB: '10/06/2007' },
        { CHILD: 'c', DOB: null },
      ],
      Episodes: [
        { CHILD: 'a', REC: 'E17', DEC: '09/06/2025' },
        { CHILD: 'b', REC: 'E17', DEC: '10/06/2025' },
        { CHILD: 'a', REC: 'E4A', DEC: '09/06/2025' },
        { CHILD: 'c', REC: 'E17', DEC: '09/06/2025' },
        { CHILD: 'z', REC: 'E17', DEC: '09/06/2025' },
      ],
    });
    expect(flags?.Episodes).toEqual([0]);
  });
  it('is not run without Header', () => {
    expect(runRule(rule, { Episodes: [] })).toBeUndefined();
  });
});
