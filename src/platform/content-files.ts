/**
 * The content script's built files. The build writes them under these names (vite.config.ts),
 * and the extension injects or registers them by the same names. Reading them back from
 * runtime.getManifest() would not do (Firefox reports full moz-extension:// URLs there), and a
 * bare name would not either: Firefox resolves it against the folder of the page that calls
 * scripting (src/popup/), so the APIs get paths from the extension's root.
 */
export const CONTENT_FILES = { js: 'content.js', css: 'content.css' } as const;

export const CONTENT_PATHS = { js: `/${CONTENT_FILES.js}`, css: `/${CONTENT_FILES.css}` } as const;
