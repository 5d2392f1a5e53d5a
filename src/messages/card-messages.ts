/**
 * The card's conversation: the page asks the background for a card and gets back everything the
 * card shows, already in the reader's language. The page therefore carries neither the
 * glossary's texts nor the locale catalogues; it only lays out what it is given, as text.
 */
import * as v from 'valibot';
import { parserOf } from './parse.ts';

const Text = v.pipe(v.string(), v.maxLength(20_000));
const Short = v.pipe(v.string(), v.maxLength(2_000));

export const CardSubjectSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('entry'),
    entryId: v.pipe(v.string(), v.maxLength(200)),
    /** The term as the article writes it, shown as the card's title. */
    written: v.optional(Short),
  }),
  v.strictObject({
    kind: v.literal('code'),
    /** The document code as written in the article. */
    text: v.pipe(v.string(), v.maxLength(200)),
  }),
  v.strictObject({
    kind: v.literal('defined'),
    /** The abbreviation as the article uses it. */
    text: v.pipe(v.string(), v.maxLength(200)),
    /** Its long form, as the article writes it where it defines it. */
    expansion: v.pipe(v.string(), v.maxLength(400)),
  }),
]);
export type CardSubject = v.InferOutput<typeof CardSubjectSchema>;

export const LangSchema = v.picklist(['vi', 'en']);

export const CardRequestSchema = v.strictObject({
  type: v.literal('card'),
  subject: CardSubjectSchema,
  lang: LangSchema,
});
export type CardRequest = v.InferOutput<typeof CardRequestSchema>;

export const CardModelSchema = v.strictObject({
  type: v.literal('card-model'),
  lang: LangSchema,
  /** The dialog's accessible name. */
  label: Short,
  /** What a screen reader hears when the keyboard opens the card. */
  announcement: Text,
  term: Short,
  kind: Short,
  /** What an abbreviation stands for, or a document's title and date. */
  lines: v.pipe(v.array(Short), v.maxLength(10)),
  /** A decoded document code: pairs of name and value. */
  code: v.optional(v.pipe(v.array(v.tuple([Short, Short])), v.maxLength(10))),
  short: Text,
  note: v.optional(v.strictObject({ since: Short, text: Text })),
  /** Said when the facts could not be confirmed, or when a code was read from its form alone. */
  caveat: v.optional(Short),
  long: v.optional(Text),
  sources: v.pipe(
    v.array(v.strictObject({ name: Short, url: v.optional(Short), seen: Short })),
    v.maxLength(20),
  ),
  related: v.pipe(v.array(v.strictObject({ entryId: Short, label: Short })), v.maxLength(30)),
  words: v.strictObject({ more: Short, less: Short, close: Short, sources: Short, related: Short }),
});
export type CardModel = v.InferOutput<typeof CardModelSchema>;

export const parseCardRequest = parserOf(CardRequestSchema);

export const parseCardModel = parserOf(CardModelSchema);
