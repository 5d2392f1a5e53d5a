/**
 * Issue 7: the reader on pages that fight back. Term-like text hidden where no reader reads it,
 * HTML-looking text that must stay text, a strict Content-Security-Policy and a stylesheet that
 * aims at everything, in Chromium and Firefox. (The 5 MB article and the page that never stops
 * changing are in long-pages.e2e.ts; keys typed into the page's fields in keyboard.e2e.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVE_NAME, FLASH_NAME } from '../../src/page/highlight-painter.ts';
import { ROOT_TAG } from '../../src/page/reader-root.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  cardsSeen,
  DOTTED,
  openMarkIndex,
  pointOnText,
  TERM_HIGHLIGHTS,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
  waitForElement,
  walkKey,
  watchCards,
} from './page-probes.ts';

const HIDING = pathOf('hostile-hiding-places.html');
const HTML_TEXT = pathOf('hostile-html-text.html');
/** Served with a strict Content-Security-Policy (test/fixtures/site/variants.json). */
const CSP_PAGE = pathOf('hostile-csp.html');

describe.each(BROWSERS)('hostile pages, in %s', (name) => {
  const live = useExtensionSession(name);

  describe('term-like text in places no reader reads', () => {
    let page: Page;
    beforeAll(async () => {
      page = await live.session.openSite(HIDING);
      await waitForPaint(page, 8);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('marks the prose paragraphs and nothing in attributes, scripts, styles, fields, SVG, frames, templates or hidden elements', async () => {
      const seen = await page.evaluate(
        (names: readonly string[], tag: string) => {
          const NOT_PROSE =
            'script, style, textarea, input, select, option, button, [contenteditable], svg, iframe, noscript, template, [hidden], [aria-hidden="true"], [style]';
          const ranges = names.flatMap((n) => [...(CSS.highlights.get(n) ?? [])] as Range[]);
          const describe = (node: Node) => {
            const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
            const chain: string[] = [];
            for (let n: Node | null = node; n; n = n.parentNode) chain.push(n.nodeName.toLowerCase());
            return {
              inDocument: node.getRootNode() === document,
              notProse: element?.closest(NOT_PROSE)?.tagName.toLowerCase() ?? null,
              hidden: !!element?.closest('.hp-hide'),
              hiddenByClass: !!element?.closest('.hp-hidden-by-class'),
              prose: !!element?.closest('.hp-plain'),
              chain: chain.join('<'),
            };
          };
          const frames = [...document.querySelectorAll('iframe')].map((frame) => {
            const win = frame.contentWindow as (Window & typeof globalThis) | null;
            return {
              src: frame.getAttribute('src') ?? 'srcdoc',
              loaded: !!frame.contentDocument?.body?.textContent?.includes('BĐBP'),
              highlights: win?.CSS?.highlights?.size ?? -1,
              hosts: frame.contentDocument?.querySelectorAll(tag).length ?? -1,
            };
          });
          return {
            ranges: ranges.map((r) => ({
              text: r.toString(),
              start: describe(r.startContainer),
              end: describe(r.endContainer),
            })),
            proseWithoutMark: [...document.querySelectorAll('.hp-plain')]
              .filter((p) => !ranges.some((r) => p.contains(r.startContainer)))
              .map((p) => p.textContent?.slice(0, 40)),
            frames,
          };
        },
        TERM_HIGHLIGHTS,
        ROOT_TAG,
      );
      // The stylesheet-hidden paragraph has a test of its own below.
      const ranges = seen.ranges.filter((r) => !r.start.hiddenByClass);
      const misplaced = ranges.filter(
        (r) =>
          !r.start.inDocument ||
          !r.end.inDocument ||
          r.start.notProse !== null ||
          r.end.notProse !== null ||
          r.start.hidden ||
          !r.start.prose ||
          !r.end.prose,
      );
      expect(misplaced).toEqual([]);
      expect(seen.proseWithoutMark).toEqual([]);
      const texts = ranges.map((r) => r.text);
      for (const term of ['BĐBP', 'UBND', 'MTTQ', '18-NQ/TW'])
        expect(
          texts.some((t) => t.includes(term)),
          term,
        ).toBe(true);
      // Both frames loaded their term-like text, and the reader painted nothing in them.
      expect(seen.frames).toHaveLength(2);
      for (const frame of seen.frames) {
        expect(frame.loaded, frame.src).toBe(true);
        expect(frame.highlights, frame.src).toBe(0);
        expect(frame.hosts, frame.src).toBe(0);
      }
    });

    it('does not mark a paragraph the page hides with its own stylesheet', async () => {
      const hiddenMarks = await page.evaluate((highlightName: string) => {
        const hidden = document.querySelector('.hp-hidden-by-class');
        const visible = hidden ? getComputedStyle(hidden).display !== 'none' : true;
        const ranges = [...(CSS.highlights.get(highlightName) ?? [])] as Range[];
        return { visible, marked: ranges.filter((r) => hidden?.contains(r.startContainer)).map(String) };
      }, DOTTED);
      expect(hiddenMarks.visible).toBe(false);
      expect(hiddenMarks.marked).toEqual([]);
    });

    it('opens no card over an editable region, and leaves field values and editable content unchanged', async () => {
      const fields = () =>
        page.evaluate(() => ({
          textarea: (document.getElementById('hp-textarea') as HTMLTextAreaElement).value,
          input: (document.getElementById('hp-input') as HTMLInputElement).value,
          editable: document.getElementById('hp-editable')?.innerHTML ?? '',
          body: document.body.outerHTML,
        }));
      const before = await fields();
      expect(before.textarea).toContain('BĐBP');
      await watchCards(page);

      // A real term in prose opens its card.
      const term = await pointOnText(page, 'MTTQ', { scope: '.lc-story__text .hp-plain' });
      await page.mouse.move(term.x, term.y);
      await waitForCard(page, 'MTTQ');

      // The pointer then rests on a term-like word in the contenteditable region. Were it a term,
      // the open card would wait for its card to replace it; it closes, because it is none.
      const inEditable = await pointOnText(page, 'BĐBP', { scope: '#hp-editable' });
      await page.mouse.move(inEditable.x, inEditable.y);
      await waitForCardClosed(page);
      expect(await cardsSeen(page)).toEqual([expect.stringContaining('MTTQ')]);

      // A keyboard walk over several marks.
      await page.mouse.move(1, 1);
      for (let i = 0; i < 4; i++) {
        await walkKey(page);
        await page.waitForFunction(
          (tag: string) =>
            !document.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>('.card')?.hidden,
          {},
          ROOT_TAG,
        );
      }
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);

      expect(await fields()).toEqual(before);
    });
  });

  it('keeps HTML-looking article text as text: in the card, in the popup, and no handler runs', async () => {
    const page = await live.session.openSite(HTML_TEXT);
    await waitForPaint(page, 4);
    // The fixture itself holds the strings as text, not as elements.
    const served = await page.evaluate(() => ({
      text: document.querySelector('.lc-story__text')?.textContent ?? '',
      images: document.querySelectorAll('.lc-story img').length,
    }));
    expect(served.text).toContain('<img src=x onerror=alert(1)>');
    expect(served.images).toBe(0);

    for (const [term, context] of [
      ['UBND', 'Theo báo cáo của UBND tỉnh'],
      ['18-NQ/TW', 'Nghị quyết số 18-NQ/TW'],
    ] as const) {
      const point = await pointOnText(page, term, { context });
      await page.mouse.move(point.x, point.y);
      await waitForCard(page, term);
      const dangerous = await page.evaluate((tag: string) => {
        const shadow = document.querySelector(tag)?.shadowRoot;
        return shadow
          ? shadow.querySelectorAll('img, script, iframe, object, [onerror], [onload], [onmouseover]').length
          : -1;
      }, ROOT_TAG);
      expect(dangerous, term).toBe(0);
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);
    }

    // Pass the pointer over the HTML-looking strings themselves, then rest on a term: its card
    // is the first shown since, so the strings opened nothing on the way.
    await watchCards(page);
    for (const text of ['<img src=x onerror=alert(1)>', '<b onmouseover=alert(1)>']) {
      const point = await pointOnText(page, text);
      await page.mouse.move(point.x, point.y, { steps: 4 });
    }
    const rest = await pointOnText(page, 'UBND', { context: 'Theo báo cáo của UBND tỉnh' });
    await page.mouse.move(rest.x, rest.y);
    await waitForCard(page, 'UBND');
    expect(await cardsSeen(page)).toEqual(['UBND']);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);

    const popup = await live.session.openPopupFor(page);
    await waitForElement(popup, '[data-state="report"]', 15_000);
    const shown = await popup.evaluate(() => ({
      figures: [...document.querySelectorAll('button.figure')].map((b) => b.textContent ?? ''),
      title: document.querySelector('.article-title')?.textContent ?? '',
      dangerous: document.querySelectorAll(
        'img, script:not([src]), iframe, object, [onerror], [onload], [onmouseover]',
      ).length,
    }));
    expect(shown.figures.some((f) => f.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(shown.title).toContain('<script>');
    expect(shown.dangerous).toBe(0);
    // Going to the figure whose sentence holds the string flashes it in the page, as text.
    await popup.$$eval('button.figure', (buttons) => {
      (buttons.find((b) => b.textContent?.includes('<img src=x')) as HTMLElement | undefined)?.click();
    });
    await page.waitForFunction(
      (flashName: string) => (CSS.highlights.get(flashName)?.size ?? 0) > 0,
      {},
      FLASH_NAME,
    );
    await popup.close();

    const trap = await page.evaluate(() => {
      const w = window as unknown as { __pwned: boolean; __pwnedBy: string[] };
      return {
        pwned: w.__pwned,
        by: w.__pwnedBy,
        images: document.querySelectorAll('img[src="x"], svg[onload], b[onmouseover]').length,
      };
    });
    expect(trap).toEqual({ pwned: false, by: [], images: 0 });
    await page.close();
  });

  it('works under a strict Content-Security-Policy and causes no violation', async () => {
    const page = await live.session.browser.newPage();
    await page.evaluateOnNewDocument(() => {
      const seen: object[] = [];
      (window as unknown as { __cspViolations: object[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push({
          directive: e.effectiveDirective,
          blockedURI: e.blockedURI,
          sourceFile: e.sourceFile,
          sample: e.sample,
          line: e.lineNumber,
        });
      });
    });
    await page.goto(`http://baolaichau.vn${CSP_PAGE}`, { waitUntil: 'load' });
    // The policy is in force: the page's own script ran ('self') and its eval was refused.
    const policy = await page.evaluate(() => ({
      script: document.documentElement.getAttribute('data-page-script'),
      evaluation: document.documentElement.getAttribute('data-eval'),
    }));
    expect(policy).toEqual({ script: 'ran', evaluation: 'blocked' });

    const painted = await waitForPaint(page, 20);
    expect(painted).toContain('18-NQ/TW');

    const point = await pointOnText(page, 'MTTQ');
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page, 'MTTQ');
    expect(card.visible).toBe(true);
    expect(card.fontSize).toBe('14px');
    const look = await page.evaluate((tag: string) => {
      const el = document.querySelector(tag)?.shadowRoot?.querySelector('.card');
      const style = el ? getComputedStyle(el) : undefined;
      return {
        background: style?.backgroundColor ?? '',
        border: parseFloat(style?.borderTopWidth ?? '0'),
        shadow: style?.boxShadow ?? 'none',
        padding: parseFloat(style?.paddingTop ?? '0'),
      };
    }, ROOT_TAG);
    expect(look.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(look.border > 0 || look.shadow !== 'none').toBe(true);
    expect(look.padding).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(1, 1);
    await walkKey(page);
    const walked = await waitForCard(page);
    expect(walked.focusedInCard).toBe(true);
    expect(await openMarkIndex(page)).toBe(0);
    await walkKey(page);
    await page.waitForFunction(
      (activeName: string, dotted: string) => {
        const active = CSS.highlights.get(activeName);
        const all = [...(CSS.highlights.get(dotted) ?? [])];
        return !!active && all.indexOf([...active][0] as Range) === 1;
      },
      { timeout: 5000 },
      ACTIVE_NAME,
      DOTTED,
    );
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);

    type Violation = { directive: string; blockedURI: string; sourceFile: string; sample: string };
    const violations = await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    );
    console.info(`[${name}] CSP violations on the page:`, JSON.stringify(violations));
    // The listener works: the page's own refused eval was reported…
    expect(violations.some((v) => v.sourceFile.includes('/static/hostile-csp.js'))).toBe(true);
    // …and nothing the extension did was.
    const fromExtension = violations.filter(
      (v) =>
        /^(chrome|moz)-extension:/.test(v.sourceFile) ||
        /^(chrome|moz)-extension:/.test(v.blockedURI) ||
        /laichau/i.test(v.sample) ||
        !v.sourceFile.includes('/static/hostile-csp.js'),
    );
    expect(fromExtension).toEqual([]);
    await page.close();
  });

  it('keeps its card whole and readable on a page with hostile CSS', async () => {
    const page = await live.session.openSite(pathOf('article-hostile-css.html'));
    await waitForPaint(page, 20);
    const point = await pointOnText(page, 'MTTQ');
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page, 'MTTQ');
    expect(card.fontSize).toBe('14px');
    expect(card.rect.left).toBeGreaterThanOrEqual(0);
    expect(card.rect.right).toBeLessThanOrEqual(card.viewport.width);
    expect(card.rect.height).toBeGreaterThan(40);
    // The page's `button { display: none !important }` does not reach the card's buttons.
    const buttonsShown = await page.evaluate((tag: string) => {
      const card = document.querySelector(tag)?.shadowRoot?.querySelector('.card');
      return [...(card?.querySelectorAll('button') ?? [])].filter((b) => b.getBoundingClientRect().width > 0)
        .length;
    }, ROOT_TAG);
    expect(buttonsShown).toBeGreaterThan(0);
    await page.close();
  });
});
