import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import base from './manifest.json' with { type: 'json' };
import { loadGlossarySync } from './src/cli/load-glossary.ts';
import { compileMatchIndex } from './src/core/match-index.ts';
import {
  CONTENT_ENTRY,
  CONTENT_LOADER_PATH,
  CONTENT_PATHS,
  EAGER_COMPILE_HINT,
} from './src/platform/content-files.ts';
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
  if (target === 'chrome') return base;
  // Firefox's panel is a sidebar (no permission); its menus API is "menus"; its own command
  // opens the sidebar directly.
  const { side_panel: sidePanel, commands, ...shared } = base;
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

/**
 * Knobs for `npm run bench` only (a shipped build sets none): a build elsewhere than dist/, code
 * left unminified so a CPU profile names its functions, and synthetic glossary entries that show
 * whether the page's cost grows with the glossary.
 */
const BENCH = {
  outDir: process.env.LAICHAU_BENCH_OUT_DIR,
  minify: process.env.LAICHAU_BENCH_MINIFY !== '0',
  syntheticEntries: Number(process.env.LAICHAU_BENCH_SYNTHETIC_ENTRIES ?? 0),
};

/**
 * The match index, compiled from the glossary at build time: every written form is normalized
 * here, once, instead of whenever the background wakes. Only the background ships it; pages
 * send it their text (see src/messages/mark-messages.ts).
 */
function compiledIndex(): string {
  return JSON.stringify(
    compileMatchIndex([...loadGlossarySync(), ...syntheticEntries(BENCH.syntheticEntries)]),
  );
}

function matchIndexModule(json: string): Plugin {
  return {
    name: 'laichau-match-index',
    resolveId: (id) => (id === MATCH_INDEX ? `\0${id}` : undefined),
    load: (id) => (id === `\0${MATCH_INDEX}` ? `export default ${json};` : undefined),
  };
}

/**
 * Puts V8's compile hint first in the content script (Chromium 136 and later read it; other
 * browsers see a comment). Without it a fresh tab compiles each function lazily on its first
 * call, on the page's thread, and most of the script runs before the first marks are painted.
 * Compiling everything with the file also compiles the card and keyboard code ahead of need;
 * an A/B of fresh tabs still came out ahead (README, Performance).
 */
function eagerCompile(fileName: string): Plugin {
  const withHint = (code: string): string =>
    code.startsWith(EAGER_COMPILE_HINT) ? code : EAGER_COMPILE_HINT + code;
  return {
    name: 'laichau-eager-compile',
    apply: 'build',
    // After CRXJS has emitted the content script (its own build, in its generateBundle).
    enforce: 'post',
    generateBundle(_options, bundle) {
      const file = bundle[fileName];
      if (!file) return this.error(`eager compile: ${fileName} is not in the bundle`);
      if (file.type === 'chunk') file.code = withHint(file.code);
      else
        file.source = withHint(
          typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source),
        );
    },
  };
}

/**
 * Rewrites the manifest that CRXJS wrote to `dir`: the plugins below that change it after CRXJS
 * run one after another (their writeBundle is sequential), each through this.
 */
async function rewriteManifest<T>(dir: string, edit: (manifest: T) => void): Promise<void> {
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(path, 'utf8')) as T;
  edit(manifest);
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * The popup, built apart from the other pages into one script and one stylesheet: shared
 * with the panel and the background it was eight scripts and a stylesheet, each fetched before
 * its first line could run, and a reader opens it expecting the figures at once (an A/B of 14
 * openings in one browser: 184 ms median as nine files, 158 ms as two). The code it shares is
 * copied; CRXJS never sees the page, and the manifest gets its address back after CRXJS has
 * written it. The nested build takes the outer build's resolved settings, so `--outDir`,
 * `--minify` and the bench's knobs reach it too. Not for `--watch`: the outer watcher neither
 * sees the popup's files nor waits for the nested build.
 */
