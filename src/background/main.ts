/**
 * The background marks the articles pages send, serves their cards, and keeps the toolbar
 * badge: the number of terms marked in each tab, reported by that tab's reader. It holds no
 * state of its own beyond the pieces of a long text on their way (article-pieces.ts), so it can
 * stop and restart at any time.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Mark } from '../core/marks.ts';
import { t } from '../i18n/messages.ts';
import { parseCardRequest } from '../messages/card-messages.ts';
import { parseBackgroundRequest } from '../messages/protocol.ts';
import { languageOf, loadSettings } from '../platform/settings-store.ts';
import { syncAlwaysOnScripts } from '../platform/site-permissions.ts';
import { answerCard, answerSummaries } from './card-service.ts';
import { prepareReportExtras } from './extras-service.ts';
import { parseSummariesRequest } from '../messages/entry-messages.ts';
import { answerDetection } from './detect-route.ts';
import { answerMarking } from './mark-route.ts';
import { termFinder } from './term-finder.ts';
import { parseInView } from '../messages/panel-messages.ts';
import { wirePanel } from './panel-wiring.ts';

/** How long after answering with the marks the background reads the article's figures. */
const PREPARE_AFTER_MS = 300;

/**
 * A moment after the answer with the marks, the figures are read: once the page has painted,
 * not while it paints (on a phone, the page and the worker share few cores).
 */
function onMarked(text: string, marks: Mark[]): void {
  setTimeout(() => void prepareReportExtras(text, marks).catch(() => undefined), PREPARE_AFTER_MS);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  // For the panel, which listens for it itself.
  if (parseInView(message)) return undefined;
  const card = parseCardRequest(message);
  if (card) return Promise.resolve(answerCard(card) ?? null);
  const summaries = parseSummariesRequest(message);
  if (summaries) return Promise.resolve(answerSummaries(summaries));
  const frame = sender.tab?.id === undefined ? undefined : `${sender.tab.id}:${sender.frameId ?? 0}`;
  const marking = answerMarking(message, frame, termFinder, onMarked);
  if (marking) return marking;
  const detection = answerDetection(message, frame, { finder: termFinder, onMarked });
  if (detection) return detection;
  const status = parseBackgroundRequest(message);
  const tabId = sender.tab?.id;
  if (!status || tabId === undefined) {
    console.warn('[Lai Châu Reader] ignored a malformed message', message);
    return undefined;
  }
  return loadSettings().then(async (settings) => {
    const show = settings.badge && status.marked > 0;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0B5F73' });
    await browser.action.setBadgeText({ tabId, text: show ? String(Math.min(status.marked, 999)) : '' });
    await browser.action.setTitle({
      tabId,
      title: show ? t(languageOf(settings), 'badgeTitle', String(status.marked)) : null,
    });
  });
});

// Keep the "always on" registrations in step with the reader's grants, whoever changed them.
const resync = (): void =>
  void syncAlwaysOnScripts().catch((error: unknown) => console.warn('[Lai Châu Reader]', error));
browser.runtime.onInstalled.addListener(resync);

// Earlier builds kept the match index in storage.local for pages to read; pages no longer do.
browser.runtime.onInstalled.addListener(
  () => void browser.storage.local.remove('match-index').catch(() => undefined),
);
browser.permissions.onAdded.addListener(resync);
browser.permissions.onRemoved.addListener(resync);

wirePanel();
