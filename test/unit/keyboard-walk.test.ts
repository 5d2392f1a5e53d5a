// @vitest-environment happy-dom
/** The keyboard walk on a happy-dom page: real key events, the core's stepMark, a fake reader. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepMark, type Mark } from '../../src/core/marks.ts';
import { WALK_KEYS, watchKeyboard } from '../../src/page/interactions/keyboard-walk.ts';
import { fromPerson, type InputFilter } from '../../src/page/interactions/person-input.ts';
import { ANY_EVENT, fakeReader, type FakeReader } from './fake-mark-ui.ts';

const TEXT =
  'Ban Chỉ huy Quân sự (BCHQS) xã phối hợp với Ban Quản lý rừng phòng hộ (BQLRPH) tuần tra; ' +
  'BCHQS và BQLRPH cùng Hội Cựu chiến binh (HCCB) ký quy chế.';

function defined(abbr: string, expansion: string, from: number): Mark {
  const start = TEXT.indexOf(abbr, from);
  return { kind: 'defined', start, end: start + abbr.length, text: abbr, abbr, expansion };
}

/** In reading order, as the painter hands them out. */
const MARKS: Mark[] = [
  defined('BCHQS', 'Ban Chỉ huy Quân sự', 0),
  defined('BQLRPH', 'Ban Quản lý rừng phòng hộ', 0),
  defined('BCHQS', 'Ban Chỉ huy Quân sự', 40),
  defined('BQLRPH', 'Ban Quản lý rừng phòng hộ', 90),
  defined('HCCB', 'Hội Cựu chiến binh', 0),
];

let reader: FakeReader<Mark>;
let controller: AbortController;
/** The marks scrolled to, each with how many cards had been opened by then. */
let scrolled: Array<{ mark: Mark; opensBefore: number }>;
let page: HTMLElement;

function start(marks: readonly Mark[] = MARKS, accepts: InputFilter = ANY_EVENT): void {
  reader = fakeReader(document, new Map());
  scrolled = [];
  controller = new AbortController();
  watchKeyboard(
    window,
    reader.ui,
    {
      step: (current, direction) => stepMark(marks, current, direction),
      scrollTo: (mark) => scrolled.push({ mark, opensBefore: reader.opened.length }),
    },
    controller.signal,
    accepts,
  );
}

/** Presses a key on `target` (the page's paragraph unless told) and says whether it was taken. */
function press(
  code: string,
  modifiers: Partial<Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>> = {
    altKey: true,
    shiftKey: true,
  },
  target: Element = page.querySelector('p')!,
  key = code.replace(/^Key/, ''),
): boolean {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, code, key, ...modifiers });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

const next = (): boolean => press(WALK_KEYS.next);
const previous = (): boolean => press(WALK_KEYS.previous);
const openedAt = (): number[] => reader.opened.map((o) => o.mark.start);
const startsOf = (marks: readonly Mark[]): number[] => marks.map((m) => m.start);

beforeEach(() => {
  page = document.createElement('main');
  const p = document.createElement('p');
  p.textContent = TEXT;
  const input = document.createElement('input');
  const textarea = document.createElement('textarea');
  const select = document.createElement('select');
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.append(document.createElement('span'));
  page.append(p, input, textarea, select, editor);
  document.body.append(page);
});
afterEach(() => {
  controller.abort();
  page.remove();
  reader.card.remove();
});

