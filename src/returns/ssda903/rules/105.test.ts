import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './105.ts';

describe('903 rule 105 (UASC status)', () => {
  it('in an XML return, accepts 0 and 1 and flags blanks and other values', () => {
    const flags = runRule(
      versions[0]!,
      {
        Header: [{ UASC: '0' }, { UASC: '1' }, { UASC: '1.0' }, { UASC: '' }, { UASC: null }, { UASC: '2' }],
      },
      { fileFormat: 'xml' },
    );
    expect(flags?.Header).toEqual([3, 4, 5]);
  });
  it('does not run on a CSV return, where kith derives UASC itself', () => {
    expect(runRule(versions[0]!, { Header: [{ UASC: '2' }] })).toBeUndefined();
  });
  it('is not run without a Header table', () => {
    expect(runRule(versions[0]!, {})).toBeUndefined();
  });
});
