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
import type { Settings } from '../core/settings.ts';
import { OFFSET_MAX, isIntegerList, parserOf } from './parse.ts';

/** The longest article text the page sends (Chrome refuses messages over 64 MiB of JSON). */
export const MARKED_CHARS_AT_MOST = 16_000_000;
/**
 * A longer text is sent in pieces of this many characters, one message each: a browser copies
 * a message on the sender's thread, about 0.3 µs a character at a 4× CPU throttle, so one
 * message of a 357,000-character article held the page for about 100 ms.
 */
export const PIECE_CHARS = 50_000;
const PIECES_AT_MOST = Math.ceil(MARKED_CHARS_AT_MOST / PIECE_CHARS);
/** More marks than any article could hold (a 5 MB article gives about 40,000). */
const MARKS_AT_MOST = 1_000_000;

const Id = v.pipe(v.string(), v.maxLength(200));

const PieceCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PIECES_AT_MOST));

/** One piece of a long text, sent before the request that ends it. */
export const ArticlePieceSchema = v.strictObject({
  type: v.literal('article-piece'),
  /** Names the text the piece belongs to, among the frame's texts. */
  textId: Id,
  index: PieceCount,
  text: v.pipe(v.string(), v.maxLength(PIECE_CHARS)),
});
export type ArticlePiece = v.InferOutput<typeof ArticlePieceSchema>;

/** The reader's choices that change what is marked. */
export const MarkChoicesSchema = v.strictObject({
  firstOnly: v.boolean(),
  level: v.picklist(MARK_LEVELS),
  categories: v.pipe(v.array(v.picklist(CATEGORIES)), v.maxLength(CATEGORIES.length)),
});
export type MarkChoices = v.InferOutput<typeof MarkChoicesSchema>;

export function markChoicesOf(settings: Settings): MarkChoices {
  return { firstOnly: settings.firstOnly, level: settings.markLevel, categories: settings.categories };
}

export const MarkRequestSchema = v.strictObject({
  type: v.literal('mark-article'),
  /** The text, or its last piece when `after` names those sent before it. */
  text: v.pipe(v.string(), v.maxLength(MARKED_CHARS_AT_MOST)),
  after: v.optional(v.strictObject({ textId: Id, pieces: PieceCount })),
  ...MarkChoicesSchema.entries,
});
export type MarkRequest = v.InferOutput<typeof MarkRequestSchema>;

/** What the background says to a piece it kept, and to a request whose pieces it does not have all of. */
export const PieceKeptSchema = v.strictObject({ type: v.literal('piece-kept') });
export const PiecesMissingSchema = v.strictObject({ type: v.literal('pieces-missing') });

/** What a mark points to, without where: an article names the same few dozen things again and again. */
export const MarkSubjectSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('term'), entryId: Id }),
  v.strictObject({
    kind: v.literal('code'),
    canonical: v.pipe(v.string(), v.maxLength(200)),
    entryId: v.nullable(Id),
  }),
  v.strictObject({
    kind: v.literal('defined'),
    abbr: v.pipe(v.string(), v.maxLength(200)),
    expansion: v.pipe(v.string(), v.maxLength(400)),
  }),
]);
export type MarkSubject = v.InferOutput<typeof MarkSubjectSchema>;

/**
 * A list of offsets (each as Offset in parse.ts), checked in one pass rather than number by number: the answer for a long
 * article holds tens of thousands, and the page checks them on its own main thread.
 */
const offsets = (most: number): v.GenericSchema<number[]> =>
  v.custom<number[]>((value) => isIntegerList(value, most, 0, OFFSET_MAX), 'a list of offsets');

export const MarksAnswerSchema = v.pipe(
  v.strictObject({
    type: v.literal('marks'),
    /** Where each mark is, in reading order: start and end of the first, then of the next… */
    spans: offsets(2 * MARKS_AT_MOST),
    /** What each mark is: an index into `subjects`. */
    subjectOf: offsets(MARKS_AT_MOST),
    /** The distinct things marked. */
    subjects: v.pipe(v.array(MarkSubjectSchema), v.maxLength(MARKS_AT_MOST)),
  }),
  v.check(
    (answer) =>
      answer.spans.length === 2 * answer.subjectOf.length &&
      answer.subjectOf.every((index) => index < answer.subjects.length),
    'spans and subjects that do not agree',
  ),
);
export type MarksAnswer = v.InferOutput<typeof MarksAnswerSchema>;

export const parseMarkRequest = parserOf(MarkRequestSchema);
export const parseArticlePiece = parserOf(ArticlePieceSchema);
export const parsePieceKept = parserOf(PieceKeptSchema);
export const parsePiecesMissing = parserOf(PiecesMissingSchema);
export const parseMarksAnswer = parserOf(MarksAnswerSchema);

function subjectOf(mark: Mark): MarkSubject {
  if (mark.kind === 'term') return { kind: 'term', entryId: mark.entryId };
  if (mark.kind === 'code') return { kind: 'code', canonical: mark.canonical, entryId: mark.entryId };
  return { kind: 'defined', abbr: mark.abbr, expansion: mark.expansion };
}

/** The wire form of marks: where each is and what it is, but not its text, which the page has. */
export function marksAnswer(marks: readonly Mark[]): MarksAnswer {
  const spans: number[] = [];
  const indices: number[] = [];
  const subjects: MarkSubject[] = [];
  const known = new Map<string, number>();
  for (const mark of marks) {
    const subject = subjectOf(mark);
    const key = JSON.stringify(subject);
    let index = known.get(key);
    if (index === undefined) {
      index = subjects.push(subject) - 1;
      known.set(key, index);
    }
    spans.push(mark.start, mark.end);
    indices.push(index);
  }
  return { type: 'marks', spans, subjectOf: indices, subjects };
}

/** One shape per kind, built field by field: spreading the subject into each of thousands of marks was slow on cold code. */
function markOf(subject: MarkSubject, start: number, end: number, text: string): Mark {
  if (subject.kind === 'term') return { kind: 'term', start, end, text, entryId: subject.entryId };
  if (subject.kind === 'code')
    return { kind: 'code', start, end, text, canonical: subject.canonical, entryId: subject.entryId };
  return { kind: 'defined', start, end, text, abbr: subject.abbr, expansion: subject.expansion };
}

/**
 * Marks over `text` from their wire form. Hit-testing and the walk search the list by offset,
 * so a mark that is empty, past the end of the text, out of reading order or over another is
 * dropped rather than trusted.
 */
export function marksFromWire(text: string, answer: MarksAnswer): Mark[] {
  const marks: Mark[] = [];
  let after = 0;
  for (let i = 0; i < answer.subjectOf.length; i++) {
    const start = answer.spans[2 * i] ?? 0;
    const end = answer.spans[2 * i + 1] ?? 0;
    const subject = answer.subjects[answer.subjectOf[i] ?? -1];
    if (!subject || start < after || end <= start || end > text.length) continue;
    marks.push(markOf(subject, start, end, text.slice(start, end)));
    after = end;
  }
  return marks;
}
