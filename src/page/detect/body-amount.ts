/** How much article prose an element holds: its paragraphs' characters, captions left out. */
import type { ProseMap } from './body-candidates.ts';
import { MIN_PARAGRAPH, isProse } from './prose-runs.ts';

export function bodyAmount(map: ProseMap, body: Element): { chars: number; paragraphs: number } {
  const span = map.spans.get(body);
  let chars = 0;
  let paragraphs = 0;
  if (!span) return { chars, paragraphs };
  for (let i = span.lo; i <= span.hi; i++) {
    const run = map.runs[i];
    if (!run || map.caption[i] || !isProse(run)) continue;
    chars += run.chars;
    if (run.chars >= MIN_PARAGRAPH) paragraphs += 1;
  }
  return { chars, paragraphs };
}
