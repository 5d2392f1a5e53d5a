/**
 * The content script's built files. The build writes them under these names (vite.config.ts),
 * and the extension injects or registers them by the same names: reading them back from
 * runtime.getManifest() would not do, since Firefox reports them as full moz-extension:// URLs,
 * which scripting.registerContentScripts refuses.
 */
export const CONTENT_FILES = { js: 'content.js', css: 'content.css' } as const;
