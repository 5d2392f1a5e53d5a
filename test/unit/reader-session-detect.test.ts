/**
 * The look that brings its marks: the background reads the article's text from the snapshot and
 * marks it in the same answer. The session paints those marks without sending its text again,
 * but only when the text they were made for is the page's own; otherwise it asks.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { answerDetection } from '../../src/background/detect-route.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { parseVerdictAnswer } from '../../src/messages/detect-messages.ts';
import { ReaderSession } from '../../src/page/reader-session.ts';
import type { ReaderDeps } from '../../src/page/reader-deps.ts';
import { verdictFromWire } from '../../src/page/verdict-wire.ts';
import { loadFixture, type LoadedPage } from '../fixtures/site/load-fixture.ts';

beforeAll(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  scope.Highlight ??= class extends Set<Range> {};
  scope.CSS ??= { highlights: new Map() };
});

const finder = buildTermMatcher(GLOSSARY);
const open: Array<{ page: LoadedPage; session: ReaderSession }> = [];
afterEach(async () => {
  for (const { page, session } of open.splice(0)) {
    session.stop();
    await page.window.happyDOM.close();
  }
});

interface Options {
  /** Alters the background's answer, or (undefined) makes the look fail. */
  tamper?: (
    answer: Record<string, unknown>,
    page: LoadedPage,
    look: number,
  ) => Record<string, unknown> | undefined;
  /** Answers the session's own request for marks. */
  markText?: ReaderDeps['markText'];
  file?: string;
}

/** A session on a page whose looks go through the background's route. */
function sessionOn({ tamper = (answer) => answer, markText, file = 'article-seed.html' }: Options = {}): {
  session: ReaderSession;
  textsSent: string[];
  marked: string[];
  page: LoadedPage;
} {
  const page = loadFixture(file);
  const scope = globalThis as unknown as Record<string, unknown>;
  const window = page.window as unknown as Record<string, unknown>;
  for (const name of ['MutationObserver', 'NodeFilter', 'Node', 'getComputedStyle'])
    scope[name] = window[name];
  const textsSent: string[] = [];
  const marked: string[] = [];
  const marker = { finder: () => finder, onMarked: (text: string) => void marked.push(text) };
  let looks = 0;
  const deps: ReaderDeps = {
    markText: (text, settings, wanted) => {
      textsSent.push(text);
      return markText ? markText(text, settings, wanted) : Promise.resolve([]);
    },
    cardTexts: { cached: () => undefined, fetch: () => Promise.resolve(undefined) },
    detect: async (snapshot, ask) => {
      looks += 1;
      const [chunk, ...more] = JSON.parse(JSON.stringify(snapshot.chunks)) as typeof snapshot.chunks;
      expect(more).toHaveLength(0);
      const sent = (await answerDetection({ type: 'detect-page', chunk, ...ask }, '1:0', marker)) as Record<
        string,
        unknown
      >;
      const answer = parseVerdictAnswer(tamper(sent, page, looks));
      const verdict = answer && verdictFromWire(answer, snapshot.nodes);
      if (!answer || !verdict) return undefined;
      return answer.marked ? { verdict, marked: answer.marked } : { verdict };
    },
  };
  const session = new ReaderSession(page.document, deps, DEFAULT_SETTINGS);
  open.push({ page, session });
  return { session, textsSent, marked, page };
}

async function settled(session: ReaderSession): Promise<void> {
  for (let i = 0; i < 400 && session.report().state === 'loading'; i++)
    await new Promise((r) => setTimeout(r, 5));
}

describe('a look that brings its marks', () => {
  it('paints them without sending the text again', async () => {
    const { session, textsSent, marked } = sessionOn();
    session.start();
    await settled(session);
    expect(session.report().state).toBe('ready');
    expect(textsSent).toHaveLength(0);
    expect(session.marks.length).toBeGreaterThan(10);
    // The background marked the very text the page holds, and the marks point into it.
    expect(marked).toHaveLength(1);
    expect(marked[0]).toBe(session.report().text);
  });

  it('asks for them when the text they were made for is not the page’s', async () => {
    const { session, textsSent } = sessionOn({
      tamper: (answer) => {
        // As if the page's styles hid its first paragraph: one text node fewer on the page.
        const marked = answer.marked as { textNodes: number[] };
        marked.textNodes = marked.textNodes.slice(1);
        return answer;
      },
    });
    session.start();
    await settled(session);
    expect(textsSent).toHaveLength(1);
    expect(textsSent[0]!.length).toBeGreaterThan(1000);
  });

  it('asks for them when the page rewrote a text in place, to the same length, meanwhile', async () => {
    const { session, textsSent, marked } = sessionOn({
      tamper: (answer, page, look) => {
        if (look === 1) {
          const paragraphs = Array.from(page.document.querySelectorAll('.lc-story__text p'));
          const node = paragraphs
            .flatMap((p) => Array.from(p.childNodes))
            .find((n): n is Text => n.nodeType === 3 && (n as Text).data.length > 20);
          if (!node) throw new Error('the seed has no paragraph text');
          node.data = 'X'.repeat(5) + node.data.slice(5);
        }
        return answer;
      },
    });
    session.start();
    await settled(session);
    expect(marked[0]).not.toContain('XXXXX');
    expect(textsSent[0]).toContain('XXXXX');
    expect(textsSent[0]!.length).toBe(marked[0]!.length);
  });

  it('stops saying "loading" when a forced look finds no verdict while a pass waited for marks', async () => {
    const { session, textsSent } = sessionOn({
      // The first look's marks are refused, so the pass asks and waits; the next look fails.
      tamper: (answer, _page, look) => (look === 1 ? { ...answer, marked: undefined } : undefined),
      markText: () => new Promise(() => undefined),
    });
    session.start();
    for (let i = 0; i < 400 && textsSent.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(session.report().state).toBe('loading');
    session.applySettings({ ...DEFAULT_SETTINGS, firstOnly: !DEFAULT_SETTINGS.firstOnly });
    await settled(session);
    expect(session.report().state).toBe('ready');
  });
});

describe('annotate anyway', () => {
  it('answers once the page has been looked at again, on and off', async () => {
    const { session } = sessionOn({ file: 'about-page.html' });
    session.start();
    await settled(session);
    expect(session.report().article.isArticle).toBe(false);
    expect(await session.annotateAnyway(true)).toBe(true);
    expect(session.report().article.reason).toBe('article:reader-chosen');
    await settled(session);
    expect(session.marks.length).toBeGreaterThan(0);
    expect(await session.annotateAnyway(false)).toBe(true);
    expect(session.report().article.isArticle).toBe(false);
  });
});
