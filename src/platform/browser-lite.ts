/**
 * The content script's view of the WebExtension API, without webextension-polyfill.
 *
 * Why: the polyfill is 22 KB of wrappers that the content script would load into every article,
 * for the five calls it makes. Firefox has `browser` natively; Chrome's Manifest V3 `chrome`
 * returns promises from the same calls. The content script's modules, and the settings store it
 * shares with the popup and options page, import this file; every other part uses the real
 * polyfill (a layer rule keeps the polyfill out of the content script). The content script
 * answers messages with sendResponse, which both browsers and the polyfill support.
 */
import type Browser from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: typeof Browser; chrome?: typeof Browser };

const browser: typeof Browser = (scope.browser ?? scope.chrome) as typeof Browser;

export default browser;
