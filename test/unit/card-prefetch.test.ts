// @vitest-environment happy-dom
/**
 * A card asked for ahead (the pointer resting on a term, the keyboard walk one step on) opens
 * at once when it is then shown: no wait, no placeholder. Asking ahead shows nothing by itself;
 * before the first card it lays one out unseen (fonts, shaping) and leaves only the closed card.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCardModel, type CardSources } from '../../src/cards/build-card-model.ts';
import type { CardModel, CardSubject } from '../../src/messages/card-messages.ts';
import { CardController, type CardTexts } from '../../src/page/card/card-controller.ts';
import { createReaderRoot, type ReaderRoot } from '../../src/page/reader-root.ts';

const NO_GLOSSARY: CardSources = { byId: new Map(), entryForCode: () => undefined, formatDate: (iso) => iso };
const SUBJECT: CardSubject = { kind: 'defined', text: 'HTX', expansion: 'Hợp tác xã' };

let root: ReaderRoot;
let fetched: CardSubject[];
let known: Map<string, CardModel>;
let card: CardController;

/** Texts that answer from a map once fetched, as the page's cache does. */
function texts(): CardTexts {
  return {
    cached: (subject) => known.get(JSON.stringify(subject)),
    fetch: (subject) => {
      fetched.push(subject);
      const model = buildCardModel(subject, 'vi', NO_GLOSSARY);
      if (model) known.set(JSON.stringify(subject), model);
      return Promise.resolve(model);
    },
  };
}

function anchor(): Range {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return range;
}

beforeEach(() => {
  const p = document.createElement('p');
  p.textContent = 'Ban Quản lý dự án làm việc với các Hợp tác xã (HTX) trên địa bàn xã.';
  document.body.append(p);
  root = createReaderRoot(document, '');
  fetched = [];
  known = new Map();
  card = new CardController(document, root, texts());
});
afterEach(() => {
  card.close();
  root.remove();
  document.body.replaceChildren();
  performance.clearMarks();
});

describe('asking for a card ahead', () => {
  it('fetches the text and shows nothing: the root holds the closed card, and nothing laid out for it', async () => {
    card.prefetch(SUBJECT);
    await Promise.resolve();
    await Promise.resolve();
    expect(fetched).toEqual([SUBJECT]);
    expect(card.open).toBeUndefined();
    const cards = [...root.shadow.querySelectorAll<HTMLElement>('.card')];
    expect(cards).toEqual([card.element]);
    expect(card.element.hidden).toBe(true);
    expect(card.element.childNodes).toHaveLength(0);
  });

  it('lays out its first card unseen and inert, with the real text, and takes it away again', async () => {
    const added: HTMLElement[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) added.push(node as HTMLElement);
    });
    observer.observe(root.shadow, { childList: true });
    card.prefetch(SUBJECT);
    await Promise.resolve();
    await Promise.resolve();
    await new Promise((done) => setTimeout(done, 0));
    const stage = added.find((node) => node !== card.element);
    expect(stage).toBeDefined();
    expect(stage!.isConnected).toBe(false);
    expect(stage!.getAttribute('aria-hidden')).toBe('true');
    expect(stage!.inert).toBe(true);
    expect(stage!.style.visibility).toBe('hidden');
    expect(stage!.textContent).toContain('Hợp tác xã');
    // Once only: the next term asked ahead is not laid out again.
    added.length = 0;
    card.prefetch({ kind: 'defined', text: 'BQL', expansion: 'Ban Quản lý' });
    await new Promise((done) => setTimeout(done, 0));
    observer.disconnect();
    expect(added).toEqual([]);
  });

  it('leaves an open card as it is when another is asked for ahead', async () => {
    card.show(SUBJECT, anchor(), { focus: false, announce: false });
    await Promise.resolve();
    await Promise.resolve();
    const shown = card.element.textContent;
    const other: CardSubject = { kind: 'defined', text: 'BQL', expansion: 'Ban Quản lý' };
    card.prefetch(other);
    await Promise.resolve();
    await Promise.resolve();
    expect(fetched).toEqual([SUBJECT, other]);
    expect(card.element.textContent).toBe(shown);
    expect(card.element.hidden).toBe(false);
    expect(root.shadow.querySelectorAll('.card')).toHaveLength(1);
  });

  it('then shows the card in the same task, without asking again', async () => {
    card.prefetch(SUBJECT);
    await Promise.resolve();
    card.show(SUBJECT, anchor(), { focus: false, announce: false });
    expect(card.element.hidden).toBe(false);
    expect(card.element.textContent).toContain('Hợp tác xã');
    expect(fetched).toHaveLength(1);
    expect(performance.getEntriesByName('laichau-reader:card-requested')).toHaveLength(0);
    expect(performance.getEntriesByName('laichau-reader:card-shown')).toHaveLength(1);
  });

  it('does not fetch again what it already has', async () => {
    card.prefetch(SUBJECT);
    await Promise.resolve();
    card.prefetch(SUBJECT);
    expect(fetched).toHaveLength(1);
  });
});
