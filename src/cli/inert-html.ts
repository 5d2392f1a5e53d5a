/**
 * Parses an HTML file for the command-line analyzer without letting it do anything: the file
 * may come from anywhere, so its scripts must not run and nothing it names (scripts, styles,
 * images, frames, redirects) may be fetched. Every loading switch of happy-dom is set off, and
 * a fetch interceptor answers any request that still slips through with a network error,
 * so a future happy-dom default cannot quietly reopen the door.
 */

import { Window } from 'happy-dom';

export interface InertDocument {
  document: Document;
  /** Releases the window; the document must not be used afterwards. */
  close(): Promise<void>;
}

export function parseInertHtml(html: string): InertDocument {
  const window = new Window({
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      disableCSSFileLoading: true,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: false,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => w.Response.error(),
          beforeSyncRequest: ({ request, window: w }) => ({
            status: 0,
            statusText: '',
            ok: false,
            url: request.url,
            redirected: false,
            headers: new w.Headers(),
            body: null,
          }),
        },
      },
    },
  });
  // A DOMParser document has no browsing context of its own: its scripts are inert by the
  // HTML standard as well as by the settings above.
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return {
    document,
    close: () => window.happyDOM.close(),
  };
}
