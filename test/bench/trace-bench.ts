/**
 * The cost of the content script's code itself, as a fresh tab pays it, from a Chromium trace:
 * how long V8 spends compiling it on the page's thread, and how long its evaluation (the top
 * level, with the compile before it) takes, up to the reader's painted mark. A CPU profile sees
 * only the functions that run; the script's compile happens before any of them, and is only in
 * the trace. Tracing slows the page, so these runs are separate from the others. Figures only.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from '../e2e/browsers.ts';
import { CONTENT_LOADER_PATH, CONTENT_PATHS } from '../../src/platform/content-files.ts';
import { PERF_MARKS } from './page-bench.ts';
import { spreadOf, type Spread } from './stats.ts';
import { waitForMark } from './ui-bench.ts';

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; fileName?: string; scriptName?: string };
    fileName?: string;
    worldId?: number;
  };
}

export interface ScriptCost {
  /** V8's compile events for the extension's scripts in the page's renderer, ms. */
  compileMs: number;
  /**
   * The content script's evaluation, ms: EvaluateScript of the classic script (its compile and its
   * top level), or, where Chromium's manifest injects the loader, the loader's EvaluateScript and
   * the imported module's top level (v8.evaluateModule, which names its world, not its file).
   */
  evaluateMs: number;
}

export interface TraceBenchResult {
  throttle: number;
  compile: Spread;
  evaluate: Spread;
}

function scriptOf(event: TraceEvent): string {
  const data = event.args?.data;
  return data?.url ?? data?.fileName ?? data?.scriptName ?? event.args?.fileName ?? '';
}

/** Time covered by the events, each instant counted once however the events nest, ms. */
function covered(events: readonly TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let until = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    if (to <= until) continue;
    total += to - Math.max(from, until);
    until = to;
  }
  return total / 1000;
}

/** Reads one page's trace: what the content script cost on the page's thread, up to its painted mark. */
export function scriptCost(events: readonly TraceEvent[], urlPrefix: string): ScriptCost {
  const ours = events.filter((e) => e.ph === 'X' && e.dur !== undefined && scriptOf(e).startsWith(urlPrefix));
  // The page's own thread: where the content script was evaluated (the service worker's events
  // carry the extension's address too, on another process).
  const injected = [CONTENT_PATHS.js, CONTENT_LOADER_PATH];
  const first = ours.find(
    (e) => e.name === 'EvaluateScript' && injected.some((path) => scriptOf(e).endsWith(path)),
  );
  if (!first) throw new Error('the trace holds no evaluation of the content script');
  const painted = events.find((e) => e.name === PERF_MARKS.painted && e.pid === first.pid);
  if (!painted) throw new Error(`the trace holds no '${PERF_MARKS.painted}' mark of the page`);
  const onThread = (e: TraceEvent) => e.pid === first.pid && e.tid === first.tid && e.ts <= painted.ts;
  const here = ours.filter(onThread);
  // The isolated world the extension's scripts ran in; the page's own modules run in world 0.
  const worlds = new Set(
    here.map((e) => e.args?.worldId).filter((id): id is number => id !== undefined && id !== 0),
  );
  const modules = events.filter(
    (e) =>
      e.name === 'v8.evaluateModule' &&
      e.dur !== undefined &&
      onThread(e) &&
      worlds.has(e.args?.worldId ?? 0),
  );
  return {
    compileMs: covered(here.filter((e) => /compile/i.test(e.name))),
    evaluateMs: covered([...here.filter((e) => e.name === 'EvaluateScript'), ...modules]),
  };
}

async function oneRun(session: ExtensionSession, path: string, rate: number): Promise<ScriptCost> {
  const page: Page = await session.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(`http://baolaichau.vn${path}`, { waitUntil: 'load', timeout: 30_000 * rate });
    await waitForMark(page, PERF_MARKS.painted, 30_000 * rate);
    const trace = await page.tracing.stop();
    if (!trace) throw new Error('the browser returned no trace');
    const parsed = JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: TraceEvent[] };
    return scriptCost(parsed.traceEvents, session.extensionBase);
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** `runs` fresh tabs of `path` at `rate`, traced one after another. */
export async function benchScriptCost(
  session: ExtensionSession,
  path: string,
  runs: number,
  rate: number,
): Promise<TraceBenchResult> {
  const costs: ScriptCost[] = [];
  for (let i = 0; i < runs; i++) costs.push(await oneRun(session, path, rate));
  return {
    throttle: rate,
    compile: spreadOf(costs.map((c) => c.compileMs)),
    evaluate: spreadOf(costs.map((c) => c.evaluateMs)),
  };
}
