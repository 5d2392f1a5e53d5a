/**
 * Wires the reader into a page: settings from storage, the page session, the marks and the card
 * texts from the background, and the messages the popup sends. Starting twice (the
 * manifest's injection and a later "Annotate this page") starts once.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../platform/browser-lite.ts';
import { activeOn } from '../core/settings.ts';
import { offReport } from '../messages/page-report.ts';
import {
  parseContentRequest,
  type BackgroundRequest,
  type PageStatus,
} from '../messages/content-requests.ts';
import { canPaint } from '../page/highlight-painter.ts';
import { ReaderSession } from '../page/reader-session.ts';
import { languageOf, loadSettings, onSettingsChanged } from '../platform/settings-store.ts';
import { cardTextsFromBackground, extensionGone, watchExtension } from './card-texts.ts';
import { marksFromBackground } from './marks-from-background.ts';
import { verdictFromBackground } from './verdict-from-background.ts';
import { watchView } from './view-watch.ts';

const STARTED = Symbol.for('laichau-reader.started');

function notifyBackground(status: PageStatus): void {
  if (extensionGone()) return;
  const message: BackgroundRequest = { type: 'page-status', ...status };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Names of the performance marks the bench reads: from start to the first marks painted. */
export const PERF_MARKS = { start: 'laichau-reader:start', painted: 'laichau-reader:painted' } as const;

export async function startReader(): Promise<void> {
  const scope = globalThis as unknown as Record<symbol, boolean>;
  if (scope[STARTED]) return;
  scope[STARTED] = true;
  if (!canPaint()) return;
  performance.mark(PERF_MARKS.start);

  let settings = await loadSettings();
  let firstPass = true;
  const onUpdate = (status: PageStatus): void => {
    if (firstPass) performance.mark(PERF_MARKS.painted, { detail: { marked: status.marked } });
    firstPass = false;
    notifyBackground(status);
  };
  let session: ReaderSession | undefined;
  let gone = false;

  // The extension was updated or removed under the page: take everything down, quietly.
  const teardown = (): void => {
    gone = true;
    session?.stop();
    session = undefined;
  };
  const watching = new AbortController();
  watchExtension(() => {
    watching.abort();
    teardown();
  }, watching.signal);
  const cardTexts = cardTextsFromBackground(() => languageOf(settings), teardown);
  const markText = marksFromBackground(teardown);
  const detect = verdictFromBackground(teardown);

  const sync = (): void => {
    if (gone) return;
    const wanted = activeOn(settings, location.hostname);
    if (wanted && !session) {
      session = new ReaderSession(document, { markText, detect, cardTexts, onUpdate }, settings);
      session.start();
    } else if (!wanted && session) {
      session.stop();
      session = undefined;
      notifyBackground({ isArticle: false, marked: 0 });
    } else {
      session?.applySettings(settings);
    }
  };
  sync();

  onSettingsChanged((fresh) => {
    settings = fresh;
    sync();
  });

  let tellView: (() => void) | undefined;
  // Answered through sendResponse, not a returned promise: Chrome's own API (the content script
  // runs without the polyfill, see src/platform/browser-lite.ts) only honours that form.
  const onMessage = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ): boolean => {
    if (sender.id !== browser.runtime.id) return false;
    const request = parseContentRequest(message);
    if (!request) {
      console.warn('[Lai Châu Reader] ignored a malformed message', message);
      return false;
    }
    if (request.type === 'watch-view') {
      tellView ??= watchView(() => session?.viewSpan());
      tellView();
      sendResponse({ type: 'watching' });
    } else if (request.type === 'get-report') {
      sendResponse(session?.report() ?? { ...offReport(location.href), text: '' });
    } else if (request.type === 'annotate-anyway') {
      // The page is looked at again (in the background) before the answer.
      const asked = session?.annotateAnyway(request.on) ?? Promise.resolve(false);
      void asked.then(
        (ok) => sendResponse({ type: 'annotated', ok }),
        () => sendResponse({ type: 'annotated', ok: false }),
      );
      return true;
    } else {
      sendResponse({
        type: 'revealed',
        ok: session?.reveal(request.start, request.end, request.openCard) ?? false,
      });
    }
    return false;
  };
  browser.runtime.onMessage.addListener(
    onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0],
  );
}
