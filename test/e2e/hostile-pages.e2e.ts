/**
 * Issue 7: the reader on pages that fight back. Term-like text hidden where no reader reads it,
 * HTML-looking text that must stay text, a strict Content-Security-Policy, a 5 MB article and a
 * page that never stops changing, in Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import {
  cardState,
  pointOnText,
  waitForCard,
  waitForCardClosed,
  waitForPaint,
  waitForElement,
} from './page-probes.ts';

const HIDING = pathOf('hostile-hiding-places.html');
const HTML_TEXT = pathOf('hostile-html-text.html');
const CSP_PAGE = pathOf('hostile-csp.html');

const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'";

import { sleep } from './main-thread.ts';

async function walk(page: Page, key: 'KeyN' | 'KeyP' = 'KeyN'): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

/** Index, in reading order, of the mark whose card is open (-1 when none is). */
async function openMarkIndex(page: Page): Promise<number> {
  return page.evaluate(() => {
    const active = CSS.highlights.get('laichau-reader-active');
    const open = active ? ([...active][0] as Range | undefined) : undefined;
    const all = [...(CSS.highlights.get('laichau-reader-dotted') ?? [])] as Range[];
    if (!open) return -1;
    return all.findIndex(
      (r) => r === open || (r.startContainer === open.startContainer && r.startOffset === open.startOffset),
    );
  });
}

describe.each(BROWSERS)('hostile pages, in %s', (name) => {
  const live = useExtensionSession(name);

  beforeAll(async () => {
    live.server.headersFor.set(CSP_PAGE, { 'content-security-policy': STRICT_CSP });
  });

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
      const seen = await page.evaluate(() => {
        const NOT_PROSE =
          'script, style, textarea, input, select, option, button, [contenteditable], svg, iframe, noscript, template, [hidden], [aria-hidden="true"], [style]';
        const ranges = ['laichau-reader-dotted', 'laichau-reader-solid', 'laichau-reader-tint'].flatMap(
          (n) => [...(CSS.highlights.get(n) ?? [])] as Range[],
        );
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
            hosts: frame.contentDocument?.querySelectorAll('laichau-reader-root').length ?? -1,
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
      });
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
      const hiddenMarks = await page.evaluate(() => {
        const hidden = document.querySelector('.hp-hidden-by-class');
        const visible = hidden ? getComputedStyle(hidden).display !== 'none' : true;
        const ranges = [...(CSS.highlights.get('laichau-reader-dotted') ?? [])] as Range[];
        return { visible, marked: ranges.filter((r) => hidden?.contains(r.startContainer)).map(String) };
      });
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

      // A term-like word in the contenteditable region: the pointer rests, nothing opens.
      const inEditable = await pointOnText(page, 'BĐBP', { scope: '#hp-editable' });
      await page.mouse.move(inEditable.x, inEditable.y);
      await sleep(900);
      expect((await cardState(page))?.visible ?? false).toBe(false);

      // A real term in prose opens its card.
      const term = await pointOnText(page, 'MTTQ', { scope: '.lc-story__text .hp-plain' });
      await page.mouse.move(term.x, term.y);
      await waitForCard(page, 'MTTQ');
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);

      // A keyboard walk over several marks.
      await page.mouse.move(1, 1);
      for (let i = 0; i < 4; i++) {
        await walk(page);
        await page.waitForFunction(
          () =>
            !document.querySelector('laichau-reader-root')?.shadowRoot?.querySelector<HTMLElement>('.card')
              ?.hidden,
        );
      }
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);

      expect(await fields()).toEqual(before);
    });

    it('takes no Alt+Shift+N typed into the page’s own fields, and the walk resumes where it was', async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(1, 1);
      await walk(page);
      await waitForCard(page);
      const first = await openMarkIndex(page);
      expect(first).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);

      for (const field of ['#hp-textarea', '#hp-input', '#hp-editable']) {
        await page.focus(field);
        await walk(page);
        await sleep(600);
        expect((await cardState(page))?.visible ?? false, field).toBe(false);
        expect(await openMarkIndex(page), field).toBe(-1);
        const focused = await page.evaluate(
          (selector: string) => document.activeElement === document.querySelector(selector),
          field,
        );
        expect(focused, field).toBe(true);
      }

      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await walk(page);
      await waitForCard(page);
      expect(await openMarkIndex(page)).toBe(first + 1);
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);
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
      const dangerous = await page.evaluate(() => {
        const shadow = document.querySelector('laichau-reader-root')?.shadowRoot;
        return shadow
          ? shadow.querySelectorAll('img, script, iframe, object, [onerror], [onload], [onmouseover]').length
          : -1;
      });
      expect(dangerous, term).toBe(0);
      await page.keyboard.press('Escape');
      await waitForCardClosed(page);
    }

    // Pass the pointer over the HTML-looking strings themselves.
    for (const text of ['<img src=x onerror=alert(1)>', '<b onmouseover=alert(1)>']) {
      const point = await pointOnText(page, text);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await sleep(500);
    }

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
    await page.waitForFunction(() => (CSS.highlights.get('laichau-reader-flash')?.size ?? 0) > 0);
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
    const look = await page.evaluate(() => {
      const el = document.querySelector('laichau-reader-root')?.shadowRoot?.querySelector('.card');
      const style = el ? getComputedStyle(el) : undefined;
      return {
        background: style?.backgroundColor ?? '',
        border: parseFloat(style?.borderTopWidth ?? '0'),
        shadow: style?.boxShadow ?? 'none',
        padding: parseFloat(style?.paddingTop ?? '0'),
      };
    });
    expect(look.background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(look.border > 0 || look.shadow !== 'none').toBe(true);
    expect(look.padding).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await waitForCardClosed(page);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(1, 1);
    await walk(page);
    const walked = await waitForCard(page);
    expect(walked.focusedInCard).toBe(true);
    expect(await openMarkIndex(page)).toBe(0);
    await walk(page);
    await page.waitForFunction(
      () => {
        const active = CSS.highlights.get('laichau-reader-active');
        const all = [...(CSS.highlights.get('laichau-reader-dotted') ?? [])];
        return !!active && all.indexOf([...active][0] as Range) === 1;
      },
      { timeout: 5000 },
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
});
