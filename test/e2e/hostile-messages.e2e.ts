/**
 * Messages that are not what the protocol says, sent from an extension page (the only place that
 * can reach the content script and the background): nothing answers them with a report, nothing
 * in the page moves, and the real messages still work afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLASH_NAME } from '../../src/page/highlight-painter.ts';
import { BROWSERS, type Page } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { cardsSeen, highlightSize, waitForPaint, watchCards } from './page-probes.ts';

const ARTICLE = pathOf('article-seed.html');

interface Outcome {
  label: string;
  outcome: 'resolved' | 'rejected';
  /** JSON of the answer, or 'undefined'. */
  answer: string;
}

/**
 * What the page has done since the watch began: scrolled, flashed a range (sampled every
 * 20 ms, `samples` counts them). The cards it showed are recorded by watchCards.
 */
interface PageWatch {
  scrolls: number;
  flashed: boolean;
  scrollY: number;
  samples: number;
}

async function startWatch(page: Page): Promise<void> {
  await page.evaluate((flashName: string) => {
    const watch = { scrolls: 0, flashed: false, scrollY: window.scrollY, samples: 0 };
    (window as unknown as { __junkWatch: typeof watch }).__junkWatch = watch;
    window.addEventListener('scroll', () => watch.scrolls++, { passive: true });
    setInterval(() => {
      if ((CSS.highlights.get(flashName)?.size ?? 0) > 0) watch.flashed = true;
      watch.scrollY = window.scrollY;
      watch.samples++;
    }, 20);
  }, FLASH_NAME);
  await watchCards(page);
}

const readWatch = (page: Page): Promise<PageWatch> =>
  page.evaluate(() => ({ ...(window as unknown as { __junkWatch: PageWatch }).__junkWatch }));

/** Waits until the watch has sampled the page `more` times since `since` was read. */
async function watchSampled(page: Page, since: PageWatch, more = 3): Promise<void> {
  await page.waitForFunction(
    (until: number) => (window as unknown as { __junkWatch: PageWatch }).__junkWatch.samples >= until,
    { timeout: 5000, polling: 20 },
    since.samples + more,
  );
}

