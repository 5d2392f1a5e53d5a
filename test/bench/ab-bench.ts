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
import { LONG_ARTICLE_TIMES, longArticle } from './long-article.ts';
import { pageRuns, type PageRun, type RunOptions } from './page-bench.ts';
import { formatSpread, spreadOf } from './stats.ts';

const ROUNDS = Number(process.env.LAICHAU_AB_ROUNDS ?? 2);
const TABS = Number(process.env.LAICHAU_AB_TABS ?? 5);

interface Figure {
  label: string;
  read: (run: PageRun) => number | null | undefined;
}

/** One set of fresh tabs per page and setting; every figure it gives is read from the same tabs. */
interface TabSet {
  path: 'seed' | 'long';
  options: RunOptions;
  figures: readonly Figure[];
}

const stall: Figure = { label: 'stall', read: (r) => r.stallWhileMarking };
const painted: Figure = { label: 'start → painted', read: (r) => r.paintMs };
const ownJs: Figure = { label: 'own JS', read: (r) => r.extension?.selfMs };

const TAB_SETS: readonly TabSet[] = [
  { path: 'long', options: { throttle: 4 }, figures: [stall, painted] },
  { path: 'seed', options: { throttle: 4 }, figures: [stall, painted] },
  { path: 'seed', options: { profile: true }, figures: [ownJs] },
  { path: 'seed', options: { profile: true, throttle: 4 }, figures: [ownJs] },
];

const labelOf = (set: TabSet, figure: Figure): string =>
  `${set.path === 'long' ? `seed ×${LONG_ARTICLE_TIMES}` : 'seed'} ${set.options.throttle ?? 1}×: ${figure.label}`;

const builds = process.argv.slice(2).map((dir) => resolve(dir));
if (builds.length < 2 || builds.some((dir) => !existsSync(join(dir, 'manifest.json')))) {
  console.error('Usage: npm run bench:ab -- <build A> <build B> [...], each a folder with a manifest.json.');
  process.exit(2);
}

const long = longArticle(LONG_ARTICLE_TIMES);
const server = await startSiteServer(new Map([[long.path, long.html]]));
const paths = { seed: pathOf('article-seed.html'), long: long.path };
// For each build, each figure's label → every tab's value, over all rounds.
const figures = builds.map(() => new Map<string, number[]>());

try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [b, dist] of builds.entries()) {
      const session = await launchWithExtension('chromium', { proxyPort: server.port, dist });
      try {
        for (const set of TAB_SETS) {
          const runs = await pageRuns(session, paths[set.path], TABS, 60_000, set.options);
          for (const figure of set.figures) {
            const values = runs.map(figure.read).filter((value): value is number => value != null);
            const kept = figures[b]?.get(labelOf(set, figure)) ?? [];
            figures[b]?.set(labelOf(set, figure), [...kept, ...values]);
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

console.log(`${ROUNDS} rounds × ${TABS} fresh tabs per build and setting; medians with min–max.`);
for (const set of TAB_SETS) {
  for (const figure of set.figures) {
    console.log(labelOf(set, figure));
    for (const [b, dist] of builds.entries()) {
      console.log(`  ${dist}: ${formatSpread(spreadOf(figures[b]?.get(labelOf(set, figure)) ?? []))}`);
    }
  }
}
process.exit(0);
