/**
 * The cost of the content script's code itself, as a fresh tab pays it, from a Chromium trace:
 * how long V8 spends compiling it, how long its evaluation (the top level, with the compile
 * before it) takes, and the main-thread tasks in which any of its code ran, from the page's
 * start to the reader's painted mark. A CPU profile sees only the functions that run; the
 * script's compile and much of its first evaluation happen before any of them, and are only in
 * the trace. Tracing slows the page, so these runs are separate from the others. Figures only.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from '../e2e/browsers.ts';
import { CONTENT_PATHS } from '../../src/platform/content-files.ts';
import { spreadOf, type Spread } from './stats.ts';

const PAINTED = 'laichau-reader:painted';

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
  args?: { data?: { url?: string; fileName?: string; scriptName?: string }; fileName?: string };
}

export interface ScriptCost {
  /** V8's compile events for the extension's scripts in the page's renderer, ms. */
  compileMs: number;
  /** EvaluateScript of the content script (its compile and its top level), ms. */
  evaluateMs: number;
  /** Main-thread tasks in which any extension code ran, up to the painted mark, ms. */
  tasksMs: number;
}

export interface TraceBenchResult {
  throttle: number;
  compile: Spread;
  evaluate: Spread;
  tasks: Spread;
}

function scriptOf(event: TraceEvent): string {
  const data = event.args?.data;
  return data?.url ?? data?.fileName ?? data?.scriptName ?? event.args?.fileName ?? '';
}

/** Reads one page's trace: the thread the content script ran on, and what it cost there. */
export function scriptCost(events: readonly TraceEvent[], urlPrefix = 'chrome-extension://'): ScriptCost {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const ours = complete.filter((e) => scriptOf(e).startsWith(urlPrefix));
  // The page's own thread: where the content script was evaluated (the service worker's events
  // carry the extension's address too, on another process).
  const first = ours.find((e) => e.name === 'EvaluateScript' && scriptOf(e).endsWith(CONTENT_PATHS.js));
  if (!first) throw new Error('the trace holds no evaluation of the content script');
  const onThread = (e: TraceEvent): boolean => e.pid === first.pid && e.tid === first.tid;
  const painted = events.find((e) => e.name === PAINTED && e.pid === first.pid);
  const end = painted?.ts ?? Number.POSITIVE_INFINITY;
  const oursHere = ours.filter(onThread);
  const sum = (list: readonly TraceEvent[]): number =>
    list.reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  const tasks = complete.filter(
    (t) =>
      onThread(t) &&
      t.name === 'RunTask' &&
      t.ts <= end &&
      oursHere.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)),
  );
  return {
    compileMs: sum(oursHere.filter((e) => /compile/i.test(e.name))),
    evaluateMs: sum(oursHere.filter((e) => e.name === 'EvaluateScript')),
    tasksMs: sum(tasks),
  };
}

async function oneRun(session: ExtensionSession, path: string, rate: number): Promise<ScriptCost> {
  const page: Page = await session.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(`http://baolaichau.vn${path}`, { waitUntil: 'load', timeout: 30_000 * rate });
    await page.waitForFunction(
      (name: string) => performance.getEntriesByName(name, 'mark').length > 0,
      { timeout: 30_000 * rate, polling: 50 },
      PAINTED,
    );
    const trace = await page.tracing.stop();
    if (!trace) throw new Error('the browser returned no trace');
    const parsed = JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: TraceEvent[] };
    return scriptCost(parsed.traceEvents);
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
    tasks: spreadOf(costs.map((c) => c.tasksMs)),
  };
}
