/**
 * "How much to mark", from least to most. Apart from the marking itself so that the settings,
 * the messages and the pages can name the levels without bringing in the matcher.
 */
export const MARK_LEVELS = ['abbreviations', 'names', 'everything'] as const;
export type MarkLevel = (typeof MARK_LEVELS)[number];
