/**
 * What a reader downloads and what a page pays to start the content script: the raw and gzip
 * sizes of the scripts the manifest injects at page load, and of the packed zips.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_LOADER_PATH, CONTENT_PATHS } from '../../src/platform/content-files.ts';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number | null;
}

export interface BundleSizes {
  contentScripts: Array<{ target: string; files: FileSize[]; raw: number; gzip: number }>;
  zips: FileSize[];
}

function gzipLength(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * The js files every content_scripts entry of a built manifest lists (deduplicated, in order),
 * and, after Chromium's loader, the script it imports at once: the page pays for both.
 */
function injectedScripts(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
  };
  const listed = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
  const loaded = listed.flatMap((file) =>
    `/${file}` === CONTENT_LOADER_PATH ? [file, CONTENT_PATHS.js.slice(1)] : [file],
  );
  return [...new Set(loaded)];
}

export function measureBundles(root: string): BundleSizes {
  const dist = join(root, 'dist');
  const contentScripts = ['chrome', 'firefox']
    .filter((target) => existsSync(join(dist, target, 'manifest.json')))
    .map((target) => {
      const files = injectedScripts(join(dist, target)).map((file): FileSize => {
        const path = join(dist, target, file);
        return { file: `dist/${target}/${file}`, raw: statSync(path).size, gzip: gzipLength(path) };
      });
      return {
        target,
        files,
        raw: files.reduce((n, f) => n + f.raw, 0),
        gzip: files.reduce((n, f) => n + (f.gzip ?? 0), 0),
      };
    });
  // A zip is already compressed: its size on disk is what is downloaded.
  const zips = readdirSync(dist)
    .filter((name) => name.endsWith('.zip'))
    .sort()
    .map((name): FileSize => ({ file: `dist/${name}`, raw: statSync(join(dist, name)).size, gzip: null }));
  return { contentScripts, zips };
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
