/**
 * The layers, enforced on every `npm run lint`: a pure core at the bottom; the page layer, the
 * messages, the platform wrappers and the words for readers above it; the entry points on top,
 * which only wire. An import that points upward, or sideways between entry points, fails.
 */
const ENTRIES = '^src/(content|popup|options|background|panel)/';

module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core knows nothing of the DOM, the browser, the reader-facing words or Node.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', 'node_modules/valibot/'] },
    },
    {
      name: 'no-upward-imports',
      comment: 'Below the entry points, nothing imports an entry point.',
      severity: 'error',
      from: { pathNot: [ENTRIES, '^test/', '^vite\\.config\\.ts$'] },
      to: { path: ENTRIES },
    },
    {
      name: 'entries-do-not-import-each-other',
      comment: 'Entry points share code only through the layers below them.',
      severity: 'error',
      from: { path: '^src/(content|popup|options|background|panel)/' },
      to: { path: ENTRIES, pathNot: '^src/$1/' },
    },
    {
      name: 'page-knows-no-glossary-or-words',
      comment: 'The page layer runs in every article: it gets texts from the background, not bundles.',
      severity: 'error',
      from: { path: '^src/page/' },
      to: { path: ['^src/glossary/', '^src/i18n/messages\\.ts$', '^src/cards/', '^src/cli/'] },
    },
    {
      name: 'messages-and-platform-stay-low',
      comment: 'Message schemas and platform wrappers build on the core only.',
      severity: 'error',
      from: { path: '^src/(messages|platform)/' },
      to: { path: ['^src/(page|cards|cli|glossary)/'] },
    },
    {
      name: 'content-script-without-polyfill',
      comment:
        'The content script and what it shares use browser-lite.ts: the polyfill would cost every article 22 KB.',
      severity: 'error',
      from: { path: ['^src/(content|page)/', '^src/platform/(browser-lite|settings-store)\\.ts$'] },
      to: { path: 'webextension-polyfill', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'page-does-no-matching',
      comment:
        'Matching runs in the background (messages/mark-messages.ts): nothing the content script loads reaches the matcher.',
      severity: 'error',
      from: { path: '^src/content/main\\.ts$' },
      to: {
        path: '^src/core/(match-index|term-matcher|analyze-text|article-marking|article-abbreviations|doc-codes|normalize)\\.ts$',
        reachable: true,
      },
    },
    {
      name: 'page-does-no-detection',
      comment:
        'Detection runs in the background on a snapshot of the page (messages/detect-messages.ts): the content script carries none of it.',
      severity: 'error',
      from: { path: '^src/content/main\\.ts$' },
      to: {
        path: '^src/page/(article-detect|main-region|detect/(?!dom-kinds|steps)[^/]+)\\.ts$',
        reachable: true,
      },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other at run time (a shared type alone is no cycle).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^dist/', '^\\.tmp/'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
