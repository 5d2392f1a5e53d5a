/**
 * Builds Chromium variants of the extension for the bench alone, under .tmp/bench-build/: one
 * with the content script unminified (so the CPU profile names its functions), and one whose
 * match index carries synthetic entries besides the glossary (to show the page's cost does not
 * grow with the glossary). The knobs are read by vite.config.ts; a shipped build sets none.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadGlossarySync } from '../../src/cli/load-glossary.ts';
import { compileMatchIndex } from '../../src/core/match-index.ts';
import { syntheticEntries } from './synthetic-entries.ts';

export async function benchBuild(root: string, name: string, syntheticEntries: number): Promise<string> {
  const outDir = join(root, '.tmp', 'bench-build', name);
  await new Promise<void>((done, fail) => {
    const child = spawn('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        LAICHAU_BENCH_OUT_DIR: outDir,
        LAICHAU_BENCH_MINIFY: '0',
        LAICHAU_BENCH_SYNTHETIC_ENTRIES: String(syntheticEntries),
      },
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`bench build ${name} failed (${code})`)),
    );
  });
  return join(outDir, 'chrome');
}

/** Bytes of the match index, as JSON, for the glossary plus `syntheticCount` synthetic entries. */
export function indexBytes(syntheticCount: number): number {
  const index = compileMatchIndex([...loadGlossarySync(), ...syntheticEntries(syntheticCount)]);
  return Buffer.byteLength(JSON.stringify(index), 'utf8');
}
