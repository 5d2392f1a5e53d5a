/**
 * In-browser figures: how long the content script takes from its start mark to its painted
 * mark on a real page, beside a bare walk over the same article's text nodes, and the longest
 * main-thread task while it marks. Every run opens a fresh tab; nothing is asserted.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from '../e2e/browsers.ts';
import { extensionTime, type CdpProfile, type ExtensionTime } from './cpu-profile.ts';
import { spreadOf, type Spread } from './stats.ts';

/** How a run is measured beyond the marks: Chromium only, through CDP. */
export interface RunOptions {
  /** CPU slow-down factor (Emulation.setCPUThrottlingRate): 4 is a mid-range phone. */
  throttle?: number;
  /** Record a CPU profile and read the extension's own main-thread time from it. */
  profile?: boolean;
}

/** What one fresh tab measured. */
export interface PageRun {
  /** ms after navigation start at which the content script began (run_at document_idle). */
  startAt: number;
  /** painted − start, ms. */
  paintMs: number;
  marked: number;
  /** Ranges in the dotted highlight once painted (a cross-check of `marked`). */
  highlighted: number;
  /** Characters the bare walk collected. */
  walkedChars: number;
  textNodes: number;
  /** The first (cold) walk, and the mean of repeated warm walks, ms. */
  walkColdMs: number;
  walkWarmMs: number;
  /**
   * Longest 'longtask' entry overlapping start → painted (+ AFTER_PAINT_MS), and the longest
   * seen at all; null when none (or unsupported).
   */
  longestTaskWhileMarking: number | null;
  longestTaskOnPage: number | null;
  longTaskSupported: boolean;
  /** Longest gap between heartbeats overlapping start → painted (+ AFTER_PAINT_MS), ms. */
  stallWhileMarking: number | null;
  /** The first request for marks → its answer, ms: the background's marking, as the page waits for it. */
  marksWaitMs: number;
  /** From the CPU profile, when one was taken. */
  extension: ExtensionTime | null;
}

export interface PageBenchResult {
  label: string;
  path: string;
  runs: PageRun[];
  paint: Spread;
  startAt: Spread;
  walkWarm: Spread;
  walkCold: Spread;
  /** paint time / warm walk time, per run. */
  ratio: Spread;
  longestTaskWhileMarking: Spread | null;
  longestTaskOnPage: Spread | null;
  longTaskSupported: boolean;
  stallWhileMarking: Spread | null;
  marksWait: Spread;
  marked: number;
  walkedChars: number;
  textNodes: number;
  throttle: number;
  /** The extension's own main-thread JavaScript (CPU profile self time), ms. */
  extensionSelf: Spread | null;
  /** Its median by phase, ms. */
  phases: Record<string, number> | null;
}

/**
 * The names src/content/reader.ts exports as PERF_MARKS. Copied, not imported: importing the
 * content script pulls in webextension-polyfill, which refuses to load outside an extension.
 */
export const PERF_MARKS = {
  start: 'laichau-reader:start',
  painted: 'laichau-reader:painted',
  // And MARKING_MARKS of src/content/marks-from-background.ts.
  asked: 'laichau-reader:marks-asked',
  answered: 'laichau-reader:marks-answered',
} as const;

/** The highlights are rendered after the painted mark; the window for main-thread figures runs this long past it. */
export const AFTER_PAINT_MS = 500;

const MAIN_THREAD_KEY = '__laichauBenchMainThread';

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in a `__name(…)`
 * helper that exists only in Node. Functions sent into the page need a stand-in there.
 */
const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/**
 * Registered before any page script or content script runs, so nothing is missed: the long-task
 * observer (Chromium), and a heartbeat, a setTimeout(0) chain whose gaps show how long the
 * main thread was unavailable to the page. The heartbeat exists because Chromium's 'longtask'
 * entries leave out the content script's own work (seen while writing this bench: a 1.3 s gap
 * in the heartbeat with no long task reported), and because Firefox has no 'longtask' at all.
 * Runs in the page; it must be self-contained.
 */
