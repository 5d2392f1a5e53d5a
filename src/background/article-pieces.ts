/**
 * The pieces of long texts that frames send before the request that ends each (see PIECE_CHARS).
 * Kept in memory only: if the worker stops between the pieces and the end, the end finds pieces
 * missing, says so, and the page sends the whole text again.
 */
import { MARKED_CHARS_AT_MOST, type ArticlePiece, type MarkRequest } from '../messages/mark-messages.ts';

/** Texts kept per frame: the one it sends, and the one it was sending when it changed its mind. */
const TEXTS_PER_FRAME = 2;
/** A text whose end has not come this long after its last piece is given up (a tab closed mid-way). */
const KEPT_MS = 60_000;
/** Characters kept in all, at most: the oldest texts go first beyond. */
const CHARS_AT_MOST = 2 * MARKED_CHARS_AT_MOST;

interface KeptText {
  frame: string;
  textId: string;
  pieces: string[];
  chars: number;
  at: number;
}

/** In the order the texts were last added to. */
let kept: KeptText[] = [];

export function keepPiece(frame: string, piece: ArticlePiece, now = Date.now()): void {
  kept = kept.filter((t) => now - t.at <= KEPT_MS);
  let text = kept.find((t) => t.frame === frame && t.textId === piece.textId);
  if (text) kept.splice(kept.indexOf(text), 1);
  else text = { frame, textId: piece.textId, pieces: [], chars: 0, at: now };
  text.chars += piece.text.length - (text.pieces[piece.index]?.length ?? 0);
  text.pieces[piece.index] = piece.text;
  text.at = now;
  kept.push(text);
  const ofFrame = kept.filter((t) => t.frame === frame);
  const dropped = new Set(ofFrame.slice(0, Math.max(0, ofFrame.length - TEXTS_PER_FRAME)));
  let chars = kept.reduce((sum, t) => sum + t.chars, 0);
  for (const t of kept) {
    if (chars <= CHARS_AT_MOST || t === text) break;
    dropped.add(t);
    chars -= t.chars;
  }
  if (dropped.size > 0) kept = kept.filter((t) => !dropped.has(t));
}

/**
 * The request with its whole text, the kept pieces before its own; undefined when a piece is
 * missing. The pieces are given up either way.
 */
export function wholeRequest(frame: string | undefined, request: MarkRequest): MarkRequest | undefined {
  const { after, ...rest } = request;
  if (!after) return request;
  const text = kept.find((t) => t.frame === frame && t.textId === after.textId);
  if (!text) return undefined;
  kept = kept.filter((t) => t !== text);
  if (text.pieces.length !== after.pieces) return undefined;
  const pieces: string[] = [];
  let length = request.text.length;
  for (let i = 0; i < after.pieces; i++) {
    const piece = text.pieces[i];
    if (piece === undefined) return undefined;
    pieces.push(piece);
    length += piece.length;
  }
  if (length > MARKED_CHARS_AT_MOST) return undefined;
  pieces.push(request.text);
  return { ...rest, text: pieces.join('') };
}
