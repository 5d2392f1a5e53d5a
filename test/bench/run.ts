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
import { longArticle } from './long-article.ts';
import { describeMachine, type Machine } from './machine.ts';
import { AFTER_PAINT_MS, benchPage, type PageBenchResult } from './page-bench.ts';
import { renderPerformanceSection } from './performance-section.ts';
import { formatSpread, spreadOf } from './stats.ts';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const LONG_TIMES = 50;
const CHROMIUM_RUNS = 5;
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
  chromium: { seed: PageBenchResult; long: PageBenchResult } | null;
  firefox: { seed: PageBenchResult } | null;
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
    `  ${result.label}: ${result.walkedChars.toLocaleString('en')} characters in ${result.textNodes} text nodes under <article>, ${result.marked} marks; ${result.runs.length} fresh tabs`,
  );
  const row = (name: string, value: string): void => log(`    ${name.padEnd(52)} ${value}`);
  row('start → painted (median, min, max)', formatSpread(result.paint));
  row('content script started after', `${formatSpread(result.startAt, 0)} from navigation`);
  row('bare TreeWalker walk (warm mean)', formatSpread(result.walkWarm, 3));
  row('bare walk, first (cold)', formatSpread(result.walkCold, 2));
  row('ratio paint / warm walk', formatSpread(result.ratio, 0, '×'));
  const span = `start → painted + ${AFTER_PAINT_MS} ms`;
  row(`longest main-thread stall, ${span}`, formatSpread(result.stallWhileMarking ?? spreadOf([]), 0));
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
): Promise<T | null> {
  let session: ExtensionSession | undefined;
  try {
    session = await launchWithExtension(name, { proxyPort: server.port });
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
    heading('3. Chromium: content-script start → terms painted, bare walk, main thread');
    log(
      `  Main-thread stall: the longest gap in a setTimeout(0) heartbeat the page starts before any script; long tasks (≥ 50 ms, 0 = none) from PerformanceObserver 'longtask'.`,
    );
    report.chromium = await withBrowser('chromium', server, report, async (session) => {
      const seed = await benchPage(session, 'Seed article', seedPath, CHROMIUM_RUNS);
      printPage(seed, 'chromium');
      const longResult = await benchPage(
        session,
        `Seed article ×${LONG_TIMES} (${long.paragraphs.long} paragraphs, ${kib(report.longArticle.htmlBytes)} of HTML)`,
        long.path,
        CHROMIUM_RUNS,
        60_000,
      );
      printPage(longResult, 'chromium');
      const missed = [seed, longResult].some(
        (r) => (r.stallWhileMarking?.median ?? 0) > (r.longestTaskWhileMarking?.median ?? 0) + 100,
      );
      if (missed) {
        log("  Note: the stall is far longer than any 'longtask' entry: Chromium does not report the");
        log("  extension's content-script work as long tasks, so the heartbeat is the figure to read.");
      }
      return { seed, long: longResult };
    });

    heading('4. Firefox: content-script start → terms painted');
    report.firefox = await withBrowser('firefox', server, report, async (session) => {
      const seed = await benchPage(session, 'Seed article', seedPath, FIREFOX_RUNS);
      printPage(seed, 'firefox');
      log('    Firefox gives marks and performance.now() in whole milliseconds: the cold walk reads 0.');
      return { seed };
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
