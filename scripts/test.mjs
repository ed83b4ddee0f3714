// The whole test suite, as README and .ci/run call it: `npm test`.
// Static checks, unit tests, the production build, API + realtime tests over HTTP on PGlite, on a
// throwaway PostgreSQL cluster and against the development server, the sandbox suite, and
// Playwright in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'codemeet-test-'));
const only = process.argv.slice(2);

let passed = 0;
let failed = 0;
const failures = [];
// Failed tests by name with the start of their message: printed last, so the tail of a CI log
// says what failed and not only which step.
const failedTests = [];
const firstLines = (message, count = 6) =>
  String(message ?? '')
    .split('\n')
    .slice(0, count)
    .join('\n    ');

function vitestCounts(step, file) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    const where = path.relative(root, suite.name);
    const failedHere = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedHere) failedTests.push({ step, name: `${where} › ${test.fullName}`, message: test.failureMessages?.[0] });
    if (!failedHere.length && suite.status === 'failed') failedTests.push({ step, name: where, message: suite.message });
  }
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTestSuites === 0 ? 1 : 0) };
}

function playwrightCounts(step, file) {
  const { stats, suites } = JSON.parse(fs.readFileSync(file, 'utf8'));
  const visit = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'unexpected' || test.status === 'flaky') {
          const result = test.results?.find((r) => r.status !== 'passed');
          failedTests.push({ step, name: `${spec.file}:${spec.line} › ${spec.title}`, message: result?.error?.message });
        }
    for (const inner of suite.suites ?? []) visit(inner);
  };
  for (const suite of suites ?? []) visit(suite);
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky };
}

const steps = [
  { name: 'format', cmd: [bin('prettier'), '--check', '.'] },
  { name: 'lint', cmd: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'typecheck', cmd: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'unit', vitest: 'unit' },
  { name: 'build', cmd: ['npm', 'run', 'build'], gate: true },
  { name: 'api-pglite', vitest: 'api', env: { TEST_DB: 'pglite' } },
  { name: 'api-postgres', vitest: 'api', env: { TEST_DB: 'postgres' } },
  // The same API tests against the server as `npm run dev` runs it (Next in development mode).
  { name: 'api-dev', vitest: 'api', env: { TEST_SERVER: 'dev' } },
  { name: 'sandbox', vitest: 'sandbox' },
  { name: 'e2e', playwright: true },
];

for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  const report = path.join(reports, `${step.name}.json`);
  let cmd = step.cmd;
  const env = { ...process.env, ...step.env };
  if (step.vitest)
    cmd = [bin('vitest'), 'run', '--project', step.vitest, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  if (step.playwright) {
    cmd = [bin('playwright'), 'test', '--reporter=list,json'];
    env.PLAYWRIGHT_JSON_OUTPUT_NAME = report;
  }
  console.log(`\n━━ ${step.name}: ${cmd.map((c) => path.relative(root, c) || c).join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd[0], cmd.slice(1), { cwd: root, env, stdio: 'inherit' });
  const ok = result.status === 0;
  console.log(
    `━━ ${step.name}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (step.vitest || step.playwright) {
    const counts = fs.existsSync(report)
      ? step.vitest
        ? vitestCounts(step.name, report)
        : playwrightCounts(step.name, report)
      : { passed: 0, failed: 1 };
    passed += counts.passed;
    failed += counts.failed || (ok ? 0 : 1);
  } else if (ok) {
    passed += 1;
  } else {
    failed += 1;
  }
  if (!ok) {
    failures.push(step.name);
    if (step.gate) break;
  }
}

fs.rmSync(reports, { recursive: true, force: true });
for (const test of failedTests) console.log(`\n✗ [${test.step}] ${test.name}\n    ${firstLines(test.message)}`);
if (failures.length) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
