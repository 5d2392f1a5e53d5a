import browser, { type Runtime } from 'webextension-polyfill';
import { parseContentRequest, type PageReport, type RevealAnswer } from '../messages/protocol.ts';

function buildReport(): PageReport {
  return {
    type: 'report',
    state: 'ready',
    url: location.href,
    article: { isArticle: false, reason: 'pending', title: document.title || null },
    terms: [],
    codes: [],
    figures: [],
  };
}

export function startReader(): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, sender: Runtime.MessageSender): Promise<PageReport | RevealAnswer> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseContentRequest(message);
      if (!request) {
        console.warn('[Lai Châu Reader] ignored a malformed message');
        return undefined;
      }
      if (request.type === 'get-report') return Promise.resolve(buildReport());
      return Promise.resolve({ type: 'revealed', ok: false });
    },
  );
}
