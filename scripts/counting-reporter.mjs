// Writes the real pass/fail counts of a web-test-runner run, per browser, to
// .test-results/wtr.json so that scripts/test.mjs can print one plain summary line.
import { mkdirSync, writeFileSync } from 'node:fs';

function count(suite, into) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) into.skipped++;
    else if (t.passed) into.passed++;
    else into.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, into);
}

export function countingReporter({ file = '.test-results/wtr.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        const name = session.browser.name;
        const c = (byBrowser[name] ??= { passed: 0, failed: 0, skipped: 0, fileErrors: 0 });
        count(session.testResults, c);
        // Each error of a file (one that failed to load, threw outside a test, or did not
        // finish in time) is a failure, counted once; a file that failed with no test result
        // and no error is one failure.
        const errors = session.errors?.length ?? 0;
        const noResults = !session.testResults?.tests?.length && !session.testResults?.suites?.length;
        c.fileErrors += errors || (!session.passed && noResults ? 1 : 0);
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}
