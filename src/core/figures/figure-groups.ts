/** How the lists show figures: apart from where they were read, so a list need not load the reader. */
import type { Figure } from '../analysis-types.ts';

const TIMELINE_KINDS: ReadonlySet<Figure['kind']> = new Set(['date', 'period', 'ordinal']);

/** Quantities first, then the timeline; each in article order. */
export function groupFigures(figures: readonly Figure[]): { figures: Figure[]; timeline: Figure[] } {
  const byPosition = [...figures].sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    figures: byPosition.filter((figure) => !TIMELINE_KINDS.has(figure.kind)),
    timeline: byPosition.filter((figure) => TIMELINE_KINDS.has(figure.kind)),
  };
}
