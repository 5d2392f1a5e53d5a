/**
 * `npm test`: every check the project holds itself to, in order, with one summary at the end.
 * A step that cannot run (a missing browser, a failed build) counts as failed, never skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface StepResult {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  seconds: number;
  detail: string;
}

const results: StepResult[] = [];
mkdirSync('.tmp/results', { recursive: true });

function run(command: string, args: string[]): { ok: boolean; output: string; seconds: number } {
  const started = Date.now();
  const child = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: process.env,
  });
  const output = `${child.stdout ?? ''}${child.stderr ?? ''}`;
  process.stdout.write(output);
  return { ok: child.status === 0, output, seconds: (Date.now() - started) / 1000 };
}

function step(name: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const { ok, seconds } = run(command, args);
  results.push({ name, ok, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds, detail: ok ? 'ok' : 'FAILED' });
  return ok;
}

/** Runs a vitest suite and counts its tests from the JSON report, so the summary counts tests, not suites. */
function vitestStep(name: string, args: string[], report: string): void {
  console.log(`\n━━ ${name}: vitest run ${args.join(' ')}`);
  rmSync(report, { force: true });
  const { ok, seconds } = run('npx', ['vitest', 'run', ...args]);
  let passed = 0;
  let failed = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      testResults: Array<{ status: string; assertionResults: unknown[] }>;
    };
    passed = json.numPassedTests;
    // A test file that failed before running any test (a syntax error, a failed beforeAll).
    const brokenFiles = json.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
    // Skipped tests count as failures: nothing here may skip.
    failed = json.numFailedTests + json.numPendingTests + json.numTodoTests + brokenFiles;
  }
  if (!ok && failed === 0) failed = 1;
  results.push({
    name,
    ok: ok && failed === 0 && passed > 0,
    passed,
    failed,
    seconds,
    detail: `${passed} passed, ${failed} failed`,
  });
}

function webExtLintStep(): void {
  console.log('\n━━ web-ext lint (Firefox build): must be 0 errors, 0 warnings');
  const { output, seconds } = run('npx', [
    'web-ext',
    'lint',
    '--source-dir',
    'dist/firefox',
    '--output',
    'json',
    '--no-config-discovery',
  ]);
  let detail = 'could not read web-ext output';
  let ok = false;
  try {
    const json = JSON.parse(output.slice(output.indexOf('{'))) as {
      summary: { errors: number; warnings: number; notices: number };
    };
    const { errors, warnings, notices } = json.summary;
    ok = errors === 0 && warnings === 0;
    detail = `${errors} errors, ${warnings} warnings, ${notices} notices`;
  } catch {
    // keep the failure detail above
  }
  console.log(detail);
  results.push({ name: 'web-ext lint', ok, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds, detail });
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
step('typecheck, core without DOM', 'npx', ['tsc', '-p', 'tsconfig.core.json']);
step('eslint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.']);
step('layers (dependency-cruiser)', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']);
step('dead code (knip)', 'npx', ['knip']);
vitestStep('unit tests', [], '.tmp/results/unit.json');
const built = step('build (chrome + firefox + zips)', 'npm', ['run', 'build', '--silent']);
if (built) {
  webExtLintStep();
  vitestStep(
    'end-to-end (Chromium, Firefox)',
    ['--config', 'test/e2e/vitest.config.ts'],
    '.tmp/results/e2e.json',
  );
} else {
  results.push({
    name: 'web-ext lint',
    ok: false,
    passed: 0,
    failed: 1,
    seconds: 0,
    detail: 'not run: build failed',
  });
  results.push({
    name: 'end-to-end',
    ok: false,
    passed: 0,
    failed: 1,
    seconds: 0,
    detail: 'not run: build failed',
  });
}

console.log('\n━━ Summary');
for (const r of results) {
  console.log(
    `${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(34)} ${r.detail.padEnd(36)} ${r.seconds.toFixed(1)} s`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
