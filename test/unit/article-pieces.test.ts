/**
 * A long text goes to the background in pieces, one message each, so the page never holds its
 * thread for the copy of a whole long article. Run here through the page's own sender and the
 * background's own router, over a JSON wire as a browser carries messages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { keepPiece, wholeRequest } from '../../src/background/article-pieces.ts';
import { answerMarking } from '../../src/background/mark-route.ts';
import { markArticle } from '../../src/core/article-marking.ts';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import type { Mark } from '../../src/core/marks.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import {
  MARKED_CHARS_AT_MOST,
  PIECE_CHARS,
  parseArticlePiece,
  parseMarkRequest,
  type MarkRequest,
} from '../../src/messages/mark-messages.ts';
import { SEED_TEXT } from './seed-text.ts';

const finder = buildTermMatcher(GLOSSARY);
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null)) as unknown;

/** What the page sent, in order; `lose` drops the next pieces on the floor (a worker restarted). */
const sent: Array<{ type: string; chars: number }> = [];
let losePieces = 0;

let askForMarks: (text: string, settings: Settings, wanted?: () => boolean) => Promise<Mark[] | undefined>;

beforeAll(async () => {
  const runtime = {
    id: 'reader-under-test',
    async sendMessage(message: unknown): Promise<unknown> {
      const carried = wire(message) as { type: string; text: string };
      sent.push({ type: carried.type, chars: carried.text.length });
      if (carried.type === 'article-piece' && losePieces > 0) {
        losePieces -= 1;
        return wire({ type: 'piece-kept' });
      }
      return wire(
        await answerMarking(
          carried,
          '3:0',
          () => finder,
          () => undefined,
        ),
      );
    },
  };
  (globalThis as unknown as Record<string, unknown>).browser = { runtime };
  const { marksFromBackground } = await import('../../src/content/marks-from-background.ts');
  askForMarks = marksFromBackground(() => undefined);
});

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, firstOnly: false, markLevel: 'everything' };
const direct = (text: string): Mark[] =>
  [
    ...markArticle(
      text,
      finder,
      { firstOnly: false, categories: new Set(SETTINGS.categories), level: 'everything' },
      text.length,
    ),
  ].flat();

const LONG = Array.from({ length: 20 }, () => SEED_TEXT).join('\n\n');

describe('a long text sent in pieces', () => {
  it('is marked as the whole text would be, in pieces no longer than the limit', async () => {
    expect(LONG.length).toBeGreaterThan(3 * PIECE_CHARS);
    sent.length = 0;
    const marks = await askForMarks(LONG, SETTINGS);
    expect(marks).toEqual(direct(LONG));
    const pieces = sent.filter((m) => m.type === 'article-piece');
    expect(pieces.length).toBe(Math.ceil(LONG.length / PIECE_CHARS) - 1);
    expect(sent.every((m) => m.chars <= PIECE_CHARS)).toBe(true);
    expect(sent.at(-1)?.type).toBe('mark-article');
  });

  it('is sent again, whole, when the background lost its pieces on the way', async () => {
    sent.length = 0;
    losePieces = 2;
    const marks = await askForMarks(LONG, SETTINGS);
    expect(marks).toEqual(direct(LONG));
    expect(sent.filter((m) => m.type === 'mark-article').length).toBe(2);
  });

  it('gives up a text the page replaced while its pieces were on their way, and marks the newer one', async () => {
    sent.length = 0;
    let replaced = false;
    const older = askForMarks(LONG, SETTINGS, () => !replaced);
    const newerText = `${LONG}\n\nUBND xã Mù Cả họp bàn kế hoạch.`;
    replaced = true;
    const newer = askForMarks(newerText, SETTINGS);
    expect(await older).toBeUndefined();
    expect(await newer).toEqual(direct(newerText));
    // The older text stopped at its next piece, and was never asked to be marked.
    expect(sent.filter((m) => m.type === 'mark-article').length).toBe(1);
  });

  it('goes in one message when it is short', async () => {
    sent.length = 0;
    const marks = await askForMarks(SEED_TEXT, SETTINGS);
    expect(marks).toEqual(direct(SEED_TEXT));
    expect(sent.map((m) => m.type)).toEqual(['mark-article']);
  });
});

