/**
 * The marking conversation: what the page sends, what the background answers, and what the page
 * keeps of an answer. The page paints and hit-tests what it keeps, so an answer that points
 * outside its text, or out of order, must not get through.
 */
import { describe, expect, it } from 'vitest';
import { markForPage, marksAnswer } from '../../src/background/mark-service.ts';
import { markArticle } from '../../src/core/article-marking.ts';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import type { Mark } from '../../src/core/marks.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import {
  MARKED_CHARS_AT_MOST,
  marksFromWire,
  parseMarkRequest,
  parseMarksAnswer,
  type MarkRequest,
  type WireMark,
} from '../../src/messages/mark-messages.ts';
import { SEED_TEXT } from './seed-text.ts';

const finder = buildTermMatcher(GLOSSARY);

/** The seed, with a paragraph that defines an abbreviation no glossary entry has. */
const TEXT = `${SEED_TEXT}\n\nBan Quản lý rừng phòng hộ (BQLRPH) tỉnh cho biết, năm nay BQLRPH đã giao khoán hơn 2.000 ha rừng cho các hộ dân.`;

const REQUEST: MarkRequest = {
  type: 'mark-article',
  text: TEXT,
  firstOnly: false,
  level: 'everything',
  categories: [...CATEGORIES],
};

describe('marking in the background', () => {
  it('finds what one pass over the whole text finds, and the page reads it back as it was', async () => {
    const choices = { firstOnly: false, categories: new Set(CATEGORIES), level: 'everything' as const };
    const direct: Mark[] = [...markArticle(TEXT, finder, choices, TEXT.length)].flat();
    const marks = await markForPage(REQUEST, finder);
    expect(marks).toEqual(direct);
    expect(new Set(marks.map((m) => m.kind))).toEqual(new Set(['term', 'code', 'defined']));
    // Through the wire as a browser carries it (JSON), checked, and given back its text.
    const answer = parseMarksAnswer(JSON.parse(JSON.stringify(marksAnswer(marks))));
    expect(answer).toBeDefined();
    expect(marksFromWire(TEXT, answer?.marks ?? [])).toEqual(marks);
  });

  it('finds the same in a long article, marked a slice at a time', async () => {
    const long = Array.from({ length: 6 }, () => TEXT).join('\n\n');
    const choices = { firstOnly: false, categories: new Set(CATEGORIES), level: 'everything' as const };
    const direct = [...markArticle(long, finder, choices, long.length)].flat();
    expect(await markForPage({ ...REQUEST, text: long }, finder)).toEqual(direct);
  });

  it('applies the first-only choice to the article as a whole', async () => {
    const all = await markForPage(REQUEST, finder);
    const first = await markForPage({ ...REQUEST, firstOnly: true }, finder);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(all.length);
    const keys = first.map((m) => (m.kind === 'term' ? m.entryId : m.kind === 'code' ? m.canonical : m.abbr));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks nothing of a category the reader turned off', async () => {
    const marks = await markForPage({ ...REQUEST, categories: ['place'] }, finder);
    const placeIds = new Set(GLOSSARY.filter((e) => e.category === 'place').map((e) => e.id));
    for (const mark of marks) if (mark.kind === 'term') expect(placeIds.has(mark.entryId)).toBe(true);
  });
});

describe('parseMarkRequest', () => {
  it('accepts a request exactly', () => {
    expect(parseMarkRequest(REQUEST)).toEqual(REQUEST);
  });

  it('refuses unknown choices, extra keys and a text past the limit', () => {
    expect(parseMarkRequest({ ...REQUEST, level: 'all' })).toBeUndefined();
    expect(parseMarkRequest({ ...REQUEST, categories: ['weather'] })).toBeUndefined();
    expect(parseMarkRequest({ ...REQUEST, firstOnly: 'no' })).toBeUndefined();
    expect(parseMarkRequest({ ...REQUEST, url: 'https://example.org/' })).toBeUndefined();
    expect(parseMarkRequest({ ...REQUEST, text: 42 })).toBeUndefined();
    expect(parseMarkRequest({ ...REQUEST, text: 'x'.repeat(MARKED_CHARS_AT_MOST + 1) })).toBeUndefined();
  });
});

describe('what the page keeps of an answer', () => {
  const text = 'UBND tỉnh và BĐBP tỉnh họp bàn.';
  const term = (start: number, end: number, entryId = 'ubnd'): WireMark => ({
    kind: 'term',
    start,
    end,
    entryId,
  });

  it('refuses marks that are empty, negative, of no known kind or with extra keys', () => {
    const answer = (mark: unknown): unknown => parseMarksAnswer({ type: 'marks', marks: [mark] });
    expect(answer(term(0, 4))).toBeDefined();
    expect(answer(term(4, 4))).toBeUndefined();
    expect(answer(term(-1, 4))).toBeUndefined();
    expect(answer(term(0.5, 4))).toBeUndefined();
    expect(answer({ kind: 'note', start: 0, end: 4 })).toBeUndefined();
    expect(answer({ ...term(0, 4), text: 'UBND' })).toBeUndefined();
    expect(answer({ kind: 'code', start: 0, end: 4, canonical: '1-NQ/TW' })).toBeUndefined();
  });

  it('takes each mark’s text from its own copy of the article', () => {
    expect(marksFromWire(text, [term(0, 4), term(13, 17, 'bdbp')]).map((m) => m.text)).toEqual([
      'UBND',
      'BĐBP',
    ]);
  });

  it('drops a mark past the end of the text, over the one before, or out of order', () => {
    const kept = marksFromWire(text, [term(13, 17, 'bdbp'), term(0, 4), term(15, 20), term(28, 99)]);
    expect(kept.map((m) => [m.start, m.end])).toEqual([[13, 17]]);
  });
});
