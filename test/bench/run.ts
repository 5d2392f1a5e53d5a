/**
 * `npm run bench`: every benchmark, one printed report, the same figures as JSON in
 * .tmp/bench.json and as a README section draft in .tmp/performance-section.md.
 * Figures only: nothing here passes or fails on a number. It exits non-zero only when a
 * measurement could not be taken at all (no browser, no build, a page that never painted).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGlossarySync } from '../../src/cli/load-glossary.ts';
import { launchWithExtension, type BrowserName, type ExtensionSession } from '../e2e/browsers.ts';
import { pathOf } from '../e2e/fixture-paths.ts';
import { startSiteServer, type SiteServer } from '../e2e/site-server.ts';
import { kib, measureBundles, type BundleSizes } from './bundle-size.ts';
import { runCoreBench, type CoreBenchResult } from './core-bench.ts';
import { ensureBuild } from './ensure-build.ts';
import { LONG_ARTICLE_TIMES as LONG_TIMES, longArticle } from './long-article.ts';
import { describeMachine, type Machine } from './machine.ts';
import { AFTER_PAINT_MS, benchPage, type PageBenchResult } from './page-bench.ts';
import { renderPerformanceSection, roundedChange } from './performance-section.ts';
import { formatSpread, spreadOf, type Spread } from './stats.ts';
import { benchBuild, indexBytes } from './bench-build.ts';
import { floorBuild } from './floor-bench.ts';
import { benchGlossarySize, type GlossarySizeResult } from './glossary-size-bench.ts';
import { benchScriptCost, type TraceBenchResult } from './trace-bench.ts';
import { benchUi, CHORD_GAP_MS, popupFloor, type UiBenchResult } from './ui-bench.ts';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const SYNTHETIC_ENTRIES = 10_000;
const SYNTHETIC_ROUNDS = 4;
const SYNTHETIC_TABS = 3;

export interface ChromiumFigures {
  /** Tabs as a reader's, without the CPU profiler: start → painted, stalls, waits. */
  seed: PageBenchResult;
  seed4x: PageBenchResult;
  long: PageBenchResult;
  long4x: PageBenchResult;
  /** The seed again under the CPU profiler, for the extension's own JS (its sampling slows the page). */
  seedProfiled: PageBenchResult;
  seed4xProfiled: PageBenchResult;
}
const CHROMIUM_RUNS = 5;
/** More tabs where a target is read off the median: one slow tab in five moved it by a third. */
const SEED_RUNS = 9;
const LONG_RUNS = 5;
const POPUP_RUNS = 7;
const FIREFOX_RUNS = 3;

export interface BenchReport {
  date: string;
  machine: Machine;
  warnings: string[];
  errors: string[];
  core: CoreBenchResult | null;
  sizes: BundleSizes | null;
  /** The bundled glossary as compact JSON, to show how much of content.js it is. */
  glossaryJsonBytes: number;
  chromium: ChromiumFigures | null;
  /** The same pages with the unminified build, for the CPU profile's breakdown by phase. */
  phases: { seed1x: PageBenchResult; seed4x: PageBenchResult; long4x: PageBenchResult } | null;
  /** The seed with the unminified build against one whose index holds 10,000 synthetic entries more. */
  synthetic: (GlossarySizeResult & { indexBytes: number; plainIndexBytes: number }) | null;
  ui: { at1x: UiBenchResult; at4x: UiBenchResult } | null;
  /**
   * The same profile of a stand-in content script that only walks the DOM and calls the APIs once,
   * and the opening of a stand-in popup whose one small script marks the figures shown at once.
   */
  floor: { at1x: PageBenchResult; at4x: PageBenchResult; popup1x: Spread; popup4x: Spread } | null;
  /** The content script's compile and evaluation, from traces of fresh tabs. */
  scriptCost: { at1x: TraceBenchResult; at4x: TraceBenchResult } | null;
  firefox: { seed: PageBenchResult; long: PageBenchResult } | null;
  longArticle: { times: number; paragraphs: number; htmlBytes: number };
  totalSeconds: number;
}

/**
 * Rejections nobody awaited. Puppeteer's launch does not await extension installation, so a
 * manifest the browser refuses surfaces only here; it is attached to the browser's failure.
 */
const stray: string[] = [];
process.on('unhandledRejection', (reason: unknown) => {
  stray.push(reason instanceof Error ? reason.message : String(reason));
});

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const causes = stray.splice(0);
  return causes.length === 0 ? message : `${message} (earlier: ${causes.join('; ')})`;
}