describe('walking the marks', () => {
  it('opens the first mark on Alt+Shift+N, with focus and an announcement, after scrolling to it', () => {
    start();
    expect(next()).toBe(true);
    expect(reader.opened).toEqual([{ mark: MARKS[0], how: { focus: true, announce: true } }]);
    // The term is in view before its card opens beside it.
    expect(scrolled).toEqual([{ mark: MARKS[0], opensBefore: 0 }]);
  });

  it('asks ahead for the card one step further on, in the direction walked, never for the open one', () => {
    start();
    next();
    expect(reader.prefetched).toEqual([MARKS[1]]);
    next();
    expect(reader.prefetched).toEqual([MARKS[1], MARKS[2]]);
    previous();
    expect(openedAt()).toEqual(startsOf([MARKS[0]!, MARKS[1]!, MARKS[0]!]));
    // Back at the first: the one before it, round the end, is the last.
    expect(reader.prefetched.at(-1)).toBe(MARKS[4]);
    controller.abort();
    reader.card.remove();
    start([MARKS[0]!]);
    next();
    expect(reader.prefetched).toEqual([]);
  });

  it('walks forward through every mark in reading order and wraps round to the first', () => {
    start();
    for (let i = 0; i < MARKS.length + 2; i++) next();
    expect(openedAt()).toEqual(startsOf([...MARKS, MARKS[0]!, MARKS[1]!]));
    expect(scrolled).toEqual(reader.opened.map((o, i) => ({ mark: o.mark, opensBefore: i })));
  });

  it('walks backward with Alt+Shift+P, from the last mark when nothing was open, and wraps round', () => {
    start();
    for (let i = 0; i < MARKS.length + 1; i++) previous();
    expect(openedAt()).toEqual(startsOf([...MARKS].reverse().concat(MARKS.at(-1)!)));
  });

  it('steps from the open card, however it was opened', () => {
    start();
    reader.ui.open(MARKS[2]!, { focus: false, announce: false }); // by hover, say
    next();
    previous();
    previous();
    expect(openedAt().slice(1)).toEqual(startsOf([MARKS[3]!, MARKS[2]!, MARKS[1]!]));
  });

  it('goes on from where it was when the card has been closed in between', () => {
    start();
    next();
    next();
    reader.ui.close();
    next();
    expect(openedAt()).toEqual(startsOf(MARKS.slice(0, 3)));
  });

  it('reads the key from its place on the keyboard, not from the character it types', () => {
    start();
    // Alt+Shift+N types "˜" on a Mac.
    expect(press('KeyN', { altKey: true, shiftKey: true }, page.querySelector('p')!, '˜')).toBe(true);
    expect(openedAt()).toEqual(startsOf([MARKS[0]!]));
  });

  it('takes nothing, and lets the key through, when there is no mark', () => {
    start([]);
    expect(next()).toBe(false);
    expect(previous()).toBe(false);
    expect(reader.opened).toEqual([]);
    expect(scrolled).toEqual([]);
  });
});

