/**
 * Wires the reader into a page: settings from storage, the glossary and its matcher, the page
 * session, and the messages the popup sends. Starting twice (the manifest's injection and a later
 * "Annotate this page") starts once.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { activeOn } from '../core/settings.ts';
import { buildTermMatcher } from '../core/term-matcher.ts';
import { GLOSSARY, GLOSSARY_BY_ID } from '../glossary/index.ts';
import {
  parseContentRequest,
  type AnnotateAnswer,
  type BackgroundRequest,
  type PageReport,
  type RevealAnswer,
} from '../messages/protocol.ts';
import { ReaderSession, type ReaderDeps } from '../page/reader-session.ts';
import { canPaint } from '../page/highlight-painter.ts';
import { languageOf, loadSettings, onSettingsChanged } from '../platform/settings-store.ts';

const STARTED = Symbol.for('laichau-reader.started');

function notifyBackground(status: { isArticle: boolean; marked: number }): void {
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
  const onUpdate = (status: { isArticle: boolean; marked: number }): void => {
    if (firstPass) performance.mark(PERF_MARKS.painted, { detail: { marked: status.marked } });
    firstPass = false;
    notifyBackground(status);
  };
  // The matcher is built when the reader first runs: a page where it is off pays nothing for it.
  let deps: ReaderDeps | undefined;
  let session: ReaderSession | undefined;

  const sync = (): void => {
    const wanted = activeOn(settings, location.hostname);
    if (wanted && !session) {
      deps ??= { glossary: GLOSSARY, byId: GLOSSARY_BY_ID, matcher: buildTermMatcher(GLOSSARY), onUpdate };
      session = new ReaderSession(document, deps, settings, languageOf(settings));
      session.start();
    } else if (!wanted && session) {
      session.stop();
      session = undefined;
      notifyBackground({ isArticle: false, marked: 0 });
    } else {
      session?.applySettings(settings, languageOf(settings));
    }
  };
  sync();

  onSettingsChanged((fresh) => {
    settings = fresh;
    sync();
  });

  browser.runtime.onMessage.addListener(
    (
      message: unknown,
      sender: Runtime.MessageSender,
    ): Promise<PageReport | RevealAnswer | AnnotateAnswer> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseContentRequest(message);
      if (!request) {
        console.warn('[Lai Châu Reader] ignored a malformed message', message);
        return undefined;
      }
      if (request.type === 'get-report') {
        return Promise.resolve(session?.report() ?? offReport());
      }
      if (request.type === 'annotate-anyway') {
        return Promise.resolve({ type: 'annotated', ok: session?.annotateAnyway(request.on) ?? false });
      }
      const ok = session?.reveal(request.start, request.end, request.openCard) ?? false;
      return Promise.resolve({ type: 'revealed', ok });
    },
  );
}

function offReport(): PageReport {
  return {
    type: 'report',
    state: 'ready',
    url: location.href,
    article: { isArticle: false, reason: 'off', title: null },
    terms: [],
    codes: [],
    figures: [],
  };
}
