/**
 * A list of teasers whose titles are not links (the picture or a "Xem tiếp" link leads to the
 * article): one short title line, a picture or a date, one paragraph, again and again. An
 * article's sub-headings each head several paragraphs and carry no date.
 */
import type { ProseMap } from './body-candidates.ts';
import { MIN_PARAGRAPH, isProse } from './prose-runs.ts';
import { visibleText } from './text-measure.ts';

const MIN_TEASERS = 5;
const DATED = /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b\d{1,2}:\d{2}\b/;

export function looksLikeTeasers(map: ProseMap, body: Element): boolean {
  const span = map.spans.get(body);
  if (!span) return false;
  let titles = 0;
  let paragraphs = 0;
  let dates = 0;
  for (let i = span.lo; i <= span.hi; i++) {
    const run = map.runs[i];
    if (!run || map.caption[i]) continue;
    if (run.chars + run.linked < 40) {
      const line = visibleText(run.block);
      if (line.length < 60 && DATED.test(line)) dates += 1;
    }
    if (!isProse(run)) continue;
    const next = map.runs[i + 1];
    if (run.closed && run.chars >= MIN_PARAGRAPH) paragraphs += 1;
    else if (run.chars < 200 && next && next.block !== run.block) titles += 1;
  }
  if (titles < MIN_TEASERS || paragraphs > 1.5 * titles) return false;
  const pictures = body.querySelectorAll('img, amp-img').length;
  return pictures >= 0.6 * titles || dates >= 0.6 * titles;
}
