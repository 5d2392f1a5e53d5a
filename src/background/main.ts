/**
 * The background keeps the toolbar badge: the number of terms marked in each tab, reported by
 * that tab's reader. It holds no state of its own, so it can stop and restart at any time.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { t } from '../i18n/messages.ts';
import { parseBackgroundRequest } from '../messages/protocol.ts';
import { languageOf, loadSettings } from '../platform/settings-store.ts';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(message);
  const tabId = sender.tab?.id;
  if (!request || tabId === undefined) {
    console.warn('[Lai Châu Reader] ignored a malformed message', message);
    return undefined;
  }
  return loadSettings().then(async (settings) => {
    const show = settings.badge && request.marked > 0;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0B5F73' });
    await browser.action.setBadgeText({ tabId, text: show ? String(Math.min(request.marked, 999)) : '' });
    await browser.action.setTitle({
      tabId,
      title: show ? t(languageOf(settings), 'badgeTitle', String(request.marked)) : null,
    });
  });
});
