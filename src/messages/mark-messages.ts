/**
 * The marking conversation: the page sends its article's text and the reader's choices, and
 * the background answers with the marks. Matching, the document-code finder and the
 * abbreviations an article defines all run in the background, off the page's main thread, so
 * the page carries neither the match index nor the code that reads it.
 *
 * A mark comes back without its text: the page takes that from its own copy of the article,
 * so an answer can only point into the text the page sent.
 */
import * as v from 'valibot';
import { MARK_LEVELS } from '../core/mark-levels.ts';
import { CATEGORIES } from '../core/glossary-schema.ts';
import type { Mark } from '../core/marks.ts';
import { Offset, parserOf } from './parse.ts';

/** The longest article text the page sends (Chrome refuses messages over 64 MiB of JSON). */
export const MARKED_CHARS_AT_MOST = 16_000_000;
/** More marks than any article could hold (a 5 MB article gives about 40,000). */
const MARKS_AT_MOST = 1_000_000;

const Id = v.pipe(v.string(), v.maxLength(200));

export const MarkRequestSchema = v.strictObject({
  type: v.literal('mark-article'),
  text: v.pipe(v.string(), v.maxLength(MARKED_CHARS_AT_MOST)),
  firstOnly: v.boolean(),
  level: v.picklist(MARK_LEVELS),
  categories: v.pipe(v.array(v.picklist(CATEGORIES)), v.maxLength(CATEGORIES.length)),
});
export type MarkRequest = v.InferOutput<typeof MarkRequestSchema>;

const Span = { start: Offset, end: Offset };

export const WireMarkSchema = v.pipe(
  v.variant('kind', [
    v.strictObject({ kind: v.literal('term'), ...Span, entryId: Id }),
    v.strictObject({
      kind: v.literal('code'),
      ...Span,
      canonical: v.pipe(v.string(), v.maxLength(200)),
      entryId: v.nullable(Id),
    }),
    v.strictObject({
      kind: v.literal('defined'),
      ...Span,
      abbr: v.pipe(v.string(), v.maxLength(200)),
      expansion: v.pipe(v.string(), v.maxLength(400)),
    }),
  ]),
  v.check((mark) => mark.end > mark.start, 'an empty mark'),
);
export type WireMark = v.InferOutput<typeof WireMarkSchema>;

export const MarksAnswerSchema = v.strictObject({
  type: v.literal('marks'),
  marks: v.pipe(v.array(WireMarkSchema), v.maxLength(MARKS_AT_MOST)),
});
export type MarksAnswer = v.InferOutput<typeof MarksAnswerSchema>;

export const parseMarkRequest = parserOf(MarkRequestSchema);
export const parseMarksAnswer = parserOf(MarksAnswerSchema);

/** The wire form of marks: everything but the text, which the page has. */
export function wireMarksOf(marks: readonly Mark[]): WireMark[] {
  return marks.map((mark): WireMark => {
    const { start, end } = mark;
    if (mark.kind === 'term') return { kind: 'term', start, end, entryId: mark.entryId };
    if (mark.kind === 'code')
      return { kind: 'code', start, end, canonical: mark.canonical, entryId: mark.entryId };
    return { kind: 'defined', start, end, abbr: mark.abbr, expansion: mark.expansion };
  });
}

/**
 * Marks over `text` from their wire form. Hit-testing and the walk search the list by offset,
 * so a mark past the end of the text, or out of reading order, or over another, is dropped
 * rather than trusted.
 */
export function marksFromWire(text: string, wire: readonly WireMark[]): Mark[] {
  const marks: Mark[] = [];
  let after = 0;
  for (const mark of wire) {
    if (mark.start < after || mark.end > text.length) continue;
    marks.push({ ...mark, text: text.slice(mark.start, mark.end) });
    after = mark.end;
  }
  return marks;
}
