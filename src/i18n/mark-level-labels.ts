/** The words for each "how much to mark" level, shared by the popup and the options page. */
import type { MarkLevel } from '../core/mark-levels.ts';
import type { MessageKey } from './messages.ts';

export const MARK_LEVEL_LABELS: Record<MarkLevel, MessageKey> = {
  abbreviations: 'markLevelAbbreviations',
  names: 'markLevelNames',
  everything: 'markLevelEverything',
};
