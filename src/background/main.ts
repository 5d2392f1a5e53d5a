import browser, { type Runtime } from 'webextension-polyfill';
import { parseBackgroundRequest } from '../messages/protocol.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(message);
  const tabId = sender.tab?.id;
  if (!request || tabId === undefined) {
    console.warn('[Lai Châu Reader] ignored a malformed message');
    return undefined;
  }
  const text = request.marked > 0 ? String(Math.min(request.marked, 999)) : '';
  return browser.action.setBadgeText({ tabId, text }).then(() => undefined);
});
