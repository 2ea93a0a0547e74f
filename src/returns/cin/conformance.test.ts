import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../common/conformance.ts';
import { runConformanceCin } from './conformance.ts';

const dir = new URL('../../../../shared/reference/cin/conformance/', import.meta.url).pathname;

describe.skipIf(!existsSync(dir))('CIN census conformance suite (shared/reference)', () => {
  it('passes every recorded case', () => {
    const report = runConformanceCin(dir);
    if (report.failed > 0) console.log(formatReport(report));
    expect(report.passed).toBeGreaterThan(0);
    expect(report.failed).toBe(0);
  });
});
