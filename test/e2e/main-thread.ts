/**
 * Whether a page stays responsive: its own heartbeat (static/hostile-heartbeat.js, started before
 * any other script) and how fast it answers a trivial evaluate.
 */
import type { Page } from './browsers.ts';

export interface Heartbeat {
  maxGap: number;
  ticks: number;
  done: boolean;
}

/** Waits for the page's heartbeat (static/hostile-heartbeat.js) to finish its window. */
export async function heartbeat(page: Page, timeout = 40_000): Promise<Heartbeat> {
  await page.waitForFunction(() => (window as unknown as { __heartbeat?: Heartbeat }).__heartbeat?.done, {
    timeout,
  });
  return page.evaluate(() => (window as unknown as { __heartbeat: Heartbeat }).__heartbeat);
}

/** Milliseconds the page takes to answer a trivial evaluate (a frozen page never answers). */
export async function answerTime(page: Page, limit = 5000): Promise<number> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frozen = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`the page did not answer within ${limit} ms`)), limit);
  });
  try {
    await Promise.race([page.evaluate(() => 1), frozen]);
  } finally {
    clearTimeout(timer);
  }
  return Date.now() - started;
}
