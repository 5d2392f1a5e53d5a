/**
 * The page's side of the card conversation: asks the background for a card's text and keeps
 * what it got, so a card opened twice opens at once the second time. When the extension has
 * gone away under the page (updated, reloaded, removed), asking fails: the reader is told, so
 * it can take its marks down instead of leaving a page that half works.
 */
import browser from '../platform/browser-lite.ts';
import type { Lang } from '../i18n/language.ts';
import {
  parseCardModel,
  type CardModel,
  type CardRequest,
  type CardSubject,
} from '../messages/card-messages.ts';
import type { CardTexts } from '../page/card/card-controller.ts';

/** True once this script's extension context is gone (Chrome keeps orphaned scripts running). */
export function extensionGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/**
 * Calls `onGone` once this script's extension has gone away. Chrome sends an orphaned script no
 * event, so it is checked whenever the reader comes back to the tab; a card or a walk the reader
 * asks for checks first too (see fetch below), so a stale request never reaches a dead API.
 */
export function watchExtension(onGone: () => void, signal: AbortSignal): void {
  const check = (): void => {
    if (extensionGone()) onGone();
  };
  document.addEventListener('visibilitychange', check, { signal });
  window.addEventListener('focus', check, { signal });
}

/**
 * Cards remembered per page at most. A page writes the subjects of its document codes and of the
 * abbreviations it defines itself, so a hostile one could otherwise make the memory grow
 * without end; an article has a few dozen.
 */
export const CARDS_KEPT = 300;

/**
 * How long a card waits for its text. A worker that hangs while it starts again would otherwise
 * leave the card's placeholder up for good; after this the card closes and the next hover asks anew.
 */
export const CARD_ANSWER_TIMEOUT_MS = 5000;

/**
 * Asks at most twice: the browser may stop the worker in the middle of an answer (the question
 * then fails although the extension is there), and the next message starts it again. A question
 * that timed out is not asked again, nor one whose extension has gone.
 */
const ATTEMPTS = 2;

const TIMED_OUT = Symbol('timed out');

async function askBackground(request: CardRequest, onGone: () => void): Promise<CardModel | undefined> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<typeof TIMED_OUT>((done) => {
      timer = setTimeout(() => done(TIMED_OUT), CARD_ANSWER_TIMEOUT_MS);
    });
    try {
      const answer: unknown = await Promise.race([browser.runtime.sendMessage(request), timedOut]);
      return answer === TIMED_OUT ? undefined : parseCardModel(answer);
    } catch {
      try {
        if (extensionGone()) {
          onGone();
          return undefined;
        }
      } catch {
        // Taking the reader down must not leave the question pending for good.
        return undefined;
      }
    } finally {
      clearTimeout(timer);
    }
  }
  return undefined;
}

export function cardTextsFromBackground(lang: () => Lang, onGone: () => void): CardTexts {
  const cache = new Map<string, CardModel>();
  // Questions on their way: the hover asks early, and opening the card then waits for that answer.
  const asked = new Map<string, Promise<CardModel | undefined>>();
  const keyOf = (subject: CardSubject): string => `${lang()}\u0000${JSON.stringify(subject)}`;
  return {
    cached(subject) {
      // A remembered card must not outlive its extension either.
      if (extensionGone()) {
        onGone();
        return undefined;
      }
      return cache.get(keyOf(subject));
    },
    fetch(subject) {
      if (extensionGone()) {
        onGone();
        return Promise.resolve(undefined);
      }
      const key = keyOf(subject);
      const pending = asked.get(key);
      if (pending) return pending;
      const request: CardRequest = { type: 'card', subject, lang: lang() };
      const answer = (async () => {
        const model = await askBackground(request, onGone);
        if (model) {
          // The oldest goes first: a Map keeps the order in which keys were added.
          if (cache.size >= CARDS_KEPT) cache.delete(cache.keys().next().value as string);
          cache.set(key, model);
        }
        return model;
      })();
      asked.set(key, answer);
      // Forgotten once answered (after it was noted, even when the answer came at once).
      const forget = (): void => void asked.delete(key);
      answer.then(forget, forget);
      return answer;
    },
  };
}
