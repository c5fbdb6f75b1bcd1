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
        // A test file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) c.fileErrors++;
        if (session.errors?.length) c.fileErrors += session.errors.length;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}
