// Sums the test reports into the one totals line CI ends with. A failed step whose report
// does not already show a failing test (lint, typecheck, build, a crashed runner) counts as one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [reportsDir, ...failedSteps] = process.argv.slice(2);
const reportOfStep = {
  'tests on PGlite': 'vitest-pglite.json',
  'tests on PostgreSQL': 'vitest-postgres.json',
  'browser tests': 'e2e.json',
};

function readReport(name) {
  const file = path.join(reportsDir, name);
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats) {
    const { expected, flaky, unexpected, skipped } = report.stats;
    return { passed: expected + flaky, failed: unexpected, skipped };
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const name of Object.values(reportOfStep)) {
  const counts = readReport(name);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}
for (const step of failedSteps) {
  const report = reportOfStep[step];
  if (!report || readReport(report).failed === 0) totals.failed += 1;
}

const { passed, failed, skipped } = totals;
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
