/**
 * "Always on this site": a runtime grant for one origin, asked only when the reader wants it,
 * and the content script registered for exactly the origins granted. Nothing broader is held:
 * the manifest asks only for the news site, and lists every other site as optional.
 */
import browser from 'webextension-polyfill';
import { CONTENT_PATHS } from './content-files.ts';

export const ALWAYS_ON_SCRIPT_ID = 'laichau-reader-always-on';

/** The match pattern for a page's site, or undefined for a page that is not on the web. */
export function sitePattern(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return `*://${parsed.hostname}/*`;
  } catch {
    return undefined;
  }
}

export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
}

/** Origins granted at run time, beyond those the manifest asks for. */
export async function alwaysOnPatterns(): Promise<string[]> {
  const required = new Set(browser.runtime.getManifest().host_permissions ?? []);
  const granted = await browser.permissions.getAll();
  return (granted.origins ?? []).filter((origin) => !required.has(origin) && origin !== '*://*/*');
}

/**
 * Must run from a click: browsers only show the permission prompt in answer to the reader.
 * The registration is brought up to date here as well as in the background's permission
 * listeners, which not every browser fires for every grant.
 */
export async function requestAlwaysOn(pattern: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (granted)
    await syncAlwaysOnScripts().catch((error: unknown) => console.warn('[Lai Châu Reader]', error));
  return granted;
}

export async function revokeAlwaysOn(pattern: string): Promise<boolean> {
  const removed = await browser.permissions.remove({ origins: [pattern] });
  await syncAlwaysOnScripts().catch((error: unknown) => console.warn('[Lai Châu Reader]', error));
  return removed;
}

/**
 * Registers the content script for exactly the granted origins (or none). The popup, the
 * options page and the background may all run this at once: whoever finds it registered
 * already brings it up to date instead.
 */
export async function syncAlwaysOnScripts(): Promise<void> {
  const matches = await alwaysOnPatterns();
  const ids = [ALWAYS_ON_SCRIPT_ID];
  const existing = await browser.scripting.getRegisteredContentScripts({ ids });
  if (matches.length === 0) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids }).catch(() => undefined);
    return;
  }
  const script = {
    id: ALWAYS_ON_SCRIPT_ID,
    matches,
    js: [CONTENT_PATHS.js],
    css: [CONTENT_PATHS.css],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) {
    await browser.scripting.updateContentScripts([script]);
    return;
  }
  try {
    await browser.scripting.registerContentScripts([script]);
  } catch {
    await browser.scripting.updateContentScripts([script]);
  }
}
