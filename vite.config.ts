import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import base from './manifest.json' with { type: 'json' };

/** The one add-on id Firefox knows us by; tests pin its UUID through this id. */
export const GECKO_ID = 'laichau-reader@baolaichau-reader.github.io';

type Target = 'chrome' | 'firefox';

/**
 * manifest.json is written in Chrome's form; Firefox differs only in how the background
 * runs (an event page, not a service worker) and in its own settings block, so those
 * differences are derived here instead of kept in a second manifest.
 */
export function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return base as ManifestV3Export;
  const firefox = {
    ...base,
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

function targetOf(mode: string): Target {
  if (mode === 'chrome' || mode === 'firefox') return mode;
  throw new Error(`Build with --mode chrome or --mode firefox (got "${mode}").`);
}

export default defineConfig(({ mode }) => {
  const target = targetOf(mode);
  return {
    publicDir: 'src/public',
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
    },
    plugins: [crx({ manifest: manifestFor(target), browser: target })],
    server: { port: 0 },
  };
});