const log = (text = ''): void => console.log(text);
const indented = (text: string): void => console.log(text.replace(/^/gm, '  '));

function heading(title: string): void {
  log(`\n${title}\n${'─'.repeat(title.length)}`);
}

function printPage(result: PageBenchResult, browser: BrowserName): void {
  log(
    `  ${result.label}${result.throttle > 1 ? ` at ${result.throttle}× CPU throttle` : ''}: ${result.walkedChars.toLocaleString('en')} characters in ${result.textNodes} text nodes under <article>, ${result.marked} marks; ${result.runs.length} fresh tabs`,
  );
  const row = (name: string, value: string): void => log(`    ${name.padEnd(52)} ${value}`);
  row('start → painted (median, min, max)', formatSpread(result.paint));
  row('content script started after', `${formatSpread(result.startAt, 0)} from navigation`);
  row('bare TreeWalker walk (warm mean)', formatSpread(result.walkWarm, 3));
  row('bare walk, first (cold)', formatSpread(result.walkCold, 2));
  row('ratio paint / warm walk', formatSpread(result.ratio, 0, '×'));
  const span = `start → painted + ${AFTER_PAINT_MS} ms`;
  row(`longest main-thread stall, ${span}`, formatSpread(result.stallWhileMarking ?? spreadOf([]), 0));
  row('page asked → read and marked (background; the page waits)', formatSpread(result.marksWait, 1));
  if (result.extensionSelf) {
    row("extension's own main-thread JS (CPU profile)", formatSpread(result.extensionSelf, 1));
    for (const [phase, value] of Object.entries(result.phases ?? {}).sort((a, b) => b[1] - a[1])) {
      row(`  ${phase}`, `${value.toFixed(1)} ms`);
    }
  }
  if (result.longestTaskWhileMarking && result.longestTaskOnPage) {
    row(`longest 'longtask' entry, ${span}`, formatSpread(result.longestTaskWhileMarking, 0));
    row("longest 'longtask' entry, whole load", formatSpread(result.longestTaskOnPage, 0));
  } else {
    row("'longtask' entries", `none: ${browser} has no 'longtask' PerformanceObserver entry type`);
  }
}

async function withBrowser<T>(
  name: BrowserName,
  server: SiteServer,
  report: BenchReport,
  work: (session: ExtensionSession) => Promise<T>,
  dist?: string,
): Promise<T | null> {
  let session: ExtensionSession | undefined;
  try {
    session = await launchWithExtension(name, { proxyPort: server.port, ...(dist ? { dist } : {}) });
    const version = await session.browser.version();
    report.machine.browsers[name] = version;
    log(`  ${version}, headless`);
    return await work(session);
  } catch (error) {
    const message = `${name}: ${describeError(error)}`;
    report.errors.push(message);
    log(`  FAILED: ${message}`);
    return null;
  } finally {
    await session?.close();
  }
}

