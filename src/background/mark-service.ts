/**
 * Marks the articles pages send. The work runs here, off the page's main thread; a long
 * article is marked a slice at a time, with a turn for other messages (a card asked for on
 * another tab) whenever a slice has run long. A page whose text changed sends it again, and
 * the pass over its older text stops at the next slice: its answer would be thrown away.
 */
import { markArticle, type MarkingChoices } from '../core/article-marking.ts';
import type { Mark } from '../core/marks.ts';
import type { MarkRequest } from '../messages/mark-messages.ts';
import type { TermFinder } from '../core/match-index.ts';

const SLICE_CHARS = 20_000;
const TURN_MS = 40;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The latest request of each frame (tab and frame id), by a counter. */
const latest = new Map<string, number>();
let requests = 0;

/**
 * Marks a frame's article; undefined when a newer request from the same frame came in before
 * the pass ended. `frame` is undefined for a sender that is not a tab's frame.
 */
export async function markForFrame(
  request: MarkRequest,
  finder: TermFinder,
  frame: string | undefined,
): Promise<Mark[] | undefined> {
  const id = ++requests;
  if (frame !== undefined) latest.set(frame, id);
  try {
    return await markForPage(request, finder, () => frame === undefined || latest.get(frame) === id);
  } finally {
    if (frame !== undefined && latest.get(frame) === id) latest.delete(frame);
  }
}

export async function markForPage(
  request: MarkRequest,
  finder: TermFinder,
  wanted: () => boolean = () => true,
): Promise<Mark[] | undefined> {
  const choices: MarkingChoices = {
    firstOnly: request.firstOnly,
    categories: new Set(request.categories),
    level: request.level,
  };
  // A turn first, so that a burst of texts from one frame is marked once, for the last of them.
  await nextTask();
  if (!wanted()) return undefined;
  const marks: Mark[] = [];
  let turnSince = performance.now();
  for (const slice of markArticle(request.text, finder, choices, SLICE_CHARS)) {
    marks.push(...slice);
    if (performance.now() - turnSince > TURN_MS) {
      await nextTask();
      if (!wanted()) return undefined;
      turnSince = performance.now();
    }
  }
  return marks;
}
