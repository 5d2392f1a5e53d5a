/**
 * How a page gets the match index. The background keeps the index of its build in
 * storage.local under STORED_INDEX_KEY, so a page reads it without waking the background; a
 * page that finds none, or one of another build (the extension was updated), asks for it.
 */
import * as v from 'valibot';
import { parserOf } from './parse.ts';

export const STORED_INDEX_KEY = 'match-index';

export const IndexRequestSchema = v.strictObject({ type: v.literal('get-match-index') });
export type IndexRequest = v.InferOutput<typeof IndexRequestSchema>;

/** What is stored and what is answered: the index and the tag of the build that made it. */
export const StoredIndexSchema = v.strictObject({
  tag: v.pipe(v.string(), v.maxLength(64)),
  index: v.unknown(),
});
export type StoredIndex = v.InferOutput<typeof StoredIndexSchema>;

export const parseIndexRequest = parserOf(IndexRequestSchema);

export const parseStoredIndex = parserOf(StoredIndexSchema);
