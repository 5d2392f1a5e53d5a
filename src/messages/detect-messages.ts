/**
 * The detection conversation: the page sends a snapshot of its DOM (tags, the attributes
 * detection reads, texts), and the background answers with the verdict, whose elements are
 * indices into that snapshot. Detection is the largest part of reading a page, and almost all of
 * it is code run once per page load: in the background it runs off the page's main thread, on
 * code that stays warm from one article to the next.
 *
 * A snapshot lists the nodes of the page in document order. A long page is sent in pieces
 * (chunks of consecutive nodes), one message each, for the reason PIECE_CHARS gives.
 */
import * as v from 'valibot';
import { MARKED_CHARS_AT_MOST, MarkChoicesSchema, MarksAnswerSchema } from './mark-messages.ts';
import { Offset, isIntegerList, parserOf } from './parse.ts';

/** More nodes than any page a reader could open holds. */
export const SNAPSHOT_NODES_AT_MOST = 2_000_000;
/** Text characters (texts and attribute values) in one snapshot, at most. */
export const SNAPSHOT_CHARS_AT_MOST = MARKED_CHARS_AT_MOST;
/** The longest tag a snapshot carries (a longer custom element's name is cut). */
export const TAG_MOST = 100;
/** The tag of a comment node, which no element can have. */
export const COMMENT_TAG = '#comment';
/** Where the verdict says what the page's metadata calls it, this many sources at most. */
export const METADATA_SOURCES_AT_MOST = 200;
/**
 * A chunk ends once its texts reach this many characters, or it holds this many nodes: the
 * browser copies a message on the page's thread (see PIECE_CHARS). Chunks of half this size
 * made no stall shorter in either browser, and Firefox's longer (53 → 141 ms on the seed ×50).
 */
export const CHUNK_CHARS = 50_000;
export const CHUNK_NODES = 20_000;
const CHUNKS_AT_MOST =
  Math.ceil(SNAPSHOT_CHARS_AT_MOST / CHUNK_CHARS) + Math.ceil(SNAPSHOT_NODES_AT_MOST / CHUNK_NODES);

/**
 * The attributes detection reads (by name or through its selectors), and so the only ones a
 * snapshot carries. The snapshot DOM answers null for any other: a test holds detection to this
 * list (test/unit/snapshot-detect.test.ts).
 */
export const SNAPSHOT_ATTRIBUTES: readonly string[] = [
  'aria-hidden',
  'aria-level',
  'class',
  'content',
  'contenteditable',
  'hidden',
  'href',
  'id',
  'itemprop',
  'itemscope',
  'itemtype',
  'name',
  'property',
  'rel',
  'role',
  'src',
  'style',
  'type',
];

const NodeIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(SNAPSHOT_NODES_AT_MOST));
const Id = v.pipe(v.string(), v.maxLength(200));
const ChunkCount = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(CHUNKS_AT_MOST));

const indexList = (most: number): v.GenericSchema<number[]> =>
  v.custom<number[]>(
    (value) => isIntegerList(value, most, -1, SNAPSHOT_NODES_AT_MOST),
    'a list of node indices',
  );

const stringList = (most: number): v.GenericSchema<string[]> =>
  v.custom<string[]>((value) => isStringList(value, most), 'a list of strings');

