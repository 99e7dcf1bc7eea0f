#!/usr/bin/env node
// The one test command (`npm test`): build, type-check, lint, then the unit/integration suite and the
// browser end-to-end suite; ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status === 0;
}

/** A build or static check counts as one test: it either holds or it does not. */
function check(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    console.log(`✗ ${label} failed`);
  }
}

function suite(label, config) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bien-ban-vitest-')), 'report.json');
  const ok = run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!fs.existsSync(report)) {
    failed++;
    console.log(`✗ ${label}: no report (the runner itself failed)`);
    return;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites && !ok && r.numFailedTests === 0 ? 1 : 0);
  if (r.numPendingTests || r.numTodoTests) {
    failed += r.numPendingTests + r.numTodoTests;
    console.log(`✗ ${label}: ${r.numPendingTests + r.numTodoTests} skipped tests count as failures`);
  }
}

check('build (main, preload, CLI, renderer)', 'npm', ['run', '--silent', 'build']);
check('type-check (shared, electron, renderer, tests)', 'npm', ['run', '--silent', 'typecheck']);
check('lint (runtime boundaries)', 'npm', ['run', '--silent', 'lint']);
suite('unit and integration tests', 'vitest.config.mts');
suite('browser end-to-end tests (Chromium against browser mode)', 'vitest.e2e.config.mts');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