async function main(): Promise<void> {
  const began = performance.now();
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    warnings: [],
    errors: [],
    core: null,
    sizes: null,
    glossaryJsonBytes: 0,
    chromium: null,
    phases: null,
    floor: null,
    synthetic: null,
    ui: null,
    scriptCost: null,
    firefox: null,
    longArticle: { times: LONG_TIMES, paragraphs: 0, htmlBytes: 0 },
    totalSeconds: 0,
  };

  const stale = await ensureBuild(ROOT, log);
  if (stale) report.warnings.push(stale);

  const m = report.machine;
  log('Lai Châu Reader — bench (figures only, nothing asserted)');
  log(`Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}`);
  for (const warning of report.warnings) log(`WARNING: ${warning}`);

  heading('1. Core: normalize, match terms, find codes (Node, no browser)');
  try {
    report.core = await runCoreBench(indented);
  } catch (error) {
    report.errors.push(`core: ${describeError(error)}`);
    log(`  FAILED: ${report.errors.at(-1)}`);
  }

  heading('2. Sizes of what the page loads at start, and of the packages');
  report.sizes = measureBundles(ROOT);
  for (const target of report.sizes.contentScripts) {
    for (const file of target.files) {
      log(
        `  ${file.file.padEnd(36)} ${kib(file.raw).padStart(11)} raw  ${kib(file.gzip ?? 0).padStart(10)} gzip -9`,
      );
    }
  }
  for (const zip of report.sizes.zips) log(`  ${zip.file.padEnd(36)} ${kib(zip.raw).padStart(11)} (zip)`);
  if (report.sizes.zips.length === 0) log('  no dist/*.zip found (`npm run build` packs them)');
  report.glossaryJsonBytes = Buffer.byteLength(JSON.stringify(loadGlossarySync()), 'utf8');
  log(`  (the glossary alone, as JSON: ${kib(report.glossaryJsonBytes)})`);

  const seedPath = pathOf('article-seed.html');
  const long = longArticle(LONG_TIMES);
  report.longArticle = {
    times: LONG_TIMES,
    paragraphs: long.paragraphs.long,
    htmlBytes: Buffer.byteLength(long.html, 'utf8'),
  };
  const server = await startSiteServer(new Map([[long.path, long.html]]));
  try {
    heading("3. Chromium: start → painted, main thread, the extension's own JavaScript, at 1× and 4× CPU");
    log(
      `  Main-thread stall: the longest gap in a setTimeout(0) heartbeat the page starts before any script. Own JS: self time of chrome-extension:// code in a CPU profile (100 µs sampling).`,
    );
    const longLabel = `Seed article ×${LONG_TIMES} (${long.paragraphs.long} paragraphs, ${kib(report.longArticle.htmlBytes)} of HTML)`;
    report.chromium = await withBrowser('chromium', server, report, async (session) => {
      const seed = await benchPage(session, 'Seed article', seedPath, SEED_RUNS);
      printPage(seed, 'chromium');
      const seed4x = await benchPage(session, 'Seed article', seedPath, SEED_RUNS, 30_000, { throttle: 4 });
      printPage(seed4x, 'chromium');
      const longResult = await benchPage(session, longLabel, long.path, LONG_RUNS, 60_000);
      printPage(longResult, 'chromium');
      const long4x = await benchPage(session, longLabel, long.path, LONG_RUNS, 60_000, { throttle: 4 });
      printPage(long4x, 'chromium');
      log('  The same seed under the CPU profiler, for the own JS:');
      const seedProfiled = await benchPage(session, 'Seed article', seedPath, SEED_RUNS, 30_000, {
        profile: true,
      });
      printPage(seedProfiled, 'chromium');
      const seed4xProfiled = await benchPage(session, 'Seed article', seedPath, SEED_RUNS, 30_000, {
        profile: true,
        throttle: 4,
      });
      printPage(seed4xProfiled, 'chromium');
      return { seed, seed4x, long: longResult, long4x, seedProfiled, seed4xProfiled };
    });

    heading(
      '3a. Chromium: the floors, a stand-in content script that only walks the DOM and calls the APIs, and a stand-in popup',
    );
    const floorDist = await floorBuild(ROOT, join(ROOT, 'dist', 'chrome'));
    report.floor = await withBrowser(
      'chromium',
      server,
      report,
      async (session) => {
        const at1x = await benchPage(session, 'Stand-in', seedPath, SEED_RUNS, 30_000, { profile: true });
        const at4x = await benchPage(session, 'Stand-in', seedPath, SEED_RUNS, 30_000, {
          profile: true,
          throttle: 4,
        });
        for (const r of [at1x, at4x]) {
          log(`  at ${r.throttle}×: own JS ${r.extensionSelf ? formatSpread(r.extensionSelf, 1) : 'n/a'}`);
        }
        const popup1x = await popupFloor(session, POPUP_RUNS, 1);
        const popup4x = await popupFloor(session, POPUP_RUNS, 4);
        log(
          `  stand-in popup, opened → its mark: 1× ${formatSpread(popup1x, 0)}; 4× ${formatSpread(popup4x, 0)}`,
        );
        return { at1x, at4x, popup1x, popup4x };
      },
      floorDist,
    );

    heading("3b. Chromium: the content script's own code in a fresh tab, from a trace (compile, evaluation)");
    report.scriptCost = await withBrowser('chromium', server, report, async (session) => {
      const at1x = await benchScriptCost(session, seedPath, CHROMIUM_RUNS, 1);
      const at4x = await benchScriptCost(session, seedPath, CHROMIUM_RUNS, 4);
      for (const r of [at1x, at4x]) {
        log(
          `  at ${r.throttle}×: compile ${formatSpread(r.compile, 1)}; evaluation (compile and top level) ${formatSpread(r.evaluate, 1)}`,
        );
      }
      return { at1x, at4x };
    });

    heading("4. Chromium: where the extension's time goes (unminified build, same code)");
    const plainDist = await benchBuild(ROOT, 'plain', 0);
    report.phases = await withBrowser(
      'chromium',
      server,
      report,
      async (session) => {
        const seed1x = await benchPage(session, 'Seed article', seedPath, 3, 30_000, { profile: true });
        printPage(seed1x, 'chromium');
        const seed4x = await benchPage(session, 'Seed article', seedPath, 3, 30_000, {
          profile: true,
          throttle: 4,
        });
        printPage(seed4x, 'chromium');
        const long4x = await benchPage(session, longLabel, long.path, 3, 60_000, {
          profile: true,
          throttle: 4,
        });
        printPage(long4x, 'chromium');
        return { seed1x, seed4x, long4x };
      },
      plainDist,
    );

    heading(
      `5. Chromium: the same seed with ${SYNTHETIC_ENTRIES.toLocaleString('en')} synthetic entries more in the index`,
    );
    const syntheticDist = await benchBuild(ROOT, 'synthetic', SYNTHETIC_ENTRIES);
    const sizes = { indexBytes: indexBytes(SYNTHETIC_ENTRIES), plainIndexBytes: indexBytes(0) };
    const ab = await benchGlossarySize(
      (dist, work) => withBrowser('chromium', server, report, work, dist),
      { plain: plainDist, synthetic: syntheticDist, entries: SYNTHETIC_ENTRIES },
      seedPath,
      SYNTHETIC_ROUNDS,
      SYNTHETIC_TABS,
    ).catch((error: unknown) => {
      report.errors.push(`glossary size: ${describeError(error)}`);
      log(`  FAILED: ${report.errors.at(-1)}`);
      return null;
    });
    if (ab) {
      printPage(ab.plain, 'chromium');
      printPage(ab.synthetic, 'chromium');
      const [plain, synthetic] = [ab.plain.extensionSelf?.median, ab.synthetic.extensionSelf?.median];
      log(
        `  index: ${kib(sizes.plainIndexBytes)} → ${kib(sizes.indexBytes)}; content script ${ab.sameContentScript ? 'byte for byte the same in both builds' : 'DIFFERS between the builds'} (the index lives in the background, which marks the text).`,
      );
      if (plain !== undefined && synthetic !== undefined) {
        log(
          `  own JS on the seed, ${ab.rounds} alternating rounds of ${ab.tabsPerRound} tabs per build: ${plain.toFixed(1)} ms → ${synthetic.toFixed(1)} ms (medians), change ${roundedChange(plain, synthetic)} ms`,
        );
      }
      report.synthetic = { ...ab, ...sizes };
    }

    heading('6. Chromium: popup opened → figures shown; card requested → card shown');
    report.ui = await withBrowser('chromium', server, report, async (session) => {
      const at1x = await benchUi(session, seedPath, POPUP_RUNS, 1);
      const at4x = await benchUi(session, seedPath, POPUP_RUNS, 4);
      for (const r of [at1x, at4x]) {
        log(
          `  at ${r.throttle}×: popup → figures ${formatSpread(r.popup, 0)} (${r.popupFigures} figures; from its first script ${formatSpread(r.popupFromScript, 0)}; its document parsed at ${formatSpread(r.popupDocument, 0)}); nothing prepared ${formatSpread(r.popupUnprepared, 0)}; card round trip ${formatSpread(r.card, 1)}; hover, beyond the delay ${formatSpread(r.hoverBeyondDelay, 1)}; keyboard, letter → card (modifiers held ${CHORD_GAP_MS} ms before) ${formatSpread(r.keyboardChord, 1)}`,
        );
      }
      return { at1x, at4x };
    });

    heading('7. Firefox: start → painted, main thread (no CPU throttle or profiler over WebDriver BiDi)');
    report.firefox = await withBrowser('firefox', server, report, async (session) => {
      const seed = await benchPage(session, 'Seed article', seedPath, FIREFOX_RUNS);
      printPage(seed, 'firefox');
      const longResult = await benchPage(session, longLabel, long.path, FIREFOX_RUNS, 60_000);
      printPage(longResult, 'firefox');
      log('    Firefox gives marks and performance.now() in whole milliseconds: the cold walk reads 0.');
      return { seed, long: longResult };
    });
  } finally {
    await server.close();
  }

  for (const reason of stray.splice(0)) report.warnings.push(`unhandled rejection: ${reason}`);
  report.totalSeconds = (performance.now() - began) / 1000;
  const tmp = join(ROOT, '.tmp');
  await mkdir(tmp, { recursive: true });
  await writeFile(join(tmp, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(tmp, 'performance-section.md'), renderPerformanceSection(report));
  log(
    `\nWrote .tmp/bench.json and .tmp/performance-section.md (${report.totalSeconds.toFixed(0)} s in all).`,
  );
  if (report.errors.length > 0) {
    log(
      `\n${report.errors.length} measurement(s) could not be taken:\n${report.errors.map((e) => `  - ${e}`).join('\n')}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
