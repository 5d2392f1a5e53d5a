/**
 * The marking conversation: what the page sends, what the background answers, and what the page
 * keeps of an answer. The page paints and hit-tests what it keeps, so an answer that points
 * outside its text, or out of order, must not get through.
 */
import { describe, expect, it } from 'vitest';
import { markForFrame, markForPage } from '../../src/background/mark-service.ts';
import { markArticle } from '../../src/core/article-marking.ts';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import type { Mark } from '../../src/core/marks.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';
import { GLOSSARY } from '../../src/glossary/index.ts';
import {
  MARKED_CHARS_AT_MOST,
  marksAnswer,
  marksFromWire,
  parseMarkRequest,
  parseMarksAnswer,
  type MarkRequest,
  type MarksAnswer,
} from '../../src/messages/mark-messages.ts';
import { SEED_TEXT } from './seed-text.ts';

const finder = buildTermMatcher(GLOSSARY);

async function marked(request: MarkRequest): Promise<Mark[]> {
  const marks = await markForPage(request, finder);
  if (!marks) throw new Error('a pass nobody replaced came back empty-handed');
  return marks;
}

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
    const marks = await marked(REQUEST);
    expect(marks).toEqual(direct);
    expect(new Set(marks.map((m) => m.kind))).toEqual(new Set(['term', 'code', 'defined']));
    // Through the wire as a browser carries it (JSON), checked, and given back its text.
    const answer = parseMarksAnswer(JSON.parse(JSON.stringify(marksAnswer(marks))));
    expect(answer).toBeDefined();
    expect(answer).toEqual(marksAnswer(marks));
    expect(marksFromWire(TEXT, answer!)).toEqual(marks);
    // Each thing marked is sent once, however often the article names it.
    expect(answer!.subjects.length).toBeLessThan(marks.length);
  });

  it('finds the same in a long article, marked a slice at a time', async () => {
    const long = Array.from({ length: 6 }, () => TEXT).join('\n\n');
    const choices = { firstOnly: false, categories: new Set(CATEGORIES), level: 'everything' as const };
    const direct = [...markArticle(long, finder, choices, long.length)].flat();
    expect(await marked({ ...REQUEST, text: long })).toEqual(direct);
  });

  it('stops a pass over a frame’s text when the frame sends a newer one, and only then', async () => {
    const long = Array.from({ length: 6 }, () => TEXT).join('\n\n');
    const older = markForFrame({ ...REQUEST, text: long }, finder, '7:0');
    const other = markForFrame({ ...REQUEST, text: long }, finder, '8:0');
    const newer = markForFrame(REQUEST, finder, '7:0');
    expect(await older).toBeUndefined();
    expect((await newer)?.length).toBeGreaterThan(0);
    expect((await other)?.length).toBeGreaterThan(0);
  });

  it('applies the first-only choice to the article as a whole', async () => {
    const all = await marked(REQUEST);
    const first = await marked({ ...REQUEST, firstOnly: true });
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(all.length);
    const keys = first.map((m) => (m.kind === 'term' ? m.entryId : m.kind === 'code' ? m.canonical : m.abbr));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks nothing of a category the reader turned off', async () => {
    const marks = await marked({ ...REQUEST, categories: ['place'] });
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
  const subjects: MarksAnswer['subjects'] = [
    { kind: 'term', entryId: 'ubnd' },
    { kind: 'term', entryId: 'bdbp' },
  ];
  const answer = (spans: unknown[], subjectOf: number[], more: object = {}): unknown => ({
    type: 'marks',
    spans,
    subjectOf,
    subjects,
    ...more,
  });

  it('refuses offsets that are not whole, spans and subjects that disagree, unknown subjects and extra keys', () => {
    expect(parseMarksAnswer(answer([0, 4, 13, 17], [0, 1]))).toBeDefined();
    expect(parseMarksAnswer(answer([0, 4, 13, 17], [0]))).toBeUndefined();
    expect(parseMarksAnswer(answer([0, 4], [2]))).toBeUndefined();
    expect(parseMarksAnswer(answer([-1, 4], [0]))).toBeUndefined();
    expect(parseMarksAnswer(answer([0.5, 4], [0]))).toBeUndefined();
    expect(parseMarksAnswer(answer(['0', 4], [0]))).toBeUndefined();
    expect(parseMarksAnswer(answer([0, 4], [0], { marks: [] }))).toBeUndefined();
    expect(
      parseMarksAnswer(answer([0, 4], [0], { subjects: [{ kind: 'note', entryId: 'ubnd' }] })),
    ).toBeUndefined();
    expect(
      parseMarksAnswer(answer([0, 4], [0], { subjects: [{ kind: 'code', canonical: '1-NQ/TW' }] })),
    ).toBeUndefined();
    expect(parseMarksAnswer({ type: 'marks', spans: {}, subjectOf: [], subjects: [] })).toBeUndefined();
  });

  it('takes each mark’s text from its own copy of the article', () => {
    const parsed = parseMarksAnswer(answer([0, 4, 13, 17], [0, 1]))!;
    expect(marksFromWire(text, parsed).map((m) => [m.text, m.kind === 'term' && m.entryId])).toEqual([
      ['UBND', 'ubnd'],
      ['BĐBP', 'bdbp'],
    ]);
  });

  it('drops a mark that is empty, past the end of the text, over the one before, or out of order', () => {
    const parsed = parseMarksAnswer(answer([13, 17, 0, 4, 15, 20, 18, 18, 28, 99], [1, 0, 0, 0, 0]))!;
    expect(marksFromWire(text, parsed).map((m) => [m.start, m.end])).toEqual([[13, 17]]);
  });
});
