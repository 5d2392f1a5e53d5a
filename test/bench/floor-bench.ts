/**
 * The floor under the "own JS" figure: what a content script pays on the seed in a fresh tab
 * before it does any work of its own. A stand-in script takes the place of the reader's in a
 * copy of the build. It reads the settings from storage and listens for the popup and for setting
 * changes. It walks the page's DOM once, joining its text, and sends that text to the background
 * in the reader's own marking request. It does nothing else. Its own JS, from the same CPU
 * profile, is the least any content script that reads the page spends. The profile puts most of
 * the DOM's and the APIs' first touch in native frames, which it does not count as the
 * extension's, so this floor is low and the rest of the reader's figure is the reader's code.
 *
 * The same copy's popup is a stand-in too: a page of one small module script that sets the
 * popup's marks as it starts. From its opening to that mark is what the browser spends before
 * any popup could show anything (a tab, a renderer, a document, one script fetched and run).
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import type { MarkRequest } from '../../src/messages/mark-messages.ts';
import { CONTENT_PATHS, EAGER_COMPILE_HINT } from '../../src/platform/content-files.ts';
import { PERF_MARKS } from './page-bench.ts';
import { POPUP } from './ui-bench.ts';

const STAND_IN_POPUP_SCRIPT = 'floor-popup.js';

function standInPopup(): { html: string; script: string } {
  return {
    html: `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>Stand-in</title><script type="module" src="/${STAND_IN_POPUP_SCRIPT}"></script></head><body><main id="app"></main></body></html>\n`,
    script: `performance.mark(${JSON.stringify(POPUP.start)});\nperformance.mark(${JSON.stringify(POPUP.shown)});\n`,
  };
}

function standInScript(): string {
  const request: Omit<MarkRequest, 'text'> = {
    type: 'mark-article',
    firstOnly: DEFAULT_SETTINGS.firstOnly,
    level: DEFAULT_SETTINGS.markLevel,
    categories: [...DEFAULT_SETTINGS.categories],
  };
  // Plain script, as the browser injects it, with the reader's compile hint: no module, no bundler.
  // Chromium only, so its own name for the API (a page element id="browser" could shadow the other).
  return `${EAGER_COMPILE_HINT}(async () => {
  performance.mark(${JSON.stringify(PERF_MARKS.start)});
  await chrome.storage.sync.get(null);
  chrome.storage.onChanged.addListener(() => undefined);
  chrome.runtime.onMessage.addListener(() => undefined);
  const parts = [];
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push(n.data);
      else if (n.nodeType === 1) walk(n);
    }
  };
  walk(document.body);
  const text = parts.join('');
  try {
    await chrome.runtime.sendMessage({ ...${JSON.stringify(request)}, text });
  } catch {}
  performance.mark(${JSON.stringify(PERF_MARKS.painted)}, { detail: { marked: 0 } });
})();
`;
}

/** A copy of the Chromium build at `dist` whose content script and popup are the stand-ins; returns its folder. */
export async function floorBuild(root: string, dist: string): Promise<string> {
  const outDir = join(root, '.tmp', 'bench-build', 'floor');
  await rm(outDir, { recursive: true, force: true });
  await cp(dist, outDir, { recursive: true });
  await writeFile(join(outDir, CONTENT_PATHS.js), standInScript());
  const popup = standInPopup();
  await writeFile(join(outDir, 'src', 'popup', 'popup.html'), popup.html);
  await writeFile(join(outDir, STAND_IN_POPUP_SCRIPT), popup.script);
  return outDir;
}
