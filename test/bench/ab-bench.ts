/**
 * `npm run bench:ab -- <build A> <build B> [...]`: the same fresh-tab measurements on two or more
 * Chromium builds, taken in alternating rounds so that the machine's load falls on each alike.
 * A change to how the content script loads is judged by this, not by two `npm run bench` runs,
 * whose figures move more from run to run than most changes do. Figures only, like the bench.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from '../e2e/browsers.ts';
import { pathOf } from '../e2e/fixture-paths.ts';
import { startSiteServer } from '../e2e/site-server.ts';
import { longArticle } from './long-article.ts';
import { pageRuns, type PageRun, type RunOptions } from './page-bench.ts';
import { formatSpread, spreadOf } from './stats.ts';

const ROUNDS = Number(process.env.LAICHAU_AB_ROUNDS ?? 2);
const TABS = Number(process.env.LAICHAU_AB_TABS ?? 5);
const LONG_TIMES = 50;

interface Measure {
  label: string;
  path: 'seed' | 'long';
  options: RunOptions;
  read: (run: PageRun) => number | null | undefined;
}

const MEASURES: readonly Measure[] = [
  { label: 'seed ×50 4×: stall', path: 'long', options: { throttle: 4 }, read: (r) => r.stallWhileMarking },
  { label: 'seed ×50 4×: start → painted', path: 'long', options: { throttle: 4 }, read: (r) => r.paintMs },
  { label: 'seed 4×: stall', path: 'seed', options: { throttle: 4 }, read: (r) => r.stallWhileMarking },
  { label: 'seed 4×: start → painted', path: 'seed', options: { throttle: 4 }, read: (r) => r.paintMs },
  { label: 'seed 1×: own JS', path: 'seed', options: { profile: true }, read: (r) => r.extension?.selfMs },
  {
    label: 'seed 4×: own JS',
    path: 'seed',
    options: { profile: true, throttle: 4 },
    read: (r) => r.extension?.selfMs,
  },
];

const builds = process.argv.slice(2).map((dir) => resolve(dir));
if (builds.length < 2 || builds.some((dir) => !existsSync(join(dir, 'manifest.json')))) {
  console.error('Usage: npm run bench:ab -- <build A> <build B> [...], each a folder with a manifest.json.');
  process.exit(2);
}

const long = longArticle(LONG_TIMES);
const server = await startSiteServer(new Map([[long.path, long.html]]));
const paths = { seed: pathOf('article-seed.html'), long: long.path };
// figures[build][measure] = every tab's value, over all rounds.
const figures = builds.map(() => MEASURES.map((): number[] => []));

try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [b, dist] of builds.entries()) {
      const session = await launchWithExtension('chromium', { proxyPort: server.port, dist });
      try {
        for (const [m, measure] of MEASURES.entries()) {
          const runs = await pageRuns(session, paths[measure.path], TABS, 60_000, measure.options);
          for (const run of runs) {
            const value = measure.read(run);
            if (value != null) figures[b]?.[m]?.push(value);
          }
        }
      } finally {
        await session.close();
      }
    }
  }
} finally {
  await server.close();
}

console.log(`${ROUNDS} rounds × ${TABS} fresh tabs per build and measure; medians with min–max.`);
for (const [m, measure] of MEASURES.entries()) {
  console.log(measure.label);
  for (const [b, dist] of builds.entries()) {
    console.log(`  ${dist}: ${formatSpread(spreadOf(figures[b]?.[m] ?? []))}`);
  }
}
process.exit(0);