/** A keydown on `target` (the page's paragraph unless told); whether it was taken. */
function keyDown(init: KeyboardEventInit, target: Element = page.querySelector('p')!): boolean {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Holds Alt, then Shift, on `target`, as a person starts the walk's chord; whether it was taken. */
function holdChord(target?: Element, extra: KeyboardEventInit = {}): boolean {
  const alt = keyDown({ key: 'Alt', code: 'AltLeft', altKey: true, ...extra }, target);
  const shift = keyDown({ key: 'Shift', code: 'ShiftLeft', altKey: true, shiftKey: true, ...extra }, target);
  return alt || shift;
}

describe('the chord held before its letter', () => {
  it('asks for the first step both ways and makes the way forward ready, opening nothing', () => {
    start();
    expect(holdChord()).toBe(false);
    // Nothing was open: forward is the first mark, backward (round the start) the last.
    expect(reader.prefetched).toEqual([MARKS[0], MARKS[4]]);
    expect(reader.prepared).toEqual([MARKS[0]]);
    expect(reader.opened).toEqual([]);
    expect(scrolled).toEqual([]);
    // The letter then opens the card made ready.
    next();
    expect(openedAt()).toEqual(startsOf([MARKS[0]!]));
  });

  it('asks from the open card, and makes nothing ready while a card is open', () => {
    start();
    next();
    reader.prefetched.length = 0;
    holdChord();
    expect(reader.prefetched).toEqual([MARKS[1], MARKS[4]]);
    expect(reader.prepared).toEqual([]);
  });

  it('asks once for a held chord, and not at all with Ctrl or Meta, in a field, or with no marks', () => {
    start();
    holdChord();
    holdChord(undefined, { repeat: true });
    expect(reader.prefetched).toHaveLength(2);
    holdChord(undefined, { ctrlKey: true });
    holdChord(undefined, { metaKey: true });
    holdChord(page.querySelector('input')!);
    holdChord(page.querySelector('[contenteditable] span')!);
    expect(reader.prefetched).toHaveLength(2);
    expect(reader.prepared).toHaveLength(1);
    controller.abort();
    reader.card.remove();
    start([]);
    holdChord();
    expect(reader.prefetched).toEqual([]);
    expect(reader.prepared).toEqual([]);
  });

  it('leaves Alt or Shift alone when the other is not held', () => {
    start();
    keyDown({ key: 'Shift', code: 'ShiftLeft', shiftKey: true });
    keyDown({ key: 'Alt', code: 'AltLeft', altKey: true });
    expect(reader.prefetched).toEqual([]);
    expect(reader.prepared).toEqual([]);
  });

  it('knows Alt by its place when it reports another key (Shift, then Alt, on some Linux desktops)', () => {
    start();
    keyDown({ key: 'Shift', code: 'ShiftLeft', shiftKey: true });
    keyDown({ key: 'Meta', code: 'AltLeft', altKey: true, shiftKey: true });
    expect(reader.prefetched).toEqual([MARKS[0], MARKS[4]]);
  });
});

describe('keys it leaves alone', () => {
  it('needs exactly Alt and Shift with N or P', () => {
    start();
    const other: Array<[string, Parameters<typeof press>[1]]> = [
      ['KeyN', { altKey: true }],
      ['KeyN', { shiftKey: true }],
      ['KeyN', {}],
      ['KeyN', { altKey: true, shiftKey: true, ctrlKey: true }],
      ['KeyP', { altKey: true, shiftKey: true, metaKey: true }],
      ['KeyM', { altKey: true, shiftKey: true }],
    ];
    for (const [code, modifiers] of other) expect(press(code, modifiers), code).toBe(false);
    expect(reader.opened).toEqual([]);
  });

  it("never takes a key typed into the page's own fields", () => {
    start();
    for (const selector of ['input', 'textarea', 'select', '[contenteditable]', '[contenteditable] span']) {
      expect(press(WALK_KEYS.next, undefined, page.querySelector(selector)!), selector).toBe(false);
    }
    expect(reader.opened).toEqual([]);
  });

  it('does take the keys typed inside its own card, even in a field there', () => {
    start();
    next();
    const field = document.createElement('input');
    reader.card.append(field);
    expect(press(WALK_KEYS.next, undefined, reader.card.querySelector('button')!)).toBe(true);
    expect(press(WALK_KEYS.next, undefined, field)).toBe(true);
    expect(openedAt()).toEqual(startsOf(MARKS.slice(0, 3)));
  });

  it('leaves a key the page has already handled', () => {
    start();
    const p = page.querySelector('p')!;
    p.addEventListener('keydown', (event) => event.preventDefault());
    next();
    expect(reader.opened).toEqual([]);
  });
});

describe('Escape', () => {
  it('closes the open card, from wherever it is pressed, without taking the key from the page', () => {
    start();
    next();
    expect(press('Escape', {}, page.querySelector('input')!, 'Escape')).toBe(false);
    expect(reader.closes).toBe(1);
    expect(reader.ui.openMark()).toBeUndefined();
  });

  it('does nothing when no card is open', () => {
    start();
    press('Escape', {}, undefined, 'Escape');
    expect(reader.closes).toBe(0);
  });
});

it('does nothing more once its signal is aborted', () => {
  start();
  next();
  controller.abort();
  next();
  press('Escape', {}, undefined, 'Escape');
  expect(reader.opened).toHaveLength(1);
  expect(reader.closes).toBe(0);
});

it("takes no key a page's script makes up, and asks nothing for its chord", () => {
  // The reader's own filter: only the person's keys count, and every event here is made up.
  start(MARKS, fromPerson);
  holdChord();
  expect(next()).toBe(false);
  expect({ opened: reader.opened, prefetched: reader.prefetched, prepared: reader.prepared }).toEqual({
    opened: [],
    prefetched: [],
    prepared: [],
  });
});
