import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import base from './manifest.json' with { type: 'json' };
import { CONTENT_FILES } from './src/platform/content-files.ts';
import { loadGlossarySync } from './src/cli/load-glossary.ts';
import { compileMatchIndex } from './src/core/match-index.ts';
import { syntheticEntries } from './test/bench/synthetic-entries.ts';

/** The one add-on id Firefox knows us by; tests pin its UUID through this id. */
export const GECKO_ID = 'laichau-reader@baolaichau-reader.github.io';

type Target = 'chrome' | 'firefox';

/**
 * manifest.json is written in Chrome's form; Firefox differs only in how the background
 * runs (an event page, not a service worker) and in its own settings block, so those
 * differences are derived here instead of kept in a second manifest.
 */
export function manifestFor(target: Target): ManifestV3Export {
  // The content script is built apart (see contentScriptAsOneFile), so CRXJS does not see it.
  const rest: Omit<typeof base, 'content_scripts'> & { content_scripts?: unknown } = { ...base };
  delete rest.content_scripts;
  if (target === 'chrome') return rest as ManifestV3Export;
  // Firefox's panel is a sidebar (no permission); its menus API is "menus"; its own command
  // opens the sidebar directly.
  const { side_panel: sidePanel, commands, ...shared } = rest;
  const firefox = {
    ...shared,
    permissions: base.permissions
      .filter((permission) => permission !== 'sidePanel')
      .map((permission) => (permission === 'contextMenus' ? 'menus' : permission)),
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: base.action.default_title,
      default_icon: base.action.default_icon,
      open_at_install: false,
    },
    commands: { _execute_sidebar_action: commands['open-panel'] },
    background: { scripts: [base.background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
  return firefox as unknown as ManifestV3Export;
}

const MATCH_INDEX = 'virtual:laichau-match-index';
const MATCH_INDEX_TAG = 'virtual:laichau-match-index-tag';

/**
 * Knobs for `npm run bench` only (a shipped build sets none): a build elsewhere than dist/, a
 * content script left unminified so a CPU profile names its functions, and synthetic glossary
 * entries that show whether the page's cost grows with the glossary.
 */
const BENCH = {
  outDir: process.env.LAICHAU_BENCH_OUT_DIR,
  minify: process.env.LAICHAU_BENCH_MINIFY !== '0',
  syntheticEntries: Number(process.env.LAICHAU_BENCH_SYNTHETIC_ENTRIES ?? 0),
};

/**
 * The match index, compiled from the glossary at build time: every written form is normalized
 * here, once, instead of in every page. The background ships the index itself (and keeps it in
 * storage.local for pages to read); the content script ships only its tag, to know whether the
 * index it finds in storage is the one it was built with.
 */
function matchIndexModule(): Plugin {
  let compiled: { tag: string; json: string } | undefined;
  const index = (): { tag: string; json: string } => {
    if (compiled) return compiled;
    const json = JSON.stringify(
      compileMatchIndex([...loadGlossarySync(), ...syntheticEntries(BENCH.syntheticEntries)]),
    );
    compiled = { tag: createHash('sha256').update(json).digest('hex').slice(0, 16), json };
    return compiled;
  };
  return {
    name: 'laichau-match-index',
    resolveId: (id) => (id === MATCH_INDEX || id === MATCH_INDEX_TAG ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${MATCH_INDEX}`)
        return `export const tag = ${JSON.stringify(index().tag)};\nexport default ${index().json};`;
      if (id === `\0${MATCH_INDEX_TAG}`) return `export const tag = ${JSON.stringify(index().tag)};`;
      return undefined;
    },
  };
}

/**
 * The content script ships as one classic script file. CRXJS would emit an ES-module loader that
 * import()s chunks, and those chunks must be web-accessible resources: any site could then probe
 * for them, and "Annotate this page" (scripting.executeScript on another site) could not load
 * them at all. One self-contained file needs neither.
 */
function contentScriptAsOneFile(outDir: string): Plugin {
  return {
    name: 'content-script-as-one-file',
    apply: 'build',
    enforce: 'post',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [matchIndexModule()],
        // The page gets the native API, not the polyfill's wrappers (see browser-lite.ts).
        resolve: {
          alias: {
            'webextension-polyfill': fileURLToPath(
              new URL('./src/platform/browser-lite.ts', import.meta.url),
            ),
          },
        },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          minify: BENCH.minify,
          sourcemap: process.env.CONTENT_SOURCEMAP === '1',
          lib: {
            entry: 'src/content/main.ts',
            formats: ['iife'],
            name: 'laichauReader',
            fileName: () => CONTENT_JS,
          },
        },
      });
      await copyFile('src/content/marks.css', `${outDir}/${CONTENT_CSS}`);
      const manifestPath = `${outDir}/manifest.json`;
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
      manifest.content_scripts = base.content_scripts.map((script) => ({
        ...script,
        js: [CONTENT_JS],
        css: [CONTENT_CSS],
      }));
      await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    },
  };
}

const CONTENT_JS = CONTENT_FILES.js;
const CONTENT_CSS = CONTENT_FILES.css;

function targetOf(mode: string): Target {
  if (mode === 'chrome' || mode === 'firefox') return mode;
  throw new Error(`Build with --mode chrome or --mode firefox (got "${mode}").`);
}

export default defineConfig(({ mode }) => {
  const target = targetOf(mode);
  return {
    publicDir: 'src/public',
    build: {
      outDir: BENCH.outDir ? `${BENCH.outDir}/${target}` : `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // CRXJS finds Chrome's side panel page in the manifest, but not Firefox's sidebar.
      rollupOptions: { input: { panel: 'src/panel/panel.html' } },
    },
    plugins: [
      matchIndexModule(),
      crx({ manifest: manifestFor(target), browser: target }),
      contentScriptAsOneFile(BENCH.outDir ? `${BENCH.outDir}/${target}` : `dist/${target}`),
    ],
    server: { port: 0 },
  };
});