describe.each(BROWSERS)('junk messages, in %s', (name) => {
  const live = useExtensionSession(name);
  let article: Page;
  let extensionPage: Page;
  let articleTab: number;
  let ownTab: number;
  let marksBefore: number;

  beforeAll(async () => {
    article = await live.session.openSite(ARTICLE);
    marksBefore = (await waitForPaint(article, 20)).length;
    extensionPage = await live.session.openExtensionPage('src/popup/popup.html?tab=lookup');
    const ids = await extensionPage.evaluate(async (url: string) => {
      type Api = {
        tabs: {
          query(q: object): Promise<Array<{ id?: number; url?: string }>>;
          getCurrent(): Promise<{ id?: number } | undefined>;
        };
      };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome) as Api;
      const tabs = await api.tabs.query({});
      return { article: tabs.find((t) => t.url === url)?.id, own: (await api.tabs.getCurrent())?.id };
    }, article.url());
    if (ids.article === undefined || ids.own === undefined) throw new Error('tab ids not found');
    articleTab = ids.article;
    ownTab = ids.own;
    await startWatch(article);
  });
  afterAll(async () => {
    await extensionPage?.close();
    await article?.close();
  });

  it('answers no junk sent to the content script, and the page neither scrolls, flashes nor opens a card', async () => {
    const outcomes = await extensionPage.evaluate(async (tabId: number) => {
      type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome) as Api;
      const junk: Array<[string, unknown]> = [
        ['undefined', undefined],
        ['null', null],
        ['42', 42],
        ['the string get-report', 'get-report'],
        ['get-report with an extra key', { type: 'get-report', extra: 1 }],
        ['reveal from -1', { type: 'reveal', start: -1, end: 5, openCard: true }],
        ['reveal backwards', { type: 'reveal', start: 5, end: 2, openCard: false }],
        ['reveal with strings', { type: 'reveal', start: '0', end: '9', openCard: 'yes' }],
        ['reveal with fractions', { type: 'reveal', start: 0.5, end: 9.5, openCard: true }],
        ['reveal far beyond the text', { type: 'reveal', start: 1e8, end: 1e8 + 5, openCard: true }],
        ['reveal without openCard', { type: 'reveal', start: 0, end: 9 }],
        ['type __proto__', { type: '__proto__' }],
        ['an array', [{ type: 'get-report' }]],
        ['a 1 MB string', 'x'.repeat(1 << 20)],
        ['a 1 MB type', { type: 'get-report'.repeat(100_000) }],
      ];
      const out: Array<{ label: string; outcome: 'resolved' | 'rejected'; answer: string }> = [];
      for (const [label, message] of junk) {
        try {
          const answer = await api.tabs.sendMessage(tabId, message);
          out.push({ label, outcome: 'resolved', answer: JSON.stringify(answer) ?? 'undefined' });
        } catch (error) {
          out.push({ label, outcome: 'rejected', answer: String(error).slice(0, 120) });
        }
      }
      // The page takes its messages in order: its answer to this one says it is done with the junk.
      const after = (await api.tabs.sendMessage(tabId, { type: 'get-report' })) as { state?: string };
      return { out, state: after.state };
    }, articleTab);
    console.info(
      `[${name}] junk to the content script:`,
      JSON.stringify(outcomes.out.map((o) => `${o.label}: ${o.outcome}`)),
    );
    expect(outcomes.state).toBe('ready');
    expect(outcomes.out).toHaveLength(15);
    // Well-formed but past the end of the article (a stale popup): a plain "no", and nothing moves.
    const stale = outcomes.out.find((o) => o.label === 'reveal far beyond the text');
    expect(stale?.answer).toBe(JSON.stringify({ type: 'revealed', ok: false }));
    const answered = outcomes.out.filter(
      (o: Outcome) => o !== stale && o.outcome === 'resolved' && o.answer !== 'undefined',
    );
    expect(answered).toEqual([]);

    // A flash lasts far longer than the watch's 20 ms between samples: a few more samples see it.
    await watchSampled(article, await readWatch(article));
    const watch = await readWatch(article);
    expect(watch).toMatchObject({ scrolls: 0, flashed: false, scrollY: 0 });
    expect(await cardsSeen(article)).toEqual([]);
    expect(await highlightSize(article)).toBe(marksBefore);
  });

  it('answers no junk sent to the background, and its badge is not changed by it', async () => {
    const result = await extensionPage.evaluate(
      async (articleId: number, ownId: number) => {
        type Api = {
          runtime: { sendMessage(m: unknown): Promise<unknown> };
          action: { getBadgeText(d: { tabId: number }): Promise<string> };
        };
        const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (scope.browser ?? scope.chrome) as Api;
        const badges = async () => ({
          article: await api.action.getBadgeText({ tabId: articleId }),
          own: await api.action.getBadgeText({ tabId: ownId }),
        });
        const before = await badges();
        const junk: Array<[string, unknown]> = [
          ['undefined', undefined],
          ['null', null],
          ['42', 42],
          ['the string page-status', 'page-status'],
          ['negative count', { type: 'page-status', isArticle: true, marked: -3 }],
          ['count only', { type: 'page-status', marked: -3 }],
          ['string flag', { type: 'page-status', isArticle: 'yes', marked: 5 }],
          ['huge count', { type: 'page-status', isArticle: true, marked: 1e12 }],
          ['fractional count', { type: 'page-status', isArticle: true, marked: 2.5 }],
          ['no flag', { type: 'page-status', marked: 5 }],
          ['marking without choices', { type: 'mark-article', text: 'UBND tỉnh' }],
          [
            'marking an unknown level',
            { type: 'mark-article', text: 'UBND tỉnh', firstOnly: false, level: 'all', categories: [] },
          ],
          ['extra key', { type: 'page-status', isArticle: true, marked: 5, badge: 'x' }],
          ['a content request', { type: 'get-report' }],
          ['type __proto__', { type: '__proto__' }],
          ['a 1 MB string', 'x'.repeat(1 << 20)],
        ];
        const out: Array<{ label: string; outcome: 'resolved' | 'rejected'; answer: string }> = [];
        for (const [label, message] of junk) {
          try {
            const answer = await api.runtime.sendMessage(message);
            out.push({ label, outcome: 'resolved', answer: JSON.stringify(answer) ?? 'undefined' });
          } catch (error) {
            out.push({ label, outcome: 'rejected', answer: String(error).slice(0, 120) });
          }
        }
        // The background answers a status once it has set the badge, and junk at once: each
        // answer above says it is done with that message.
        const afterJunk = await badges();
        // Control: a well-formed status from this tab does reach the badge of this tab.
        await api.runtime
          .sendMessage({ type: 'page-status', isArticle: true, marked: 7 })
          .catch(() => undefined);
        const afterValid = await badges();
        return { out, before, afterJunk, afterValid };
      },
      articleTab,
      ownTab,
    );
    console.info(
      `[${name}] junk to the background:`,
      JSON.stringify(result.out.map((o) => `${o.label}: ${o.outcome}`)),
    );
    expect(result.out).toHaveLength(16);
    expect(result.out.filter((o: Outcome) => o.outcome === 'resolved' && o.answer !== 'undefined')).toEqual(
      [],
    );
    expect(result.before.article).toMatch(/^\d+$/);
    expect(result.afterJunk).toEqual(result.before);
    expect(result.afterValid).toEqual({ article: result.before.article, own: '7' });
  });

  it('still answers a valid report and a valid reveal afterwards', async () => {
    const answers = await extensionPage.evaluate(async (tabId: number) => {
      type Api = { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome) as Api;
      const report = (await api.tabs.sendMessage(tabId, { type: 'get-report' })) as {
        type: string;
        article: { isArticle: boolean };
        terms: Array<{ start: number; end: number }>;
      };
      const term = report.terms[0];
      const revealed = term
        ? await api.tabs.sendMessage(tabId, {
            type: 'reveal',
            start: term.start,
            end: term.end,
            openCard: false,
          })
        : undefined;
      return { type: report.type, isArticle: report.article.isArticle, terms: report.terms.length, revealed };
    }, articleTab);
    expect(answers.type).toBe('report');
    expect(answers.isArticle).toBe(true);
    expect(answers.terms).toBeGreaterThan(5);
    expect(answers.revealed).toEqual({ type: 'revealed', ok: true });
    // The watch that saw nothing during the junk does see this one.
    await article.waitForFunction(
      () => (window as unknown as { __junkWatch: PageWatch }).__junkWatch.flashed,
      { timeout: 5000, polling: 100 },
    );
    expect(await highlightSize(article)).toBe(marksBefore);
  });
});
