/**
 * Pins what each build asks of the browser. Every item here is justified in README.md
 * ("Permissions"); adding one means adding its reason there and here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_LOADER_PATH, CONTENT_PATHS, EAGER_COMPILE_HINT } from '../../src/platform/content-files.ts';

const SITE = ['*://baolaichau.vn/*', '*://*.baolaichau.vn/*'];
/** The panel's permission differs by browser: Chrome's side panel and menus, Firefox's menus. */
const PANEL_PERMISSIONS: Record<string, string[]> = {
  chrome: ['sidePanel', 'contextMenus'],
  firefox: ['menus'],
};
const PINNED = {
  permissions: ['storage', 'activeTab', 'scripting'],
  host_permissions: SITE,
  optional_host_permissions: ['*://*/*'],
};

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const manifest = JSON.parse(
    readFileSync(new URL(`../../dist/${target}/manifest.json`, import.meta.url), 'utf8'),
  ) as {
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    optional_permissions?: string[];
    content_scripts?: Array<{ matches: string[]; js: string[]; css?: string[] }>;
    web_accessible_resources?: unknown[];
    externally_connectable?: unknown;
    content_security_policy?: unknown;
    action?: { default_popup?: string };
  };

  it('asks for exactly the pinned permissions', () => {
    expect(manifest.permissions ?? []).toEqual([...PINNED.permissions, ...(PANEL_PERMISSIONS[target] ?? [])]);
    expect(manifest.host_permissions ?? []).toEqual(PINNED.host_permissions);
    expect(manifest.optional_host_permissions ?? []).toEqual(PINNED.optional_host_permissions);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('runs its content script on the news site only', () => {
    expect(manifest.content_scripts?.map((c) => c.matches)).toEqual([SITE]);
  });

  // Chromium's manifest names a loader that imports the script as a module; Firefox's, the script.
  const loads = target === 'chrome';

  it('loads on the news site the same one script that "Annotate this page" injects', () => {
    const [script, ...others] = manifest.content_scripts ?? [];
    expect(others).toEqual([]);
    expect(script?.js.map((file) => `/${file}`)).toEqual([loads ? CONTENT_LOADER_PATH : CONTENT_PATHS.js]);
    expect(script?.css?.map((file) => `/${file}`)).toEqual([CONTENT_PATHS.css]);
    const loader = new URL(`../../dist/${target}${CONTENT_LOADER_PATH}`, import.meta.url);
    expect(existsSync(loader)).toBe(loads);
    if (loads) {
      // The loader imports the script by its path and nothing else; it stays a few bytes.
      const code = readFileSync(loader, 'utf8');
      expect(code).toContain(`import(r.getURL(${JSON.stringify(CONTENT_PATHS.js.slice(1))}))`);
      expect(code.length).toBeLessThan(200);
    }
    const code = readFileSync(new URL(`../../dist/${target}${CONTENT_PATHS.js}`, import.meta.url), 'utf8');
    // Classic as well as a module: no module syntax and no chunk of its own to fetch.
    expect(code).not.toMatch(/^\s*(import|export)\b|\bimport\s*\(/m);
    // V8's hint to compile all of it at once comes first, then the one function that is the script.
    expect(code.startsWith(`${EAGER_COMPILE_HINT}(function`)).toBe(true);
  });

  it('opens the popup that its own build wrote beside the other pages', () => {
    // The popup is built apart from CRXJS, which would otherwise drop or rewrite this address.
    expect(manifest.action?.default_popup).toBe('src/popup/popup.html');
    const page = readFileSync(new URL(`../../dist/${target}/src/popup/popup.html`, import.meta.url), 'utf8');
    expect(page).toMatch(/<script type="module"[^>]* src="\/assets\/popup-[\w-]+\.js"/);
  });

  it('exposes no file but the Chromium content script, to the news site only, and accepts no message from pages', () => {
    // Chromium's loader needs the script web-accessible, to the news site only; Firefox, nothing.
    expect(manifest.web_accessible_resources).toEqual(
      loads ? [{ resources: [CONTENT_PATHS.js.slice(1)], matches: SITE }] : undefined,
    );
    expect(manifest.externally_connectable).toBeUndefined();
    // The default extension CSP (no remote code, no eval) is kept.
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('is justified item by item in the README', () => {
    for (const item of [
      ...PINNED.permissions,
      ...(PANEL_PERMISSIONS[target] ?? []),
      ...PINNED.host_permissions,
      ...PINNED.optional_host_permissions,
    ]) {
      expect(readme, item).toContain(`\`${item}\``);
    }
  });
});
