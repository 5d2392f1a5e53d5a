/**
 * One figure per quantity: an article gives its main numbers in the title, the lead and the
 * body, and a list that repeats them reads like raw extraction. Mentions with the same text
 * as written, the same kind and the same label (compared folded) become one figure that
 * keeps every position; the first mention stays its start, end and sentence.
 */

import type { Figure } from '../analysis-types.ts';
import { phraseKey } from './syllable-key.ts';

function mentionKey(figure: Figure): string {
  return [figure.kind, figure.text.replace(/\s+/g, ' '), phraseKey(figure.label), figure.unit ?? ''].join(
    '\u0000',
  );
}

/** Merges repeated mentions; figures stay in the order of their first mention. */
export function mergeMentions(figures: readonly Figure[]): Figure[] {
  const byKey = new Map<string, Figure>();
  const merged: Figure[] = [];
  for (const figure of figures) {
    const key = mentionKey(figure);
    const first = byKey.get(key);
    if (first === undefined) {
      const copy: Figure = { ...figure, at: [...figure.at] };
      byKey.set(key, copy);
      merged.push(copy);
      continue;
    }
    first.at.push(...figure.at);
    first.mentions = first.at.length;
  }
  return merged;
}

/**
 * Where the title and the lead end: the first two paragraphs (non-empty lines) of the
 * article text, which is how the page's article text and a plain-text article both begin.
 */
export function leadEnd(text: string): number {
  let paragraphs = 0;
  let offset = 0;
  while (offset < text.length) {
    const lineEnd = text.indexOf('\n', offset);
    const end = lineEnd === -1 ? text.length : lineEnd;
    if (text.slice(offset, end).trim().length > 0) {
      paragraphs += 1;
      if (paragraphs === 2) return end;
    }
    offset = end + 1;
  }
  return text.length;
}

/** Marks the figures with a mention in the title or the lead. */
export function markLead(figures: Figure[], end: number): void {
  for (const figure of figures) {
    if (figure.at.some((span) => span.start < end)) figure.lead = true;
  }
}
