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
import { snapshotDom } from '../page/detect/snapshot-dom.ts';
import { pageVerdict } from '../page/main-region.ts';
import { verdictToWire } from '../page/verdict-wire.ts';

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

export function answerDetection(
  message: unknown,
  frame: string | undefined,
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
  return Promise.resolve(verdictOf(chunks, request.anyway));
}

function missing(): { type: 'chunks-missing' } {
  return { type: 'chunks-missing' };
}

/** The verdict on a snapshot, or null (and a warning) for one that is not a page. */
export function verdictOf(chunks: readonly SnapshotChunk[], anyway: boolean): VerdictAnswer | null {
  try {
    const dom = snapshotDom(chunks);
    return verdictToWire(pageVerdict(dom.document, anyway), dom.indexOf);
  } catch (error) {
    console.warn('[Lai Châu Reader] could not read a page snapshot:', error);
    return null;
  }
}
