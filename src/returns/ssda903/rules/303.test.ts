import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './303.ts';

describe('903 rule 303 (UASC ceased but not UASC)', () => {
  it('flags a date UASC ceased for a child whose UASC status is not 1', () => {
    const flags = runRule(versions[0]!, {
      UASC: [
        { CHILD: 'A', DUC: '01/06/2025' },
        { CHILD: 'B', DUC: '01/06/2025' },
        { CHILD: 'C', DUC: null },
      ],
      Header: [
        { CHILD: 'A', UASC: '1' },
        { CHILD: 'B', UASC: '0' },
        { CHILD: 'C', UASC: '0' },
      ],
    });
    expect(flags).toEqual({ UASC: [1], Header: [1] });
  });
  it('is not run without a UASC table', () => {
    expect(runRule(versions[0]!, { Header: [{ CHILD: 'A', UASC: '0' }] })).toBeUndefined();
  });
  it('is not run without Header', () => {
    expect(runRule(versions[0]!, { UASC: [{ CHILD: 'A', DUC: '01/06/2025' }] })).toBeUndefined();
  });
});
