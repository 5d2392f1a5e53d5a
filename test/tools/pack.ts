/** Zips each build into a store-ready archive: dist/<name>-<browser>-<version>.zip. */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function pack(dist: string, target: string, name: string, version: string): Promise<string> {
  const source = join(dist, target);
  const files: Zippable = {};
  for (const file of (await filesUnder(source)).sort()) {
    // A fixed date keeps the archive the same from one build to the next.
    files[relative(source, file)] = [await readFile(file), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  const out = join(dist, `${name}-${target}-${version}.zip`);
  await writeFile(out, zipSync(files, { level: 9 }));
  return out;
}

const { name, version } = JSON.parse(await readFile('package.json', 'utf8')) as {
  name: string;
  version: string;
};
for (const target of ['chrome', 'firefox']) {
  console.log(`packed ${await pack('dist', target, name, version)}`);
}
