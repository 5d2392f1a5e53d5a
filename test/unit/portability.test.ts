/**
 * The project must run from any clone: nothing it ships or tests may read a file outside the
 * repository. This scans every source, test and config file for absolute paths into the
 * machine it was written on, and for paths that climb out of the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['src', 'test', '.ci', 'vite.config.ts', 'vitest.config.ts', 'package.json', 'tsconfig.json'];
const TEXT = /\.(ts|js|json|sh|html|md)$|^run$/;

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.tmp')) return [];
    return filesUnder(join(path, name));
  });
}

const FORBIDDEN: readonly RegExp[] = [/\/work\//, /\.\.\/shared\//];

describe('portability', () => {
  const files = SCANNED.flatMap(filesUnder).filter((f) => TEXT.test(f.split('/').pop() ?? ''));

  it('scans a real tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no file names a path outside the repository', () => {
    const offenders = files.flatMap((file) => {
      if (relative('test/unit', file) === 'portability.test.ts') return [];
      const text = readFileSync(join(ROOT, file), 'utf8');
      return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`);
    });
    expect(offenders).toEqual([]);
  });
});
