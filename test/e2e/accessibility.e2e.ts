/**
 * axe-core on every page the reader meets: the panel (report and search with results), the
 * popup, the options page and an article with a card open, in light and dark schemes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { BROWSERS, retryingDriver, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { waitForCard, waitForElement, waitForPaint } from './page-probes.ts';
import { openPanelFor } from './panel-helpers.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/** What axe looks at: the whole page, or (on a site's article) only what the extension adds. */
type Scope = 'document' | 'card';

async function axeViolations(page: Page, scope: Scope): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE_PATH }).catch(() => undefined);
  // An extension page's CSP refuses an inline script tag: there the driver evaluates the source.
  if (!(await page.evaluate(() => 'axe' in window)))
    await retryingDriver(() => page.evaluate(readFileSync(AXE_PATH, 'utf8')));
  return retryingDriver(() =>
    page.evaluate(
      async (tags: string[], scope: Scope, hostTag: string) => {
        type Axe = {
          run(
            context: unknown,
            options: object,
          ): Promise<{
            violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
          }>;
        };
        const axe = (window as unknown as { axe: Axe }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
        // Inside the reader's shadow root, axe names a node by the host, then the node.
        const ours = (target: unknown[]): boolean => Array.isArray(target[0]) && target[0][0] === hostTag;
        return result.violations
          .map((v) => ({
            id: v.id,
            help: v.help,
            nodes: v.nodes
              .filter((n) => scope === 'document' || ours(n.target))
              .map((n) => JSON.stringify(n.target)),
          }))
          .filter((v) => v.nodes.length > 0);
      },
      TAGS,
      scope,
      ROOT_TAG,
    ),
  );
}

async function expectNoViolations(page: Page, scope: Scope = 'document'): Promise<void> {
  const violations = await axeViolations(page, scope);
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
}

describe.each(
  BROWSERS.flatMap((name) => (['light', 'dark'] as const).map((scheme) => [name, scheme] as const)),
)('accessibility in %s, %s scheme', (name, colorScheme) => {
  const live = useExtensionSession(name, { colorScheme });
  let article: Page;
  let panel: Page;

  beforeAll(async () => {
    article = await live.session.openSite(pathOf('article-seed.html'));
    await waitForPaint(article, 20);
    panel = await openPanelFor(live.session, article);
    await waitForElement(panel, '#report [data-state="report"]', 15_000);
  });

  it('the panel showing the report', async () => {
    await expectNoViolations(panel);
  });

  it('the panel searching, with results and a decoded code', async () => {
    await panel.$eval('#show-search', (b) => (b as HTMLElement).click());
    await panel.evaluate(() => {
      const box = document.getElementById('search-box') as HTMLInputElement;
      box.value = 'ban';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitForElement(panel, 'ul.results button.result', 5000);
    await expectNoViolations(panel);
    await panel.evaluate(() => {
      const box = document.getElementById('search-box') as HTMLInputElement;
      box.value = '18-NQ/TW';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitForElement(panel, '.decoded .card', 5000);
    await expectNoViolations(panel);
  });

  it('the popup', async () => {
    const popup = await live.session.openPopupFor(article);
    await waitForElement(popup, '[data-state="report"]', 15_000);
    await expectNoViolations(popup);
    await popup.close();
  });

  it('the options page', async () => {
    const options = await live.session.openExtensionPage('src/options/options.html');
    await expectNoViolations(options);
    await options.close();
  });

  it('an article with a card open', async () => {
    await panel.$eval('#show-report', (b) => (b as HTMLElement).click());
    await panel.$$eval('#report button.term', (buttons) => {
      (buttons.find((b) => b.textContent?.startsWith('BĐBP')) as HTMLElement | undefined)?.click();
    });
    await article.bringToFront();
    await waitForCard(article, 'BĐBP');
    // The fixture copies the site's own markup, whose faults (unnamed thumbnail links, a pale
    // clock) are the site's: the check covers what the extension draws, in its shadow root.
    await expectNoViolations(article, 'card');
  });
});
