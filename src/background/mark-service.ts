/**
 * Marks the articles pages send. The work runs here, off the page's main thread; a long
 * article is marked a slice at a time, with a turn for other messages (a card asked for on
 * another tab) whenever a slice has run long.
 */
import { markArticle, type MarkingChoices } from '../core/article-marking.ts';
import type { Mark } from '../core/marks.ts';
import type { MarkRequest } from '../messages/mark-messages.ts';
import type { TermFinder } from '../core/match-index.ts';

const SLICE_CHARS = 20_000;
const TURN_MS = 40;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function markForPage(request: MarkRequest, finder: TermFinder): Promise<Mark[]> {
  const choices: MarkingChoices = {
    firstOnly: request.firstOnly,
    categories: new Set(request.categories),
    level: request.level,
  };
  const marks: Mark[] = [];
  let turnSince = performance.now();
  for (const slice of markArticle(request.text, finder, choices, SLICE_CHARS)) {
    marks.push(...slice);
    if (performance.now() - turnSince > TURN_MS) {
      await nextTask();
      turnSince = performance.now();
    }
  }
  return marks;
}
