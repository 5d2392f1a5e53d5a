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
import { ReaderSession, type ReaderDeps } from '../../src/page/reader-session.ts';
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

/** A session on the seed whose looks go through the background's route; `tamper` alters the answer. */
function sessionOnSeed(tamper: (answer: Record<string, unknown>) => void = () => undefined): {
  session: ReaderSession;
  textsSent: string[];
  marked: string[];
} {
  const page = loadFixture('article-seed.html');
  const scope = globalThis as unknown as Record<string, unknown>;
  const window = page.window as unknown as Record<string, unknown>;
  for (const name of ['MutationObserver', 'NodeFilter', 'Node', 'getComputedStyle'])
    scope[name] = window[name];
  const textsSent: string[] = [];
  const marked: string[] = [];
  const marker = { finder: () => finder, onMarked: (text: string) => void marked.push(text) };
  const deps: ReaderDeps = {
    markText: (text) => {
      textsSent.push(text);
      return Promise.resolve([]);
    },
    cardTexts: { cached: () => undefined, fetch: () => Promise.resolve(undefined) },
    detect: async (snapshot, ask) => {
      const [chunk, ...more] = JSON.parse(JSON.stringify(snapshot.chunks)) as typeof snapshot.chunks;
      expect(more).toHaveLength(0);
      const sent = (await answerDetection({ type: 'detect-page', chunk, ...ask }, '1:0', marker)) as Record<
        string,
        unknown
      >;
      tamper(sent);
      const answer = parseVerdictAnswer(sent);
      const verdict = answer && verdictFromWire(answer, snapshot.nodes);
      if (!answer || !verdict) return undefined;
      return answer.marked ? { verdict, marked: answer.marked } : { verdict };
    },
  };
  const session = new ReaderSession(page.document, deps, DEFAULT_SETTINGS);
  open.push({ page, session });
  return { session, textsSent, marked };
}

async function settled(session: ReaderSession): Promise<void> {
  for (let i = 0; i < 400 && session.report().state === 'loading'; i++)
    await new Promise((r) => setTimeout(r, 5));
}

describe('a look that brings its marks', () => {
  it('paints them without sending the text again', async () => {
    const { session, textsSent, marked } = sessionOnSeed();
    session.start();
    await settled(session);
    expect(session.report().state).toBe('ready');
    expect(textsSent).toHaveLength(0);
    expect(session.marks.length).toBeGreaterThan(10);
    // The background marked the very text the page holds, and the marks point into it.
    expect(marked).toHaveLength(1);
    const text = session.report().text ?? '';
    expect(marked[0]?.startsWith(text)).toBe(true);
    for (const mark of session.marks) expect(text.slice(mark.start, mark.end)).toBe(mark.text);
  });

  it('asks for them when the text they were made for is not the page’s', async () => {
    const { session, textsSent } = sessionOnSeed((answer) => {
      // As if the page's styles hid its first paragraph: one text node fewer on the page.
      const marked = answer.marked as { textNodes: number[] };
      marked.textNodes = marked.textNodes.slice(1);
    });
    session.start();
    await settled(session);
    expect(textsSent).toHaveLength(1);
    expect(textsSent[0]!.length).toBeGreaterThan(1000);
  });
});
