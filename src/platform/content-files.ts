/**
 * The content script's files: the source that the manifest names, and the files it becomes.
 * CRXJS builds the entry as one classic script at the same path with a .js ending, and copies
 * the style sheet as it is (vite.config.ts). The extension injects them by these names when it
 * annotates another site. Reading them back from runtime.getManifest() would not do (Firefox
 * reports full moz-extension:// URLs there), and a bare name would not either: Firefox resolves
 * it against the folder of the page that calls scripting (src/popup/), so the APIs get paths
 * from the extension's root.
 */
export const CONTENT_ENTRY = 'src/content/main.ts';

export const CONTENT_PATHS = { js: '/src/content/main.js', css: '/src/content/marks.css' } as const;

/**
 * What Chromium's manifest injects on the news site instead of the script itself: a few bytes that
 * import() the same file as a module (vite.config.ts writes it). Chromium compiles an imported
 * module off the page's thread, where the classic script's compile was the longest task the
 * extension put on a phone-class CPU (README, Performance). It makes that one file web-accessible
 * to the news site only; other sites still get the classic script, through scripting.
 */
export const CONTENT_LOADER_PATH = '/src/content/loader.js';

/**
 * V8's explicit compile hint, the first line of the built content script (vite.config.ts adds
 * it): compile every function with the file instead of each on its first call.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