function popupOnItsOwn(popup: string): Plugin {
  let outer: ResolvedConfig | undefined;
  return {
    name: 'laichau-popup-on-its-own',
    apply: 'build',
    configResolved(config) {
      outer = config;
    },
    buildStart() {
      if (this.meta.watchMode)
        this.error('the popup is built apart and cannot be watched: run `npm run build`');
    },
    // CRXJS writes the manifest in the last generateBundle of all; by now it is on disk.
    writeBundle: {
      sequential: true,
      async handler(options, bundle) {
        if (!bundle['manifest.json']) return this.error('popup: CRXJS wrote no manifest.json');
        if (!options.dir) return this.error('popup: the build has no output folder');
        await rewriteManifest<{ action?: object }>(options.dir, (manifest) => {
          manifest.action = { ...manifest.action, default_popup: popup };
        });
      },
    },
    async closeBundle(error) {
      // After a failed build the output is half written, and its error is the one to show.
      if (error || !outer) return;
      const { root, mode, build: settings } = outer;
      await build({
        configFile: false,
        root,
        mode,
        publicDir: false,
        logLevel: 'warn',
        build: {
          outDir: resolve(root, settings.outDir),
          emptyOutDir: false,
          target: settings.target,
          minify: settings.minify,
          sourcemap: settings.sourcemap,
          // One entry: nothing to preload, and the polyfill for it would only add bytes.
          modulePreload: false,
          rollupOptions: { input: { popup: resolve(root, popup) } },
        },
      });
    },
  };
}

/** The parts of the built manifest that moduleLoader rewrites. */
interface Manifest {
  content_scripts?: Array<{ js?: string[]; matches?: string[] }>;
  web_accessible_resources?: unknown[];
}

/**
 * The loader that the manifest injects on the news site (src/platform/content-files.ts says
 * why): it imports the classic script as a module, which it can be, being one strict function.
 * An extension reloaded under the page leaves runtime without an id, so getURL throws or the
 * import fails; either way the page keeps what it had and the console stays quiet.
 */
function moduleLoader(): Plugin {
  const script = CONTENT_PATHS.js.slice(1);
  const code =
    '(()=>{try{const r=(globalThis.browser??globalThis.chrome).runtime;' +
    `import(r.getURL(${JSON.stringify(script)})).catch(()=>{})}catch{}})();\n`;
  return {
    name: 'laichau-module-loader',
    apply: 'build',
    writeBundle: {
      sequential: true,
      async handler(options) {
        if (!options.dir) return this.error('loader: the build has no output folder');
        await writeFile(join(options.dir, CONTENT_LOADER_PATH), code);
        await rewriteManifest<Manifest>(options.dir, (manifest) => {
          const [site, ...others] = manifest.content_scripts ?? [];
          if (!site || others.length || site.js?.join() !== script)
            this.error(`loader: expected one content script, ${script}`);
          site.js = [CONTENT_LOADER_PATH.slice(1)];
          manifest.web_accessible_resources = [{ resources: [script], matches: site.matches }];
        });
      },
    },
  };
}

/** The manifest CRXJS builds from: without the popup, which popupOnItsOwn builds and puts back. */
function withoutPopup(manifest: ManifestV3Export): ManifestV3Export {
  const { action, ...rest } = manifest as { action: Record<string, unknown> };
  const keptAction = Object.fromEntries(Object.entries(action).filter(([key]) => key !== 'default_popup'));
  return { ...rest, action: keptAction } as unknown as ManifestV3Export;
}

function targetOf(mode: string): Target {
  if (mode === 'chrome' || mode === 'firefox') return mode;
  throw new Error(`Build with --mode chrome or --mode firefox (got "${mode}").`);
}

export default defineConfig(({ command, mode }) => {
  const target = targetOf(mode);
  const index = compiledIndex();
  const outDir = BENCH.outDir ? `${BENCH.outDir}/${target}` : `dist/${target}`;
  return {
    publicDir: 'src/public',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: BENCH.minify,
      sourcemap: false,
      // CRXJS finds Chrome's side panel page in the manifest, but not Firefox's sidebar.
      rollupOptions: { input: { panel: 'src/panel/panel.html' } },
    },
    plugins: [
      matchIndexModule(index),
      crx({
        // A dev server (serve) builds the popup with the other pages, as CRXJS does.
        manifest: command === 'build' ? withoutPopup(manifestFor(target)) : manifestFor(target),
        browser: target,
        // One classic script with everything inlined, not CRXJS's ES-module loader: that loader
        // import()s chunks that must be web-accessible on every site that runs it, and "Annotate
        // this page" (scripting.executeScript on another site) could not load them. moduleLoader
        // below imports this one file, on the news site only.
        contentScripts: { standaloneFiles: [CONTENT_ENTRY] },
      }),
      eagerCompile(CONTENT_PATHS.js.slice(1)),
      popupOnItsOwn(base.action.default_popup),
      // Chromium only: Firefox's gain is unmeasured, and its linter rejects an import() whose
      // address is computed (the add-on's moz-extension:// origin differs per install).
      ...(target === 'chrome' ? [moduleLoader()] : []),
    ],
    server: { port: 0 },
  };
});
