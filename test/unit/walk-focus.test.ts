// @vitest-environment happy-dom
/**
 * Where focus goes on the keyboard walk, with the real card (the card controller keeps the
 * place to go back to): into the card when the walk opens it, and back to where the reader was
 * when Esc closes it. Key events are composed, as a browser's are, to leave the card's shadow root.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCardModel, type CardSources } from '../../src/cards/build-card-model.ts';
import { stepMark, type Mark } from '../../src/core/marks.ts';
import type { CardSubject } from '../../src/messages/card-messages.ts';
import { CardController } from '../../src/page/card/card-controller.ts';
import type { MarkUi } from '../../src/page/interactions/mark-ui.ts';
import { ANY_EVENT } from './fake-mark-ui.ts';
import { WALK_KEYS, watchKeyboard } from '../../src/page/interactions/keyboard-walk.ts';
import { createReaderRoot, type ReaderRoot } from '../../src/page/reader-root.ts';

const NO_GLOSSARY: CardSources = { byId: new Map(), entryForCode: () => undefined, formatDate: (iso) => iso };
const TEXT = 'Đoàn công tác làm việc với Ban Quản lý dự án (BQLDA) và Hợp tác xã (HTX) Nậm Tăm.';

function defined(abbr: string, expansion: string): Mark {
  const start = TEXT.indexOf(`(${abbr})`) + 1;
  return { kind: 'defined', start, end: start + abbr.length, text: abbr, abbr, expansion };
}
const MARKS = [defined('BQLDA', 'Ban Quản lý dự án'), defined('HTX', 'Hợp tác xã')];

let root: ReaderRoot;
let card: CardController;
let controller: AbortController;
let link: HTMLAnchorElement;

let ui: MarkUi<Mark>;

/** The reader's side, as the session wires it, over the real card with its texts at hand. */
function cardUi(): MarkUi<Mark> {
  let current: Mark | undefined;
  // Every mark here is an abbreviation the article defines.
  const subjectOf = (mark: Mark): CardSubject =>
    mark.kind === 'defined'
      ? { kind: 'defined', text: mark.abbr, expansion: mark.expansion }
      : { kind: 'code', text: mark.text };
  return {
    markAtPoint: () => undefined,
    open: (mark, how) => {
      current = mark;
      const anchor = document.createRange();
      anchor.selectNodeContents(document.querySelector('p')!);
      card.show(subjectOf(mark), anchor, how);
    },
    prefetch: (mark) => card.prefetch(subjectOf(mark)),
    prepare: (mark) => card.prepare(subjectOf(mark)),
    close: () => card.close(),
    openMark: () => (card.open ? current : undefined),
    inCard: (target) => card.contains(target),
  };
}

const NO_MODIFIERS = { altKey: false, shiftKey: false };

function press(code: string, target: Element | null, modifiers = { altKey: true, shiftKey: true }): void {
  (target ?? document.body).dispatchEvent(
    new KeyboardEvent('keydown', {
      bubbles: true,
      composed: true,
      cancelable: true,
      code,
      key: code,
      ...modifiers,
    }),
  );
}

beforeEach(() => {
  const p = document.createElement('p');
  p.textContent = TEXT;
  link = document.createElement('a');
  link.href = '#tiep';
  link.textContent = 'Đọc tiếp';
  document.body.append(p, link);
  root = createReaderRoot(document, '');
  card = new CardController(document, root, {
    cached: (subject) => buildCardModel(subject, 'vi', NO_GLOSSARY),
    fetch: (subject) => Promise.resolve(buildCardModel(subject, 'vi', NO_GLOSSARY)),
  });
  controller = new AbortController();
  ui = cardUi();
  watchKeyboard(
    window,
    ui,
    { step: (current, direction) => stepMark(MARKS, current, direction), scrollTo: () => {} },
    controller.signal,
    ANY_EVENT,
  );
});
afterEach(() => {
  controller.abort();
  card.close();
  root.remove();
  document.body.replaceChildren();
});

describe('focus on the keyboard walk', () => {
  it('moves into the card the walk opens, and back to where it was when Esc closes it', () => {
    link.focus();
    press(WALK_KEYS.next, link);
    expect(card.element.hidden).toBe(false);
    expect(root.shadow.activeElement).toBe(card.element);
    press('Escape', root.shadow.activeElement, NO_MODIFIERS);
    expect(card.element.hidden).toBe(true);
    expect(document.activeElement).toBe(link);
  });

  it('goes back to where the reader was, not to an earlier card, after walking from card to card', () => {
    link.focus();
    press(WALK_KEYS.next, link);
    press(WALK_KEYS.next, root.shadow.activeElement);
    expect(root.shadow.activeElement).toBe(card.element);
    press(WALK_KEYS.previous, root.shadow.activeElement);
    press('Escape', root.shadow.activeElement, NO_MODIFIERS);
    expect(document.activeElement).toBe(link);
  });

  it('goes back to where the reader was when the walk starts from a card the pointer opened', () => {
    link.focus();
    ui.open(MARKS[0]!, { focus: false, announce: false }); // by hover
    expect(document.activeElement).toBe(link);
    press(WALK_KEYS.next, link);
    expect(root.shadow.activeElement).toBe(card.element);
    press('Escape', root.shadow.activeElement, NO_MODIFIERS);
    expect(document.activeElement).toBe(link);
  });

  it('leaves focus where the reader has moved it since, when the card closes', () => {
    link.focus();
    press(WALK_KEYS.next, link);
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    press('Escape', field, NO_MODIFIERS);
    expect(card.element.hidden).toBe(true);
    expect(document.activeElement).toBe(field);
  });

  it('does not move focus for a card the pointer opened and Esc closed', () => {
    link.focus();
    ui.open(MARKS[1]!, { focus: false, announce: false });
    press('Escape', link, NO_MODIFIERS);
    expect(card.element.hidden).toBe(true);
    expect(document.activeElement).toBe(link);
  });
});
