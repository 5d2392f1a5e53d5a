/**
 * The session while the background marks its text: a look at an unchanged article in that
 * time (the page's own scripts touch it, a timer ticks) must not lose the answer on its way,
 * and a failed answer must be asked for again at the next look.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { markArticle } from '../../src/core/article-marking.ts';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import type { Mark } from '../../src/core/marks.ts';
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import { ReaderSession } from '../../src/page/reader-session.ts';
import { verdictOf } from '../../src/background/detect-route.ts';
import { verdictFromWire } from '../../src/page/verdict-wire.ts';
import { loadFixture, type LoadedPage } from '../fixtures/site/load-fixture.ts';

// happy-dom has no CSS Custom Highlight API: the painter only needs somewhere to put ranges.
beforeAll(() => {
  const scope = globalThis as unknown as Record<string, unknown>;
  scope.Highlight ??= class extends Set<Range> {};
  scope.CSS ??= { highlights: new Map() };
});

const finder = buildTermMatcher(GLOSSARY);
const marksOf = (text: string): Mark[] =>
  [
    ...markArticle(
      text,
      finder,
      { firstOnly: false, categories: new Set(CATEGORIES), level: 'names' },
      8_000,
    ),
  ].flat();

interface Asked {
  text: string;
  answer(marks: readonly Mark[] | undefined): void;
}

const open: Array<{ page: LoadedPage; session: ReaderSession }> = [];
afterEach(async () => {
  for (const { page, session } of open.splice(0)) {
    session.stop();
    await page.window.happyDOM.close();
  }
});

/** A session on the seed page whose requests for marks wait until the test answers them. */
function sessionOnSeed(): {
  session: ReaderSession;
  asked: Asked[];
  next(): Promise<Asked>;
  document: Document;
} {
  const page = loadFixture('article-seed.html');
  // The page layer uses the window's own classes where a browser has them as globals: this
  // page's, for a closed page's MutationObserver watches nothing.
  const scope = globalThis as unknown as Record<string, unknown>;
  const window = page.window as unknown as Record<string, unknown>;
  for (const name of ['MutationObserver', 'NodeFilter', 'Node', 'getComputedStyle'])
    scope[name] = window[name];
  const asked: Asked[] = [];
  const session = new ReaderSession(
    page.document,
    {
      markText: (text) => new Promise((answer) => asked.push({ text, answer })),
      // As the background detects: from the snapshot, copied as a message is; without its
      // marks, so that the session asks for them, and the test answers.
      detect: async (snapshot, { anyway }) => {
        const answer = await verdictOf(JSON.parse(JSON.stringify(snapshot.chunks)), anyway);
        const verdict = answer && verdictFromWire(answer, snapshot.nodes);
        return verdict ? { verdict } : undefined;
      },
      cardTexts: { cached: () => undefined, fetch: () => Promise.resolve(undefined) },
    },
    DEFAULT_SETTINGS,
  );
  open.push({ page, session });
  let taken = 0;
  const next = async (): Promise<Asked> => {
    for (let i = 0; i < 1000 && asked.length <= taken; i++) await new Promise((r) => setTimeout(r, 5));
    const request = asked[taken++];
    if (!request) throw new Error('the session never asked for marks');
    return request;
  };
  return { session, asked, next, document: page.document };
}

async function settled(session: ReaderSession): Promise<void> {
  for (let i = 0; i < 400 && session.report().state === 'loading'; i++)
    await new Promise((r) => setTimeout(r, 5));
}

describe('the session while its marks are on their way', () => {
  it('keeps the answer when the page is looked at again in the meantime', async () => {
    const { session, asked, next } = sessionOnSeed();
    session.start();
    const request = await next();
    expect(session.report().state).toBe('loading');
    await session.look();
    request.answer(marksOf(request.text));
    await settled(session);
    expect(asked).toHaveLength(1);
    expect(session.report().state).toBe('ready');
    expect(session.marks.length).toBeGreaterThan(10);
  });

  it('asks again at the next look when an answer could not be had', async () => {
    const { session, next } = sessionOnSeed();
    session.start();
    (await next()).answer(undefined);
    await settled(session);
    expect(session.marks).toHaveLength(0);
    void session.look();
    const again = await next();
    again.answer(marksOf(again.text));
    await settled(session);
    expect(session.marks.length).toBeGreaterThan(10);
  });

  it('looks again when the page adds to its article, and asks once for the new text', async () => {
    const { session, asked, next, document } = sessionOnSeed();
    session.start();
    const first = await next();
    first.answer(marksOf(first.text));
    await settled(session);
    const body = document.querySelector('.lc-story__text');
    if (!body) throw new Error('the seed page has no article body');
    // Two changes in a row, as a site's late script makes them: one look, one request.
    for (const text of [
      'Ban Chỉ huy Quân sự xã tổ chức huấn luyện dân quân.',
      'UBND xã hoàn thành kế hoạch.',
    ]) {
      const p = document.createElement('p');
      p.textContent = text;
      body.append(p);
    }
    const again = await next();
    expect(again.text).toContain('UBND xã hoàn thành kế hoạch.');
    again.answer(marksOf(again.text));
    await settled(session);
    await new Promise((r) => setTimeout(r, 400));
    expect(asked).toHaveLength(2);
    expect(session.marks.length).toBeGreaterThan(10);
  });
});
