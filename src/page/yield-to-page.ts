/**
 * Hands the main thread back to the page for a moment. scheduler.yield() resumes ahead of other
 * queued tasks where the browser has it; elsewhere a message on a channel does nearly the same
 * (a timer would be clamped to 4 ms and more in a background tab).
 */
interface YieldingScheduler {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
