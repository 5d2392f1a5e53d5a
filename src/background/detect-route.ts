/**
 * The background's side of the detection conversation: keeps the chunks of a long page's
 * snapshot, and answers the request that ends a snapshot with the verdict (or with "chunks
 * missing", so that the page sends it again). Undefined for a message that is not about
 * detection. Chunks are kept in memory only, one snapshot per frame.
 */
import {
  parseDetectRequest,
  parseSnapshotPiece,
  SNAPSHOT_CHARS_AT_MOST,
  type SnapshotChunk,
  type VerdictAnswer,
} from '../messages/detect-messages.ts';
import type { Mark } from '../core/marks.ts';
import type { TermFinder } from '../core/match-index.ts';
import { MARKED_CHARS_AT_MOST, marksAnswer, type MarkChoices } from '../messages/mark-messages.ts';
import { buildArticleText } from '../page/article-text.ts';
import { snapshotDom } from '../page/detect/snapshot-dom.ts';
import { detectingArticle } from '../page/article-detect.ts';
import type { Steps } from '../page/detect/steps.ts';
import { pageVerdict } from '../page/main-region.ts';
import { verdictToWire } from '../page/verdict-wire.ts';
import { markForFrame } from './mark-service.ts';

/** The longest the worker reads a page before it gives other messages a turn. */
const TURN_MS = 40;
/** A snapshot whose end has not come this long after its last chunk is given up. */
const KEPT_MS = 60_000;

interface KeptSnapshot {
  snapshotId: string;
  chunks: SnapshotChunk[];
  chars: number;
  at: number;
}

const kept = new Map<string, KeptSnapshot>();

/** What a chunk holds of text, names and values, against SNAPSHOT_CHARS_AT_MOST. */
function charsOf(chunk: SnapshotChunk): number {
  let chars = 0;
  for (const text of chunk.texts) chars += text.length;
  for (const value of chunk.attrs) chars += value.length;
  for (const tag of chunk.tags) chars += tag.length;
  return chars;
}

/** How a verdict's article gets marked: the matcher, and who hears of the marks. */
export interface Marker {
  finder(): TermFinder;
  onMarked(text: string, marks: Mark[]): void;
}

export function answerDetection(
  message: unknown,
  frame: string | undefined,
  marker?: Marker,
  now = Date.now(),
): Promise<unknown> | undefined {
  for (const [key, snapshot] of kept) if (now - snapshot.at > KEPT_MS) kept.delete(key);
  const piece = parseSnapshotPiece(message);
  if (piece) {
    if (frame === undefined) return Promise.resolve(null);
    let snapshot = kept.get(frame);
    if (!snapshot || snapshot.snapshotId !== piece.snapshotId)
      snapshot = { snapshotId: piece.snapshotId, chunks: [], chars: 0, at: now };
    snapshot.chars += charsOf(piece.chunk);
    snapshot.chunks[piece.index] = piece.chunk;
    snapshot.at = now;
    if (snapshot.chars > SNAPSHOT_CHARS_AT_MOST) kept.delete(frame);
    else kept.set(frame, snapshot);
    return Promise.resolve({ type: 'chunk-kept' });
  }
  const request = parseDetectRequest(message);
  if (!request) return undefined;
  let chunks = [request.chunk];
  if (request.after) {
    const snapshot = frame === undefined ? undefined : kept.get(frame);
    if (frame !== undefined) kept.delete(frame);
    if (!snapshot || snapshot.snapshotId !== request.after.snapshotId) return Promise.resolve(missing());
    // By index, not with `some`: a chunk that never came is a hole `some` would skip.
    chunks = [];
    for (let index = 0; index < request.after.pieces; index++) {
      const chunk = snapshot.chunks[index];
      if (chunk === undefined) return Promise.resolve(missing());
      chunks.push(chunk);
    }
    chunks.push(request.chunk);
    if (snapshot.chars + charsOf(request.chunk) > SNAPSHOT_CHARS_AT_MOST) return Promise.resolve(null);
  }
  return answerWith(
    chunks,
    request.anyway,
    frame,
    request.marking && marker && { ...marker, choices: request.marking },
  );
}

async function answerWith(
  chunks: readonly SnapshotChunk[],
  anyway: boolean,
  frame: string | undefined,
  marking: (Marker & { choices: MarkChoices }) | undefined,
): Promise<VerdictAnswer | null> {
  const read = await readSnapshot(chunks, anyway);
  if (!read) return null;
  const { answer, text, textNodes } = read;
  if (!marking || text === undefined || text.length > MARKED_CHARS_AT_MOST) return answer;
  const request = { type: 'mark-article' as const, text, ...marking.choices };
  // A slot of its own among the frame's requests: a text the page sends itself meanwhile (its
  // own differs) is not the same request, and neither cancels the other.
  const marks = await markForFrame(request, marking.finder(), frame && `${frame}:look`);
  // A newer text from the same frame came in meanwhile: the verdict goes back alone.
  if (!marks) return answer;
  marking.onMarked(text, marks);
  return {
    ...answer,
    marked: { textLength: text.length, textNodes, marks: marksAnswer(marks) },
  };
}

function missing(): { type: 'chunks-missing' } {
  return { type: 'chunks-missing' };
}

/** The verdict on a snapshot, or null (and a warning) for one that is not a page. */
export async function verdictOf(
  chunks: readonly SnapshotChunk[],
  anyway: boolean,
): Promise<VerdictAnswer | null> {
  return (await readSnapshot(chunks, anyway))?.answer ?? null;
}

/**
 * Runs detection's steps, handing the worker to other messages (another tab's card) whenever a
 * run of them has lasted TURN_MS: a page built to be slow to read holds up no one else.
 */
async function inTurns<T>(steps: Steps<T>): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > TURN_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
}

/** The verdict on a snapshot, and its article's text as the snapshot has it. */
async function readSnapshot(
  chunks: readonly SnapshotChunk[],
  anyway: boolean,
): Promise<{ answer: VerdictAnswer; text: string | undefined; textNodes: number[] } | undefined> {
  try {
    const dom = snapshotDom(chunks);
    const verdict = anyway ? pageVerdict(dom.document, true) : await inTurns(detectingArticle(dom.document));
    const article = verdict.isArticle && verdict.parts ? buildArticleText(verdict.parts) : undefined;
    const textNodes = article ? article.segments.map((segment) => dom.indexOf(segment.node)) : [];
    return { answer: verdictToWire(verdict, dom.indexOf), text: article?.text, textNodes };
  } catch (error) {
    console.warn('[Lai Châu Reader] could not read a page snapshot:', error);
    return undefined;
  }
}
