/**
 * Hands the main thread back to the page for a moment, so its input, rendering and own timers
 * run between the reader's slices of work. A task posted at the page's own priority
 * (scheduler.postTask, 'user-visible') queues behind the page's waiting tasks, fairly:
 * scheduler.yield() is not used because its continuation runs ahead of them, which starved the
 * page's timers for the whole of a long article (measured: a 10 s gap on a 5 MB page), and a
 * 'background' task waits behind every task the page keeps posting (40 s there). Where
 * postTask is missing, a message on a channel (a timer would be clamped to 4 ms).
 */
import type { Steps } from './detect/steps.ts';

interface PostingScheduler {
  postTask?: (callback: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostingScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `steps` to their end, handing the main thread back whenever a run of steps has lasted
 * `budgetMs`. Undefined when `wanted` says, at a pause, that the result is no longer needed.
 */
export async function stepsAtPagePace<T>(
  steps: Steps<T>,
  budgetMs: number,
  wanted: () => boolean,
): Promise<T | undefined> {
  let busySince = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - busySince > budgetMs) {
      await yieldToPage();
      if (!wanted()) return undefined;
      busySince = performance.now();
    }
  }
}
