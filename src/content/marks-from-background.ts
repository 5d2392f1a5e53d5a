/**
 * The page's side of the marking conversation: sends the article's text with the reader's
 * choices and checks what comes back. When the extension has gone away under the page, asking
 * fails and the reader is told, so that it takes itself down.
 */
import browser from '../platform/browser-lite.ts';
import type { Mark } from '../core/marks.ts';
import type { Settings } from '../core/settings.ts';
import {
  MARKED_CHARS_AT_MOST,
  PIECE_CHARS,
  markChoicesOf,
  marksFromWire,
  parseMarksAnswer,
  parsePieceKept,
  parsePiecesMissing,
  type ArticlePiece,
  type MarkRequest,
} from '../messages/mark-messages.ts';
import { askTwice } from './ask-twice.ts';
import { extensionGone } from './card-texts.ts';
import { yieldToPage } from '../page/yield-to-page.ts';

/** Performance marks around each request, which the bench reads: the page waits, but does not work, between them. */
export const MARKING_MARKS = {
  asked: 'laichau-reader:marks-asked',
  answered: 'laichau-reader:marks-answered',
} as const;

let textsSent = 0;

/** More marks than this, and the answer is read back in a task of its own. */
const MARKS_IN_ONE_TASK = 1000;

/**
 * Sends all but the last piece of a long text, one message each (each a task of its own, the
 * page's thread free between them), and returns the request that ends it.
 */
async function sendPieces(request: MarkRequest, wanted: () => boolean): Promise<MarkRequest | undefined> {
  const { text } = request;
  if (text.length <= PIECE_CHARS) return request;
  const textId = `${Date.now().toString(36)}.${++textsSent}`;
  const last = Math.floor((text.length - 1) / PIECE_CHARS);
  for (let index = 0; index < last; index++) {
    const piece: ArticlePiece = {
      type: 'article-piece',
      textId,
      index,
      text: text.slice(index * PIECE_CHARS, (index + 1) * PIECE_CHARS),
    };
    if (!parsePieceKept(await browser.runtime.sendMessage(piece))) throw new Error('a piece was not kept');
    // The page's own tasks get a turn between two pieces, whatever order the browser runs
    // message answers and timers in; a text the page has replaced meanwhile goes no further.
    await yieldToPage();
    if (!wanted()) return undefined;
  }
  return { ...request, text: text.slice(last * PIECE_CHARS), after: { textId, pieces: last } };
}

export function marksFromBackground(
  onGone: () => void,
): (text: string, settings: Settings, wanted?: () => boolean) => Promise<Mark[] | undefined> {
  return async function askForMarks(text, settings, wanted = () => true) {
    if (extensionGone()) {
      onGone();
      return undefined;
    }
    if (text.length > MARKED_CHARS_AT_MOST) {
      console.warn(`[Lai Châu Reader] the article has ${text.length} characters: too long to mark`);
      return undefined;
    }
    const request: MarkRequest = { type: 'mark-article', text, ...markChoicesOf(settings) };
    return askTwice(
      async () => {
        performance.mark(MARKING_MARKS.asked);
        const whole = await sendPieces(request, wanted);
        if (!whole) return undefined;
        const sent: unknown = await browser.runtime.sendMessage(whole);
        performance.mark(MARKING_MARKS.answered);
        if (parsePiecesMissing(sent)) throw new Error('the background lost pieces of the text');
        const answer = parseMarksAnswer(sent);
        if (!answer) console.warn('[Lai Châu Reader] the background sent no marks');
        // Checking a long article's answer and reading it back are a task each.
        if (answer && answer.subjectOf.length > MARKS_IN_ONE_TASK) await yieldToPage();
        return answer && marksFromWire(text, answer);
      },
      onGone,
      wanted,
      'could not get the marks',
    );
  };
}
