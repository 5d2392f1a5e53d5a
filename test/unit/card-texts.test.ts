/**
 * The page's side of the card conversation, over a fake extension API: a card's text is asked
 * once however often it is wanted while the question is on its way (the hover asks early, the
 * card then asks again), remembered once answered, asked once more at once when the answer
 * fails while the extension is there, given up after CARD_ANSWER_TIMEOUT_MS, and asked afresh
 * next time after any of these.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCardModel, type CardSources } from '../../src/cards/build-card-model.ts';
import type { CardModel, CardSubject } from '../../src/messages/card-messages.ts';

const NO_GLOSSARY: CardSources = { byId: new Map(), entryForCode: () => undefined, formatDate: (iso) => iso };
const SUBJECT: CardSubject = { kind: 'defined', text: 'BQLDA', expansion: 'Ban Quản lý dự án' };
const MODEL: CardModel = buildCardModel(SUBJECT, 'vi', NO_GLOSSARY)!;

interface Asked {
  message: unknown;
  answer(value: unknown): void;
  fail(error: Error): void;
}

let asked: Asked[];
const scope = globalThis as unknown as { browser?: unknown };

beforeEach(() => {
  asked = [];
  scope.browser = {
    runtime: {
      id: 'reader-under-test',
      sendMessage: (message: unknown) =>
        new Promise((resolve, reject) => asked.push({ message, answer: resolve, fail: reject })),
    },
  };
  vi.resetModules();
});
afterEach(() => {
  delete scope.browser;
});

async function texts(onGone = (): void => {}) {
  const { cardTextsFromBackground } = await import('../../src/content/card-texts.ts');
  return cardTextsFromBackground(() => 'vi', onGone);
}

describe('card texts from the background', () => {
  it('asks once while a question is on its way, and answers both askers from it', async () => {
    const cards = await texts();
    const early = cards.fetch(SUBJECT);
    const late = cards.fetch(SUBJECT);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.message).toEqual({ type: 'card', subject: SUBJECT, lang: 'vi' });
    asked[0]!.answer(MODEL);
    expect(await early).toEqual(MODEL);
    expect(await late).toEqual(MODEL);
    expect(cards.cached({ ...SUBJECT })).toEqual(MODEL);
  });

  it('keeps at most CARDS_KEPT cards, forgetting the oldest first', async () => {
    const { CARDS_KEPT } = await import('../../src/content/card-texts.ts');
    const cards = await texts();
    const subject = (i: number): CardSubject => ({ kind: 'code', text: `${i}/QĐ-UBND` });
    for (let i = 0; i <= CARDS_KEPT; i++) {
      const pending = cards.fetch(subject(i));
      asked.at(-1)!.answer(MODEL);
      await pending;
    }
    expect(cards.cached(subject(0))).toBeUndefined();
    expect(cards.cached(subject(1))).toEqual(MODEL);
    expect(cards.cached(subject(CARDS_KEPT))).toEqual(MODEL);
  });

  it('asks once more at once when an answer fails while the extension is still there', async () => {
    const cards = await texts();
    const card = cards.fetch(SUBJECT);
    // The browser stopped the worker in the middle of its answer; the next message starts it.
    asked[0]!.fail(new Error('The message port closed before a response was received.'));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked[1]!.message).toEqual(asked[0]!.message);
    asked[1]!.answer(MODEL);
    expect(await card).toEqual(MODEL);
    expect(cards.cached(SUBJECT)).toEqual(MODEL);
  });

  it('gives up after two failed answers, keeps nothing, and asks afresh next time', async () => {
    const cards = await texts();
    const first = cards.fetch(SUBJECT);
    asked[0]!.fail(new Error('Could not establish connection. Receiving end does not exist.'));
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    asked[1]!.fail(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await first).toBeUndefined();
    expect(asked).toHaveLength(2);
    expect(cards.cached(SUBJECT)).toBeUndefined();
    const second = cards.fetch(SUBJECT);
    expect(asked).toHaveLength(3);
    asked[2]!.answer(MODEL);
    expect(await second).toEqual(MODEL);
  });

  it('gives up on an answer that does not come within CARD_ANSWER_TIMEOUT_MS, without asking again', async () => {
    vi.useFakeTimers();
    try {
      const { CARD_ANSWER_TIMEOUT_MS } = await import('../../src/content/card-texts.ts');
      const cards = await texts();
      let settled: CardModel | undefined | 'pending' = 'pending';
      void cards.fetch(SUBJECT).then((model) => (settled = model));
      await vi.advanceTimersByTimeAsync(CARD_ANSWER_TIMEOUT_MS - 1);
      expect(settled).toBe('pending');
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBeUndefined();
      expect(asked).toHaveLength(1);
      // A late answer to the question given up on is not kept.
      asked[0]!.answer(MODEL);
      await vi.advanceTimersByTimeAsync(0);
      expect(cards.cached(SUBJECT)).toBeUndefined();
      void cards.fetch(SUBJECT);
      expect(asked).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('drops an answer that is not a card, and asks again next time', async () => {
    const cards = await texts();
    const first = cards.fetch(SUBJECT);
    asked[0]!.answer({ type: 'card', html: '<img src=x onerror=alert(1)>' });
    expect(await first).toBeUndefined();
    expect(cards.cached(SUBJECT)).toBeUndefined();
    void cards.fetch(SUBJECT);
    expect(asked).toHaveLength(2);
  });

  it('does not ask again when the extension went away while it waited, and says so', async () => {
    const onGone = vi.fn();
    const cards = await texts(onGone);
    const card = cards.fetch(SUBJECT);
    (scope.browser as { runtime: { id?: string } }).runtime.id = undefined;
    asked[0]!.fail(new Error('Extension context invalidated.'));
    expect(await card).toBeUndefined();
    expect(asked).toHaveLength(1);
    expect(onGone).toHaveBeenCalled();
  });

  it('asks nothing once the extension has gone, and says so', async () => {
    const onGone = vi.fn();
    const cards = await texts(onGone);
    (scope.browser as { runtime: { id?: string } }).runtime.id = undefined;
    expect(await cards.fetch(SUBJECT)).toBeUndefined();
    expect(asked).toHaveLength(0);
    expect(onGone).toHaveBeenCalled();
  });
});
