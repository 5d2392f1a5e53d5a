/**
 * Tells the extension (the panel) which stretch of the article is in view while the reader
 * scrolls. Started only when a panel asks; at most one message per THROTTLE_MS, and only when
 * the stretch changed.
 */
import browser from '../platform/browser-lite.ts';
import type { InViewMessage } from '../messages/panel-messages.ts';
import { extensionGone } from './card-texts.ts';

const THROTTLE_MS = 300;

export function watchView(span: () => { start: number; end: number } | undefined): () => void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = (): void => {
    timer = undefined;
    if (extensionGone()) return stop();
    const now = span();
    if (!now) return;
    const key = `${now.start}:${now.end}`;
    if (key === last) return;
    last = key;
    const message: InViewMessage = { type: 'in-view', ...now };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const onScroll = (): void => {
    timer ??= setTimeout(send, THROTTLE_MS);
  };
  const stop = (): void => {
    window.removeEventListener('scroll', onScroll);
    window.removeEventListener('resize', onScroll);
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
  // Say where the reader is now, not only after the next scroll; and on a later ask, say it again.
  return () => {
    last = '';
    send();
  };
}
