/**
 * Short facts about glossary entries for the lists of the popup and the panel: a headword, a
 * category and a one-line explanation in each language. The lists ask for the entries an
 * article mentions, so neither page bundles the glossary in its start-up path.
 */
import * as v from 'valibot';
import { parserOf } from './parse.ts';
import { CATEGORIES } from '../core/glossary-schema.ts';

const Id = v.pipe(v.string(), v.maxLength(200));
const Line = v.pipe(v.string(), v.maxLength(2_000));

export const SummariesRequestSchema = v.strictObject({
  type: v.literal('entry-summaries'),
  ids: v.pipe(v.array(Id), v.maxLength(4_000)),
});
export type SummariesRequest = v.InferOutput<typeof SummariesRequestSchema>;

export const EntrySummarySchema = v.strictObject({
  id: Id,
  /** The headword first, which lists show; the rest let figure labels find the term. */
  terms: v.pipe(v.array(Line), v.minLength(1), v.maxLength(60)),
  category: v.picklist(CATEGORIES),
  expansion: v.optional(v.strictObject({ vi: Line, en: Line })),
  vi: v.strictObject({ short: Line }),
  en: v.strictObject({ short: Line }),
});
export type EntrySummary = v.InferOutput<typeof EntrySummarySchema>;

export const SummariesAnswerSchema = v.strictObject({
  type: v.literal('entry-summaries'),
  entries: v.pipe(v.array(EntrySummarySchema), v.maxLength(4_000)),
});
export type SummariesAnswer = v.InferOutput<typeof SummariesAnswerSchema>;

export const parseSummariesRequest = parserOf(SummariesRequestSchema);

export const parseSummariesAnswer = parserOf(SummariesAnswerSchema);