describe('the pieces the background keeps', () => {
  const request = (text: string, after?: MarkRequest['after']): MarkRequest => ({
    type: 'mark-article',
    text,
    ...(after ? { after } : {}),
    firstOnly: false,
    level: 'names',
    categories: [...CATEGORIES],
  });
  const piece = (textId: string, index: number, text: string) =>
    ({ type: 'article-piece', textId, index, text }) as const;

  it('puts a text together from its pieces, once, for the frame that sent them', () => {
    keepPiece('1:0', piece('a', 1, 'tỉnh '));
    keepPiece('1:0', piece('a', 0, 'UBND '));
    keepPiece('2:0', piece('a', 0, 'xã '));
    expect(wholeRequest('1:0', request('Lai Châu', { textId: 'a', pieces: 2 }))?.text).toBe(
      'UBND tỉnh Lai Châu',
    );
    // Given up once used.
    expect(wholeRequest('1:0', request('Lai Châu', { textId: 'a', pieces: 2 }))).toBeUndefined();
    expect(wholeRequest('2:0', request('Lai Châu', { textId: 'a', pieces: 1 }))?.text).toBe('xã Lai Châu');
  });

  it('says pieces are missing for a gap, a text given up, a wrong count or a frame that sent none', () => {
    keepPiece('1:0', piece('b', 0, 'UBND '));
    keepPiece('1:0', piece('b', 2, 'xã '));
    expect(wholeRequest('1:0', request('.', { textId: 'b', pieces: 3 }))).toBeUndefined();
    // Two texts of a frame are kept; a third gives up the oldest.
    keepPiece('1:0', piece('c', 0, 'UBND '));
    keepPiece('1:0', piece('d', 0, 'HĐND '));
    keepPiece('1:0', piece('e', 0, 'MTTQ '));
    expect(wholeRequest('1:0', request('.', { textId: 'c', pieces: 1 }))).toBeUndefined();
    expect(wholeRequest('1:0', request('.', { textId: 'd', pieces: 1 }))?.text).toBe('HĐND .');
    expect(wholeRequest('1:0', request('.', { textId: 'e', pieces: 2 }))).toBeUndefined();
    keepPiece('1:0', piece('g', 0, 'UBND '));
    expect(wholeRequest('9:0', request('.', { textId: 'g', pieces: 1 }))).toBeUndefined();
    expect(wholeRequest(undefined, request('.', { textId: 'g', pieces: 1 }))).toBeUndefined();
    // A request with no pieces before it stands as it is.
    expect(wholeRequest(undefined, request('UBND'))?.text).toBe('UBND');
  });

  it('keeps a text while an older one of the same frame is still arriving, and gives up a stale one', () => {
    keepPiece('5:0', piece('old', 0, 'Ban '));
    keepPiece('5:0', piece('new', 0, 'Sở '));
    keepPiece('5:0', piece('old', 1, 'Chỉ huy '));
    expect(wholeRequest('5:0', request('Y tế', { textId: 'new', pieces: 1 }))?.text).toBe('Sở Y tế');
    keepPiece('6:0', piece('late', 0, 'UBND '), 1_000);
    keepPiece('7:0', piece('other', 0, 'xã '), 1_000 + 61_000);
    expect(wholeRequest('6:0', request('tỉnh', { textId: 'late', pieces: 1 }))).toBeUndefined();
  });

  it('refuses a text put together past the limit', () => {
    const big = 'x'.repeat(PIECE_CHARS);
    const count = Math.ceil(MARKED_CHARS_AT_MOST / PIECE_CHARS);
    for (let i = 0; i < count; i++) keepPiece('4:0', piece('f', i, big));
    expect(wholeRequest('4:0', request('y', { textId: 'f', pieces: count }))).toBeUndefined();
  });
});

describe('the schemas of pieces', () => {
  it('accepts a piece exactly, and refuses a long one, a bad index or extra keys', () => {
    const good = { type: 'article-piece', textId: 'a', index: 0, text: 'UBND tỉnh' };
    expect(parseArticlePiece(good)).toEqual(good);
    expect(parseArticlePiece({ ...good, text: 'x'.repeat(PIECE_CHARS + 1) })).toBeUndefined();
    expect(parseArticlePiece({ ...good, index: -1 })).toBeUndefined();
    expect(parseArticlePiece({ ...good, index: 0.5 })).toBeUndefined();
    expect(parseArticlePiece({ ...good, index: 1e6 })).toBeUndefined();
    expect(parseArticlePiece({ ...good, frame: '1:0' })).toBeUndefined();
    expect(parseArticlePiece({ ...good, textId: 'x'.repeat(201) })).toBeUndefined();
  });

  it('accepts a request that names its pieces, and refuses a bad count', () => {
    const request = {
      type: 'mark-article',
      text: 'UBND',
      after: { textId: 'a', pieces: 2 },
      firstOnly: false,
      level: 'names',
      categories: ['state-body'],
    };
    expect(parseMarkRequest(request)).toEqual(request);
    expect(parseMarkRequest({ ...request, after: { textId: 'a', pieces: -1 } })).toBeUndefined();
    expect(parseMarkRequest({ ...request, after: { textId: 'a', pieces: 2, more: 1 } })).toBeUndefined();
  });
});