function observeMainThread(key: string): void {
  const store = {
    longTasks: [] as Array<{ startTime: number; duration: number }>,
    beats: [] as number[],
    stop: false,
  };
  (window as unknown as Record<string, unknown>)[key] = store;
  const beat = (): void => {
    const now = performance.now();
    store.beats.push(now);
    if (!store.stop && now < 60_000) setTimeout(beat, 0);
  };
  beat();
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      store.longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

interface InPage {
  start: number;
  painted: number;
  marksWait: number;
  marked: number;
  highlighted: number;
  walkedChars: number;
  textNodes: number;
  walkColdMs: number;
  walkWarmMs: number;
  longTaskSupported: boolean;
  longTasks: Array<{ startTime: number; duration: number }>;
  beats: number[];
}

/** Reads the marks and times the bare walk, in the page (self-contained). */
function readPage(names: typeof PERF_MARKS, key: string): InPage {
  const start = performance.getEntriesByName(names.start, 'mark')[0];
  const at = (name: string): number => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
  const painted = performance.getEntriesByName(names.painted, 'mark')[0] as PerformanceMark | undefined;
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  let textNodes = 0;
  const walk = (): string => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    textNodes = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      parts.push((node as Text).data);
      textNodes++;
    }
    return parts.join('');
  };
  const t0 = performance.now();
  const walkedChars = walk().length;
  const walkColdMs = performance.now() - t0;
  // Timers are coarse (≈0.1 ms in Chromium, 1 ms in Firefox): repeat the walk and take the mean.
  let reps = 0;
  const t1 = performance.now();
  do {
    walk();
    reps++;
  } while (performance.now() - t1 < 150 && reps < 5000);
  const walkWarmMs = (performance.now() - t1) / reps;
  const detail = painted?.detail as { marked?: number } | null | undefined;
  const store = (
    window as unknown as Record<
      string,
      { longTasks: InPage['longTasks']; beats: number[]; stop: boolean } | undefined
    >
  )[key];
  if (store) store.stop = true;
  return {
    start: start?.startTime ?? Number.NaN,
    painted: painted?.startTime ?? Number.NaN,
    marksWait: at(names.answered) - at(names.asked),
    marked: detail?.marked ?? -1,
    highlighted: CSS.highlights.get('laichau-reader-dotted')?.size ?? 0,
    walkedChars,
    textNodes,
    walkColdMs,
    walkWarmMs,
    longTaskSupported: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    longTasks: store?.longTasks ?? [],
    beats: store?.beats ?? [],
  };
}

