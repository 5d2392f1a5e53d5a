/**
 * The background's side of the marking conversation: keeps the pieces of a long text, and
 * answers the request that ends a text with its marks (or with "pieces missing", so that the
 * page sends it again). Undefined for a message that is not about marking.
 */
import type { Mark } from '../core/marks.ts';
import type { TermFinder } from '../core/match-index.ts';
import { marksAnswer, parseArticlePiece, parseMarkRequest } from '../messages/mark-messages.ts';
import { keepPiece, wholeRequest } from './article-pieces.ts';
import { markForFrame } from './mark-service.ts';

export function answerMarking(
  message: unknown,
  frame: string | undefined,
  finder: () => TermFinder,
  onMarked: (text: string, marks: Mark[]) => void,
): Promise<unknown> | undefined {
  const piece = parseArticlePiece(message);
  if (piece) {
    if (frame === undefined) return Promise.resolve(null);
    keepPiece(frame, piece);
    return Promise.resolve({ type: 'piece-kept' });
  }
  const request = parseMarkRequest(message);
  if (!request) return undefined;
  const marking = wholeRequest(frame, request);
  if (!marking) return Promise.resolve({ type: 'pieces-missing' });
  return markForFrame(marking, finder(), frame).then((marks) => {
    // A newer text from the same frame replaced this one: the page no longer waits for it.
    if (!marks) return null;
    onMarked(marking.text, marks);
    return marksAnswer(marks);
  });
}