function isStringList(value: unknown, most: number): boolean {
  if (!Array.isArray(value) || value.length > most) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/** Consecutive nodes of a snapshot, in document order. */
export const SnapshotChunkSchema = v.strictObject({
  /** The index of the chunk's first node in the whole snapshot. */
  first: NodeIndex,
  /** Per node: its element's local name, or '' for a text node. */
  tags: v.pipe(
    stringList(CHUNK_NODES),
    v.check((tags) => tags.every((tag) => tag.length <= 100), 'a tag too long'),
  ),
  /** Per node: the index of its parent, -1 for the page's root element. */
  parents: indexList(CHUNK_NODES),
  /** The data of the chunk's text nodes, in order (the code of a script or style is left out). */
  texts: stringList(CHUNK_NODES),
  /** Per attribute the chunk carries: the index of its element… */
  attrAt: indexList(SNAPSHOT_ATTRIBUTES.length * CHUNK_NODES),
  /** …and its name and value, two entries each. */
  attrs: stringList(2 * SNAPSHOT_ATTRIBUTES.length * CHUNK_NODES),
});
export type SnapshotChunk = v.InferOutput<typeof SnapshotChunkSchema>;

/** One chunk of a long page, sent before the request that ends its snapshot. */
export const SnapshotPieceSchema = v.strictObject({
  type: v.literal('snapshot-piece'),
  snapshotId: Id,
  index: ChunkCount,
  chunk: SnapshotChunkSchema,
});
export type SnapshotPiece = v.InferOutput<typeof SnapshotPieceSchema>;

export const DetectRequestSchema = v.strictObject({
  type: v.literal('detect-page'),
  /** The last chunk, or the whole snapshot when `after` is absent. */
  chunk: SnapshotChunkSchema,
  after: v.optional(v.strictObject({ snapshotId: Id, pieces: ChunkCount })),
  /** The reader asked for the page's main text to be marked although it is not an article. */
  anyway: v.boolean(),
  /**
   * With the reader's choices, the background also marks the article's text as it reads it
   * from the snapshot, so that the page need not send its text again.
   */
  marking: v.optional(MarkChoicesSchema),
});
export type DetectRequest = v.InferOutput<typeof DetectRequestSchema>;

export const REASON_CODES = [
  'article:metadata',
  'article:structure',
  'not-article:list-page',
  'not-article:video',
  'not-article:gallery',
  'not-article:no-long-body',
  'article:reader-chosen',
  'pending:body-not-loaded',
] as const;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const Sentence = v.pipe(v.string(), v.maxLength(2000));

/** The verdict, with each element of the article as its index in the snapshot. */
export const VerdictAnswerSchema = v.strictObject({
  type: v.literal('verdict'),
  isArticle: v.boolean(),
  mayChange: v.boolean(),
  reason: v.strictObject({
    code: v.picklist(REASON_CODES),
    message: Sentence,
    details: v.strictObject({
      metadata: v.picklist(['article', 'video', 'other', 'none']),
      metadataSources: v.pipe(v.array(Sentence), v.maxLength(METADATA_SOURCES_AT_MOST)),
      bodyChars: Count,
      bodyParagraphs: Count,
      headlineLinks: Count,
    }),
  }),
  title: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
  confidence: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  parts: v.optional(
    v.strictObject({
      body: NodeIndex,
      title: v.optional(NodeIndex),
      lead: v.optional(NodeIndex),
      author: v.optional(NodeIndex),
      date: v.optional(NodeIndex),
      captions: indexList(SNAPSHOT_NODES_AT_MOST),
      nonContent: indexList(SNAPSHOT_NODES_AT_MOST),
    }),
  ),
  /**
   * The marks of the article's text as the background read it from the snapshot, with that
   * text's length and the text nodes it was read from, in order: they hold for the page's own
   * text only when both agree (the page leaves out text its styles hide, which a snapshot
   * cannot see).
   */
  marked: v.optional(
    v.strictObject({
      textLength: Offset,
      textNodes: indexList(SNAPSHOT_NODES_AT_MOST),
      marks: MarksAnswerSchema,
    }),
  ),
});
export type VerdictAnswer = v.InferOutput<typeof VerdictAnswerSchema>;

/** What the background says to a chunk it kept, and to a request whose chunks it lacks. */
export const ChunkKeptSchema = v.strictObject({ type: v.literal('chunk-kept') });
export const ChunksMissingSchema = v.strictObject({ type: v.literal('chunks-missing') });

export const parseSnapshotPiece = parserOf(SnapshotPieceSchema);
export const parseDetectRequest = parserOf(DetectRequestSchema);
export const parseVerdictAnswer = parserOf(VerdictAnswerSchema);
export const parseChunkKept = parserOf(ChunkKeptSchema);
export const parseChunksMissing = parserOf(ChunksMissingSchema);