async function oneRun(
  session: ExtensionSession,
  path: string,
  timeoutMs: number,
  options: RunOptions,
): Promise<PageRun> {
  const page: Page = await session.browser.newPage();
  const cdp =
    session.name === 'chromium' && (options.throttle || options.profile)
      ? await page.createCDPSession()
      : null;
  try {
    await page.evaluateOnNewDocument(NAME_HELPER);
    await page.evaluateOnNewDocument(observeMainThread, MAIN_THREAD_KEY);
    if (cdp && options.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
    if (cdp && options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`http://baolaichau.vn${path}`, { waitUntil: 'load', timeout: timeoutMs });
    try {
      await page.waitForFunction(
        (name: string) => performance.getEntriesByName(name, 'mark').length > 0,
        { timeout: timeoutMs, polling: 50 },
        PERF_MARKS.painted,
      );
    } catch {
      throw new Error(
        `no '${PERF_MARKS.painted}' mark within ${timeoutMs} ms on ${path} in ${session.name}: is dist/ built from a reader that sets it?`,
      );
    }
    // Long-task entries and the heartbeat's next beat come after the work ends, and the
    // highlights are rendered after the painted mark: wait until the window closes.
    await new Promise((done) => setTimeout(done, AFTER_PAINT_MS + 200));
    const profile =
      cdp && options.profile ? ((await cdp.send('Profiler.stop')) as { profile: CdpProfile }).profile : null;
    if (cdp && options.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.evaluate(NAME_HELPER);
    const seen = await page.evaluate(readPage, PERF_MARKS, MAIN_THREAD_KEY);
    const windowEnd = seen.painted + AFTER_PAINT_MS;
    const overlapping = seen.longTasks.filter(
      (t) => t.startTime < windowEnd && t.startTime + t.duration > seen.start,
    );
    let stall = 0;
    for (let i = 1; i < seen.beats.length; i++) {
      const from = seen.beats[i - 1] ?? 0;
      const to = seen.beats[i] ?? 0;
      if (from < windowEnd && to > seen.start) stall = Math.max(stall, to - from);
    }
    const longest = (tasks: InPage['longTasks']): number | null =>
      tasks.length === 0 ? null : Math.max(...tasks.map((t) => t.duration));
    return {
      startAt: seen.start,
      paintMs: seen.painted - seen.start,
      marked: seen.marked,
      highlighted: seen.highlighted,
      walkedChars: seen.walkedChars,
      textNodes: seen.textNodes,
      walkColdMs: seen.walkColdMs,
      walkWarmMs: seen.walkWarmMs,
      longestTaskWhileMarking: seen.longTaskSupported ? longest(overlapping) : null,
      longestTaskOnPage: seen.longTaskSupported ? longest(seen.longTasks) : null,
      longTaskSupported: seen.longTaskSupported,
      stallWhileMarking: seen.beats.length > 1 ? stall : null,
      marksWaitMs: seen.marksWait,
      extension: profile ? extensionTime(profile) : null,
    };
  } finally {
    await cdp?.detach().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}

/** Opens `path` in `runs` fresh tabs one after another and summarises them. */
export async function benchPage(
  session: ExtensionSession,
  label: string,
  path: string,
  runs: number,
  timeoutMs = 30_000,
  options: RunOptions = {},
): Promise<PageBenchResult> {
  const results = await pageRuns(session, path, runs, timeoutMs, options);
  return summarizeRuns(label, path, results, options.throttle ?? 1);
}

/** The fresh tabs of `benchPage`, unsummarised, so runs from several browsers can be pooled. */
export async function pageRuns(
  session: ExtensionSession,
  path: string,
  runs: number,
  timeoutMs = 30_000,
  options: RunOptions = {},
): Promise<PageRun[]> {
  const results: PageRun[] = [];
  for (let i = 0; i < runs; i++)
    results.push(await oneRun(session, path, timeoutMs * (options.throttle ?? 1), options));
  return results;
}

/**
 * Medians and spreads of a set of runs. A long task shorter than 50 ms is not a long task, so
 * "none" is counted as 0 in the spread (and said so when printed).
 */
export function summarizeRuns(
  label: string,
  path: string,
  results: PageRun[],
  throttle: number,
): PageBenchResult {
  const profiled = results.flatMap((r) => (r.extension ? [r.extension] : []));
  const phaseNames = [...new Set(profiled.flatMap((p) => Object.keys(p.phases)))];
  const supported = results.every((r) => r.longTaskSupported);
  const first = results[0];
  return {
    label,
    path,
    runs: results,
    paint: spreadOf(results.map((r) => r.paintMs)),
    startAt: spreadOf(results.map((r) => r.startAt)),
    walkWarm: spreadOf(results.map((r) => r.walkWarmMs)),
    walkCold: spreadOf(results.map((r) => r.walkColdMs)),
    ratio: spreadOf(results.map((r) => r.paintMs / r.walkWarmMs)),
    longestTaskWhileMarking: supported ? spreadOf(results.map((r) => r.longestTaskWhileMarking ?? 0)) : null,
    longestTaskOnPage: supported ? spreadOf(results.map((r) => r.longestTaskOnPage ?? 0)) : null,
    longTaskSupported: supported,
    stallWhileMarking: results.every((r) => r.stallWhileMarking !== null)
      ? spreadOf(results.map((r) => r.stallWhileMarking ?? 0))
      : null,
    marksWait: spreadOf(results.map((r) => r.marksWaitMs)),
    marked: first?.marked ?? 0,
    walkedChars: first?.walkedChars ?? 0,
    textNodes: first?.textNodes ?? 0,
    throttle,
    extensionSelf: profiled.length > 0 ? spreadOf(profiled.map((p) => p.selfMs)) : null,
    phases:
      profiled.length > 0
        ? Object.fromEntries(
            phaseNames.map((name) => [name, spreadOf(profiled.map((p) => p.phases[name] ?? 0)).median]),
          )
        : null,
  };
}
