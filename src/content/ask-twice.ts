/**
 * The retry the page's long conversations with the background share (the snapshot, the marks):
 * a worker the browser stops in the middle of an answer, or between the pieces of a long
 * message, is started afresh by the next message, so a failed question is asked once more.
 */
import { extensionGone } from './card-texts.ts';

/**
 * `ask`'s answer, asked twice at most. Undefined, without asking again, once the extension has
 * gone (after `onGone`) or the page no longer wants the answer; undefined, with a warning that
 * says `failure`, when the second try fails too.
 */
export async function askTwice<T>(
  ask: () => Promise<T | undefined>,
  onGone: () => void,
  wanted: () => boolean,
  failure: string,
): Promise<T | undefined> {
  if (extensionGone()) {
    onGone();
    return undefined;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      if (extensionGone()) {
        onGone();
        return undefined;
      }
      if (!wanted()) return undefined;
      if (attempt >= 2) {
        console.warn(`[Lai Châu Reader] ${failure}:`, error);
        return undefined;
      }
    }
  }
}
