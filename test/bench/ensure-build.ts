/** The bench measures the built extension: build it when dist/ is missing, warn when it is older than src/. */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = ['dist/chrome/manifest.json', 'dist/firefox/manifest.json'];

function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function runBuild(root: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    child.on('error', (error) => fail(new Error(`could not start \`npm run build\`: ${error.message}`)));
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`\`npm run build\` failed (exit code ${code ?? 'none'})`)),
    );
  });
}

/** Returns a warning to print, or null. */
export async function ensureBuild(root: string, log: (text: string) => void): Promise<string | null> {
  const missing = BUILT.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    log(`dist/ is missing ${missing.join(', ')}: running \`npm run build\`…`);
    await runBuild(root);
    return null;
  }
  const builtAt = Math.min(...BUILT.map((file) => statSync(join(root, file)).mtimeMs));
  return newestUnder(join(root, 'src')) > builtAt
    ? 'dist/ is older than src/: these figures are for the last build (run `npm run build` to refresh).'
    : null;
}
