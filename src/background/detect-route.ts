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
import { marksAnswer, type MarkChoices } from '../messages/mark-messages.ts';
import { buildArticleText } from '../page/article-text.ts';
import { snapshotDom } from '../page/detect/snapshot-dom.ts';
import { pageVerdict } from '../page/main-region.ts';
import { verdictToWire } from '../page/verdict-wire.ts';
import { markForFrame } from './mark-service.ts';

/** A snapshot whose end has not come this long after its last chunk is given up. */
const KEPT_MS = 60_000;

interface KeptSnapshot {
  snapshotId: string;
  chunks: SnapshotChunk[];
  chars: number;
  at: number;
}

const kept = new Map<string, KeptSnapshot>();

function charsOf(chunk: SnapshotChunk): number {
  let chars = 0;
  for (const text of chunk.texts) chars += text.length;
  for (const value of chunk.attrs) chars += value.length;
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
    const before = snapshot.chunks.slice(0, request.after.pieces);
    if (before.length !== request.after.pieces || before.some((chunk) => chunk === undefined))
      return Promise.resolve(missing());
    chunks = [...before, request.chunk];
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
  const read = readSnapshot(chunks, anyway);
  if (!read) return null;
  const { answer, text, textNodes } = read;
  if (!marking || text === undefined) return answer;
  const request = { type: 'mark-article' as const, text, ...marking.choices };
  const marks = await markForFrame(request, marking.finder(), frame);
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
export function verdictOf(chunks: readonly SnapshotChunk[], anyway: boolean): VerdictAnswer | null {
  return readSnapshot(chunks, anyway)?.answer ?? null;
}

/** The verdict on a snapshot, and its article's text as the snapshot has it. */
function readSnapshot(
  chunks: readonly SnapshotChunk[],
  anyway: boolean,
): { answer: VerdictAnswer; text: string | undefined; textNodes: number[] } | undefined {
  try {
    const dom = snapshotDom(chunks);
    const verdict = pageVerdict(dom.document, anyway);
    const article = verdict.isArticle && verdict.parts ? buildArticleText(verdict.parts) : undefined;
    const textNodes = article ? article.segments.map((segment) => dom.indexOf(segment.node)) : [];
    return { answer: verdictToWire(verdict, dom.indexOf), text: article?.text, textNodes };
  } catch (error) {
    console.warn('[Lai Châu Reader] could not read a page snapshot:', error);
    return undefined;
  }
}
