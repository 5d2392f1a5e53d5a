/**
 * The pieces of long texts that frames send before the request that ends each (see PIECE_CHARS).
 * Kept in memory only: if the worker stops between the pieces and the end, the end finds pieces
 * missing, says so, and the page sends the whole text again.
 */
import { MARKED_CHARS_AT_MOST, type ArticlePiece, type MarkRequest } from '../messages/mark-messages.ts';

/** Frames whose pieces are kept at once; the oldest is dropped beyond (a tab closed mid-way). */
const FRAMES_AT_MOST = 32;

const kept = new Map<string, { textId: string; pieces: string[] }>();

export function keepPiece(frame: string, piece: ArticlePiece): void {
  let text = kept.get(frame);
  if (!text || text.textId !== piece.textId) {
    // A frame sends one text at a time: a new one replaces what is left of the old.
    kept.delete(frame);
    text = { textId: piece.textId, pieces: [] };
    kept.set(frame, text);
    const oldest = kept.keys().next().value;
    if (kept.size > FRAMES_AT_MOST && oldest !== undefined) kept.delete(oldest);
  }
  text.pieces[piece.index] = piece.text;
}

/**
 * The request with its whole text, the kept pieces before its own; undefined when a piece is
 * missing. The pieces are given up either way.
 */
export function wholeRequest(frame: string | undefined, request: MarkRequest): MarkRequest | undefined {
  const { after, ...rest } = request;
  if (!after) return request;
  const text = frame === undefined ? undefined : kept.get(frame);
  if (frame !== undefined && text?.textId === after.textId) kept.delete(frame);
  if (!text || text.textId !== after.textId || text.pieces.length !== after.pieces) return undefined;
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
