import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../common/conformance.ts';
import { runConformance903 } from './conformance.ts';

const dir = new URL('../../../../shared/reference/ssda903/conformance/', import.meta.url).pathname;

describe.skipIf(!existsSync(dir))('SSDA903 conformance suite (shared/reference)', () => {
  it('passes every recorded case', () => {
    const report = runConformance903(dir);
    if (report.failed > 0) console.log(formatReport(report));
    expect(report.passed).toBeGreaterThan(0);
    expect(report.failed).toBe(0);
  });
});
