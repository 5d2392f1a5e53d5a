/**
 * Chromium's manifest injects a loader of a few bytes that import()s the content script as a
 * module. It runs in every news-site page before anything of the reader, so it must throw nothing
 * and leave no rejected promise unhandled when the extension is gone under it: no runtime at all,
 * a runtime that throws (Chromium's orphaned context: "Extension context invalidated"), or an
 * address that no longer loads. The shipped file is run in the page's own world, where the test
 * can give it each of these runtimes. Chromium only: Firefox's build ships no loader.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOADER_PATH } from '../../src/platform/content-files.ts';
import type { Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';

const LOADER = readFileSync(new URL(`../../dist/chrome${CONTENT_LOADER_PATH}`, import.meta.url), 'utf8');

/** The runtimes the loader may meet, as code that sets them up in the page's world. */
const RUNTIMES = {
  'no extension API at all': 'globalThis.browser = undefined; globalThis.chrome = undefined;',
  'an API without a runtime': 'globalThis.browser = undefined; globalThis.chrome = {};',
  'a runtime whose getURL throws, as an orphaned one does':
    'globalThis.browser = undefined; globalThis.chrome = { runtime: { getURL() { throw new Error("Extension context invalidated."); } } };',
  'a runtime whose address no longer loads':
    'globalThis.browser = undefined; globalThis.chrome = { runtime: { getURL: (path) => "/gone/" + path } };',
} as const;

interface Outcome {
  finished: boolean;
  errors: string[];
}

/** Runs the shipped loader after `setUp`, and reports what the page saw once its import settled. */
async function runLoader(page: Page, setUp: string): Promise<Outcome> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (globalThis as unknown as { loaderErrors: string[] }).loaderErrors = seen;
    addEventListener('error', (event) => seen.push(`error: ${event.message}`));
    addEventListener('unhandledrejection', (event) => seen.push(`unhandled: ${String(event.reason)}`));
  });
  // One inline script, as the browser runs an injected file: a throw would stop it before the flag.
  await page.addScriptTag({ content: `${setUp}\n${LOADER}\nglobalThis.loaderFinished = true;` });
  // A string, not a function: vitest would rewrite the import() in a function's source.
  return page.evaluate(`(async () => {
    // The same address fails for a second importer once the loader's import has failed: when
    // this one settles, the loader's has, and a task later the page would have reported it.
    await import('/gone/src/content/main.js').catch(() => undefined);
    await new Promise((done) => setTimeout(done, 0));
    await new Promise((done) => setTimeout(done, 0));
    return { finished: globalThis.loaderFinished === true, errors: globalThis.loaderErrors };
  })()`) as Promise<Outcome>;
}

describe("Chromium's content-script loader, with the extension gone under it", () => {
  const live = useExtensionSession('chromium');

  it.each(Object.entries(RUNTIMES))(
    'throws nothing and leaves nothing unhandled with %s',
    async (_what, setUp) => {
      const page = await live.session.openSite(pathOf('article-seed.html'));
      try {
        expect(await runLoader(page, setUp)).toEqual({ finished: true, errors: [] });
      } finally {
        await page.close();
      }
    },
  );

  it('does report an import that fails unhandled, so the checks above can fail', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    try {
      const broken = LOADER.replace('.catch(()=>{})', '');
      expect(broken).not.toBe(LOADER);
      await page.evaluate(() => {
        const seen: string[] = [];
        (globalThis as unknown as { loaderErrors: string[] }).loaderErrors = seen;
        addEventListener('unhandledrejection', (event) => seen.push(String(event.reason)));
      });
      await page.addScriptTag({
        content: `${RUNTIMES['a runtime whose address no longer loads']}\n${broken}`,
      });
      await page.waitForFunction(
        () => (globalThis as unknown as { loaderErrors: string[] }).loaderErrors.length > 0,
      );
    } finally {
      await page.close();
    }
  });

  it('does report a loader that throws, so the checks above can fail', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    try {
      const unguarded = LOADER.replace('try{', '{').replace('}catch{}', '}');
      expect(unguarded).not.toBe(LOADER);
      await page.evaluate(() => {
        const seen: string[] = [];
        (globalThis as unknown as { loaderErrors: string[] }).loaderErrors = seen;
        addEventListener('error', (event) => seen.push(event.message));
      });
      await page
        .addScriptTag({ content: `${RUNTIMES['no extension API at all']}\n${unguarded}` })
        .catch(() => undefined);
      expect(
        await page.evaluate(() => (globalThis as unknown as { loaderErrors: string[] }).loaderErrors),
      ).toEqual([expect.stringMatching(/TypeError/)]);
    } finally {
      await page.close();
    }
  });
});
