/** Glossary entries that exist only to grow the match index for the bench (vite.config.ts adds them). */
import type { MatchableEntry } from '../../src/core/match-index.ts';

export function syntheticEntries(count: number): MatchableEntry[] {
  return Array.from({ length: count }, (_, k) => ({
    id: `synthetic-${k}`,
    terms: [`Thuật ngữ thử nghiệm số ${k} của tỉnh`, `TNTN${k}`],
    category: 'programme',
    level: 'name',
  }));
}
