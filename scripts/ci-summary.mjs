// Prints Vitest's JSON results as the plain closing line CI reads: "N passed, M failed[, K skipped]".
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const total = args.includes('--total');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of args.filter((a) => !a.startsWith('--'))) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(
  `${total ? 'total: ' : ''}${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exitCode = failed > 0 ? 1 : 0;
