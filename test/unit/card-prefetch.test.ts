// @vitest-environment happy-dom
/**
 * A card asked for ahead (the pointer reaching a term, the keyboard walk one step on) opens at
 * once when it is then shown: no wait, no placeholder. Asking ahead changes nothing on the page.
 * Making a card ready (the pointer resting on its term) lays the page's first card out once,
 * unseen, and leaves only the closed card behind.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCardModel, type CardSources } from '../../src/cards/build-card-model.ts';
import type { CardModel, CardSubject } from '../../src/messages/card-messages.ts';
import { ROOT_TAG, createReaderRoot, type ReaderRoot } from '../../src/page/reader-root.ts';
import { CardController, type CardTexts } from '../../src/page/card/card-controller.ts';

const NO_GLOSSARY: CardSources = { byId: new Map(), entryForCode: () => undefined, formatDate: (iso) => iso };
const HTX: CardSubject = { kind: 'defined', text: 'HTX', expansion: 'Hợp tác xã' };
const BQL: CardSubject = { kind: 'defined', text: 'BQL', expansion: 'Ban Quản lý' };

let root: ReaderRoot;
/** Questions asked, each answered only when the test says so, as the background would later. */
let asked: Array<{ subject: CardSubject; answer: () => void }>;
let known: Map<string, CardModel>;
let card: CardController;
/** Elements added to the reader's shadow root, in order. */
let added: HTMLElement[];
let observer: MutationObserver;

/** Texts that answer when told to, and remember what they answered, as the page's cache does. */
function texts(): CardTexts {
  return {
    cached: (subject) => known.get(JSON.stringify(subject)),
    fetch: (subject) =>
      new Promise((done) => {
        asked.push({
          subject,
          answer: () => {
            const model = buildCardModel(subject, 'vi', NO_GLOSSARY);
            if (model) known.set(JSON.stringify(subject), model);
            done(model);
          },
        });
      }),
  };
}

/** Answers every open question, then lets the answers' callbacks and the observer run. */
async function answerAll(): Promise<void> {
  for (const question of asked.splice(0)) question.answer();
  await new Promise((done) => setTimeout(done, 0));
}

function anchor(): Range {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return range;
}

/** The unseen copies laid out so far: added to the root, never the card itself. */
const stages = (): HTMLElement[] => added.filter((node) => node !== card.element);

beforeEach(() => {
  const p = document.createElement('p');
  p.textContent = 'Ban Quản lý (BQL) dự án làm việc với các Hợp tác xã (HTX) trên địa bàn xã.';
  document.body.append(p);
  root = createReaderRoot(document, '');
  asked = [];
  known = new Map();
  added = [];
  card = new CardController(document, root, texts());
  observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) added.push(node as HTMLElement);
  });
});
afterEach(() => {
  observer.disconnect();
  card.close();
  root.remove();
  document.body.replaceChildren();
  performance.clearMarks();
});

describe('asking for a card ahead', () => {
  it('fetches the text and adds nothing to the page', async () => {
    card.prefetch(HTX);
    expect(asked.map((q) => q.subject)).toEqual([HTX]);
    await answerAll();
    expect(document.querySelector(ROOT_TAG)).toBeNull();
    expect(card.open).toBeUndefined();
  });

  it('then shows the card in the same task, without asking again', async () => {
    card.prefetch(HTX);
    await answerAll();
    card.show(HTX, anchor(), { focus: false, announce: false });
    expect(card.element.hidden).toBe(false);
    expect(card.element.textContent).toContain('Hợp tác xã');
    expect(asked).toHaveLength(0);
    expect(performance.getEntriesByName('laichau-reader:card-requested')).toHaveLength(0);
    expect(performance.getEntriesByName('laichau-reader:card-shown')).toHaveLength(1);
  });

  it('does not fetch again what it already has', async () => {
    card.prefetch(HTX);
    await answerAll();
    card.prefetch(HTX);
    expect(asked).toHaveLength(0);
  });
});

describe('making the first card ready', () => {
  // Watching the reader's shadow root builds it: these tests are about what is added inside.
  beforeEach(() => observer.observe(root.shadow, { childList: true }));

  it('lays it out unseen and inert, with the real text, once the text is here, and takes it away again', async () => {
    card.prepare(HTX);
    expect(stages()).toEqual([]);
    await answerAll();
    expect(stages()).toHaveLength(1);
    const stage = stages()[0]!;
    expect(stage.isConnected).toBe(false);
    expect(stage.getAttribute('aria-hidden')).toBe('true');
    expect(stage.inert).toBe(true);
    expect(stage.style.visibility).toBe('hidden');
    expect(stage.style.pointerEvents).toBe('none');
    expect(stage.textContent).toContain('Hợp tác xã');
    // What stays is the closed card only.
    expect([...root.shadow.querySelectorAll('.card')]).toEqual([card.element]);
    expect(card.element.hidden).toBe(true);
    expect(card.element.childNodes).toHaveLength(0);
  });

  it('does so once: the next term made ready is not laid out again', async () => {
    card.prepare(HTX);
    await answerAll();
    card.prepare(BQL);
    await answerAll();
    expect(stages()).toHaveLength(1);
  });

  it('lays out only the term made ready last, not an earlier one whose answer comes late', async () => {
    card.prepare(HTX);
    card.prepare(BQL);
    // Both questions are out; they are answered in the order asked.
    await answerAll();
    expect(stages()).toHaveLength(1);
    expect(stages()[0]!.textContent).toContain('Ban Quản lý');
  });

  it('lays nothing out while a card is open, even one still waiting for its text', async () => {
    card.show(HTX, anchor(), { focus: false, announce: false });
    card.prepare(BQL);
    // The term made ready is answered first, while the open card still waits for its own text.
    asked.splice(1, 1)[0]!.answer();
    await new Promise((done) => setTimeout(done, 0));
    expect(stages()).toEqual([]);
    await answerAll();
    expect(stages()).toEqual([]);
  });

  it('lays nothing out once a card has been shown (it is laid out already) or closed', async () => {
    card.show(HTX, anchor(), { focus: false, announce: false });
    await answerAll();
    card.close();
    card.prepare(BQL);
    await answerAll();
    expect(stages()).toEqual([]);
  });
});

describe("the term's own highlight (onShown)", () => {
  it('waits for the answer, and comes with the card in the same task', async () => {
    const shown: boolean[] = [];
    card.show(HTX, anchor(), {
      focus: false,
      announce: false,
      onShown: () => shown.push(!card.element.hidden),
    });
    expect(shown).toEqual([]);
    await answerAll();
    expect(shown).toEqual([true]);
  });

  it('comes at once for a card already known', async () => {
    card.prefetch(HTX);
    await answerAll();
    let calls = 0;
    card.show(HTX, anchor(), { focus: false, announce: false, onShown: () => calls++ });
    expect(calls).toBe(1);
  });

  it('never comes for a card closed before its answer', async () => {
    let calls = 0;
    card.show(HTX, anchor(), { focus: false, announce: false, onShown: () => calls++ });
    card.close();
    await answerAll();
    expect(calls).toBe(0);
  });
});
