/**
 * The title of a page that has no level-1 heading: among the few lines just before the body's
 * first real paragraph (old CMSs, print views and div soups put the title in a bold <font>, a
 * small heading or a bare div there), the one that reads like a headline.
 */
import { foldForMatch } from './dom-kinds.ts';
import type { ProseMap } from './body-candidates.ts';
import { visibleText } from './text-measure.ts';

/** How far back from the first paragraph to look, in runs of text. */
const WINDOW = 10;
/** A run this long that ends a sentence is the body's first real paragraph. */
const FIRST_PARAGRAPH = 80;
/** A date line: it starts with a weekday, a date or "updated", or carries a clock time. */
const DATE_LINE =
  /^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|cập nhật|đăng|posted|updated|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})|\b\d{1,2}:\d{2}\b/iu;

export function findTitleLine(map: ProseMap, body: Element, declared: string[]): Element | undefined {
  const span = map.spans.get(body);
  if (!span) return undefined;
  let first = span.lo;
  while (first <= span.hi) {
    const run = map.runs[first];
    if (run && run.closed && run.chars >= FIRST_PARAGRAPH && !map.caption[first]) break;
    first += 1;
  }
  if (first > span.hi) first = span.lo;

  const runsPerBlock = new Map<Element, number>();
  for (let i = Math.max(0, first - WINDOW); i < first; i++) {
    const block = map.runs[i]?.block;
    if (block) runsPerBlock.set(block, (runsPerBlock.get(block) ?? 0) + 1);
  }
  const wanted = new Set(declared.map(foldForMatch));
  let best: { el: Element; score: number } | undefined;
  for (let i = first - 1; i >= 0 && i >= first - WINDOW; i--) {
    const run = map.runs[i];
    if (!run || map.caption[i] || run.linked * 2 > run.chars) continue;
    const el = run.block;
    if (runsPerBlock.get(el) !== 1 || el === map.scope) continue;
    const text = visibleText(el);
    if (!readsLikeHeadline(text)) continue;
    const score = (wanted.has(foldForMatch(text)) ? 4 : 0) + (/^h[1-6]$/.test(el.localName) ? 2 : 0) + 1;
    if (!best || score > best.score) best = { el, score };
  }
  return best?.el;
}

function readsLikeHeadline(text: string): boolean {
  if (text.length < 15 || text.length > 250) return false;
  if (text.split(' ').length < 4) return false;
  if (/[.,;]$/.test(text)) return false;
  return !DATE_LINE.test(text);
}
