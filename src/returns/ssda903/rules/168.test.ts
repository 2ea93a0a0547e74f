import { describe, expect, it } from 'vitest';
import { runRule } from '../testing.ts';
import { versions } from './168.ts';

describe('903 rule 168 (UPN format)', () => {
  it('accepts real UPNs and UN1-UN5, flags others, ignores blanks', () => {
    const upns = [
      'A123456789012',
      'A12345678901B',
      'UN5',
      'I123456789012',
      'A1234567890',
      'UN6',
      'a123456789012',
      null,
    ];
    const flags = runRule(versions[0]!, { Header: upns.map((UPN) => ({ UPN })) });
    expect(flags?.Header).toEqual([3, 4, 5, 6]);
  });
});
