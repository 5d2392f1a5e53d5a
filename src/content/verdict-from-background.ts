/**
 * The page's side of the detection conversation: sends the page's snapshot (in chunks when it
 * is long) and reads the verdict back onto the page's own elements. When the extension has gone
 * away under the page, asking fails and the reader is told, so that it takes itself down.
 */
import browser from '../platform/browser-lite.ts';
import {
  parseChunkKept,
  parseChunksMissing,
  parseVerdictAnswer,
  type DetectRequest,
  type SnapshotPiece,
} from '../messages/detect-messages.ts';
import type { MarkChoices } from '../messages/mark-messages.ts';
import type { Detected } from '../page/reader-deps.ts';
import type { PageSnapshot } from '../page/page-snapshot.ts';
import { verdictFromWire } from '../page/verdict-wire.ts';
import { yieldToPage } from '../page/yield-to-page.ts';
import { askTwice } from './ask-twice.ts';
import { MARKING_MARKS } from './marks-from-background.ts';

let snapshotsSent = 0;

/** Sends all but the last chunk, one message each with the page's thread free between them. */
async function sendChunks(
  snapshot: PageSnapshot,
  ask: { anyway: boolean; marking: MarkChoices },
  wanted: () => boolean,
): Promise<DetectRequest | undefined> {
  const { chunks } = snapshot;
  const last = chunks.length - 1;
  const lastChunk = chunks[last];
  if (!lastChunk) return undefined;
  if (last === 0) return { type: 'detect-page', chunk: lastChunk, ...ask };
  const snapshotId = `${Date.now().toString(36)}.${++snapshotsSent}`;
  for (let index = 0; index < last; index++) {
    const piece: SnapshotPiece = { type: 'snapshot-piece', snapshotId, index, chunk: chunks[index]! };
    if (!parseChunkKept(await browser.runtime.sendMessage(piece))) throw new Error('a chunk was not kept');
    await yieldToPage();
    if (!wanted()) return undefined;
  }
  return { type: 'detect-page', chunk: lastChunk, after: { snapshotId, pieces: last }, ...ask };
}

export function verdictFromBackground(
  onGone: () => void,
): (
  snapshot: PageSnapshot,
  ask: { anyway: boolean; marking: MarkChoices },
  wanted: () => boolean,
) => Promise<Detected | undefined> {
  return function askForVerdict(snapshot, ask, wanted) {
    return askTwice(
      async () => {
        const request = await sendChunks(snapshot, ask, wanted);
        if (!request) return undefined;
        performance.mark(MARKING_MARKS.asked);
        const sent: unknown = await browser.runtime.sendMessage(request);
        performance.mark(MARKING_MARKS.answered);
        if (parseChunksMissing(sent)) throw new Error('the background lost chunks of the page');
        const answer = parseVerdictAnswer(sent);
        const verdict = answer && verdictFromWire(answer, snapshot.nodes);
        if (!verdict) {
          console.warn('[Lai Châu Reader] the background sent no verdict on this page');
          return undefined;
        }
        return answer.marked ? { verdict, marked: answer.marked } : { verdict };
      },
      onGone,
      wanted,
      'could not have this page read',
    );
  };
}
