/** What the reader on a page needs from the rest of the extension, given to it by the content script. */
import type { Mark } from '../core/marks.ts';
import type { Settings } from '../core/settings.ts';
import type { VerdictAnswer } from '../messages/detect-messages.ts';
import type { MarkChoices } from '../messages/mark-messages.ts';
import type { CardTexts } from './card/card-controller.ts';
import type { PageStatus } from '../messages/protocol.ts';
import type { PageSnapshot } from './page-snapshot.ts';
import type { ArticleVerdict } from './verdict.ts';

export interface ReaderDeps {
  /**
   * The marks of an article's text under the reader's choices; undefined when none can be had.
   * `wanted` turns false once the page has a newer text, and the asking may stop there.
   */
  markText(text: string, settings: Settings, wanted: () => boolean): Promise<readonly Mark[] | undefined>;
  /**
   * Detection's verdict on the page from its snapshot (made off the page's thread, by the
   * background), with `anyway` for the page's main text, and the marks of the article's text
   * under `marking`; undefined when none can be had.
   */
  detect(
    snapshot: PageSnapshot,
    ask: { anyway: boolean; marking: MarkChoices },
    wanted: () => boolean,
  ): Promise<Detected | undefined>;
  /** Where cards get their text (the background, through a message). */
  cardTexts: CardTexts;
  /** Called after every pass, e.g. to update the toolbar badge. */
  onUpdate?(status: PageStatus): void;
}

export interface Detected {
  verdict: ArticleVerdict;
  /** The background's marks of the article's text as it read it from the snapshot. */
  marked?: NonNullable<VerdictAnswer['marked']>;
}
