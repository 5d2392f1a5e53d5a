/**
 * Finds the element that holds an article's body. The page's text is read as runs (see
 * prose-runs.ts); each paragraph is credited to the container it sits in, through wrappers that
 * hold nothing else, so a list of teasers, whose short sapos sit one per card, never adds up the
 * way an article's paragraphs do. The best container then grows to take in the rest of the body
 * when the page split it (sections, a second half after a figure or an ad, a caption table, the
 * author line), and stops at the title, the date line and anything made of links.
 */
import { ELEMENT_NODE, TEXT_NODE, elementChildren } from './dom-kinds.ts';
import { isInside } from './boilerplate.ts';
import { MIN_PARAGRAPH, collectingRuns, isHeadline, isProse, type Run } from './prose-runs.ts';
import { allSteps, type Steps } from './steps.ts';
import type { TextStats } from './text-stats.ts';
import { findingCaptionRuns } from './caption-runs.ts';

export interface BodyCandidate {
  element: Element;
  /** Non-link characters of the paragraphs credited to it (photo captions left out). */
  proseChars: number;
  /** Paragraphs (prose runs of at least MIN_PARAGRAPH characters). */
  paragraphs: number;
  /** Share of the container's text that is links. */
  linkDensity: number;
  /** Headline links credited to it (a teaser's title), a list-page sign. */
  titleLinks: number;
}

export interface ProseMap {
  scope: Element;
  runs: Run[];
  /** Per run: a photo caption. */
  caption: boolean[];
  /** Containers ranked by prose, best first. */
  candidates: BodyCandidate[];
  /** First and last run index inside each element that holds runs. */
  spans: Map<Element, { lo: number; hi: number }>;
  captionChars: number;
  captionRuns: number;
}

/** Runs read between pauses by `readingProse`. */
const RUN_STEP = 40;

export function readProse(scope: Element, nonContent: Set<Element>, stats: TextStats): ProseMap {
  return allSteps(readingProse(scope, nonContent, stats));
}

/** readProse, a run of the page's text at a time (see steps.ts). */
export function* readingProse(scope: Element, nonContent: Set<Element>, stats: TextStats): Steps<ProseMap> {
  const runs = yield* collectingRuns(scope, (el) => nonContent.has(el));
  const caption = yield* findingCaptionRuns(runs, scope, stats);
  const spans = new Map<Element, { lo: number; hi: number }>();
  for (const run of runs) {
    if (run.index % RUN_STEP === RUN_STEP - 1) yield;
    for (let el: Element | null = run.block; el; el = el.parentElement) {
      const span = spans.get(el);
      if (span) span.hi = run.index;
      else spans.set(el, { lo: run.index, hi: run.index });
      if (el === scope) break;
    }
  }

  const counted = (run: Run): boolean => (isProse(run) && !caption[run.index]) || isHeadline(run);
  const perBlock = new Map<Element, number>();
  for (const run of runs) if (counted(run)) perBlock.set(run.block, (perBlock.get(run.block) ?? 0) + 1);

  const credit = new Map<Element, { chars: number; paragraphs: number; headlines: number }>();
  let captionChars = 0;
  let captionRuns = 0;
  for (const run of runs) {
    if (run.index % RUN_STEP === RUN_STEP - 1) yield;
    if (caption[run.index] && isProse(run)) {
      captionChars += run.chars;
      captionRuns += 1;
    }
    if (!counted(run)) continue;
    const holder = (perBlock.get(run.block) ?? 0) >= 2 ? run.block : creditHolder(run.block, scope, stats);
    const c = credit.get(holder) ?? { chars: 0, paragraphs: 0, headlines: 0 };
    if (isHeadline(run)) c.headlines += 1;
    else {
      c.chars += run.chars;
      if (run.chars >= MIN_PARAGRAPH) c.paragraphs += 1;
    }
    credit.set(holder, c);
  }

  const candidates: BodyCandidate[] = [];
  for (const [element, c] of credit) {
    if (c.chars === 0) continue;
    const t = stats.of(element);
    candidates.push({
      element,
      proseChars: c.chars,
      paragraphs: c.paragraphs,
      linkDensity: t.total === 0 ? 0 : t.linked / t.total,
      titleLinks: c.headlines,
    });
  }
  candidates.sort((a, b) => b.proseChars - a.proseChars);
  return { scope, runs, caption, candidates, spans, captionChars, captionRuns };
}

/** The container credited with a paragraph: climbs wrappers that hold no other text. */
function creditHolder(block: Element, scope: Element, stats: TextStats): Element {
  if (block === scope) return scope;
  let holder = block.parentElement ?? scope;
  let from: Element = block;
  while (holder !== scope && holder.parentElement && holdsOnly(holder, from, stats)) {
    from = holder;
    holder = holder.parentElement;
  }
  return holder;
}

function holdsOnly(container: Element, child: Element, stats: TextStats): boolean {
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (n === child) continue;
    if (n.nodeType === TEXT_NODE && (n as Text).data.trim() !== '') return false;
    if (n.nodeType === ELEMENT_NODE && stats.of(n as Element).total > 0) return false;
  }
  return true;
}

/** A container of teasers: mostly links, or a headline link for every other paragraph. */
export function isListLike(c: BodyCandidate): boolean {
  if (c.linkDensity >= 0.5) return true;
  return c.titleLinks >= 3 && c.titleLinks >= 0.5 * c.paragraphs;
}

interface Piece {
  paragraphs: number;
  closedParagraphs: number;
  headlines: number;
  linked: number;
  total: number;
  captionsOnly: boolean;
}

function pieceOf(map: ProseMap, lo: number, hi: number, only?: Element): Piece {
  const p: Piece = {
    paragraphs: 0,
    closedParagraphs: 0,
    headlines: 0,
    linked: 0,
    total: 0,
    captionsOnly: true,
  };
  for (let i = lo; i <= hi; i++) {
    const run = map.runs[i];
    if (!run || (only && run.block !== only)) continue;
    p.total += run.chars + run.linked;
    p.linked += run.linked;
    if (isHeadline(run)) p.headlines += 1;
    if (!map.caption[i]) p.captionsOnly = false;
    if (isProse(run) && !map.caption[i] && run.chars >= MIN_PARAGRAPH) {
      p.paragraphs += 1;
      if (run.closed) p.closedParagraphs += 1;
    }
  }
  return p;
}

/**
 * The body, grown from the best container. A parent is taken when what it adds is more of the
 * body: paragraphs anywhere, and once a paragraph has been seen also captions and short lines
 * (sub-headings, the author). Anything made of links, or a short line before any paragraph (the
 * title, a date line, a kicker), stops the growth.
 */
export function growBody(map: ProseMap, start: Element, nonContent: Set<Element>): Element {
  let body = start;
  for (let parent = start.parentElement; parent; parent = parent.parentElement) {
    if (isInside(parent, nonContent)) break;
    const verdict = judgeParent(map, parent, body);
    if (verdict === 'stop') break;
    if (verdict === 'take') body = parent;
    if (parent === map.scope) break;
  }
  return body;
}

function judgeParent(map: ProseMap, parent: Element, body: Element): 'take' | 'pass' | 'stop' {
  const direct = map.spans.get(parent);
  if (direct) {
    const own = pieceOf(map, direct.lo, direct.hi, parent);
    if (own.total > 0 && (own.headlines > 0 || own.closedParagraphs === 0)) return 'stop';
  }
  // What each other child adds, in order: a run of paragraphs (a chunk), a paragraph, or lines.
  const pieces: Array<'body' | 'chunk' | 'paragraph' | 'caption' | 'line'> = [];
  for (const child of elementChildren(parent)) {
    if (child === body || child.contains(body)) {
      pieces.push('body');
      continue;
    }
    const span = map.spans.get(child);
    if (!span) continue;
    const piece = pieceOf(map, span.lo, span.hi);
    if (piece.total === 0) continue;
    if (piece.closedParagraphs >= 2 && piece.headlines <= 1 && piece.linked * 3 < piece.total) {
      pieces.push('chunk');
      continue;
    }
    if (piece.headlines > 0 || piece.linked * 2 > piece.total) return 'stop';
    pieces.push(piece.closedParagraphs > 0 ? 'paragraph' : piece.captionsOnly ? 'caption' : 'line');
  }
  const owned = direct !== undefined && pieceOf(map, direct.lo, direct.hi, parent).total > 0;
  if (pieces.length === 1 && !owned) return 'pass';
  // More of the body beside it: take the parent, title and date lines and all.
  if (pieces.includes('chunk') || owned) return 'take';
  // At the top of the page, what sits beside the article column is the page's, not the body's.
  if (parent === map.scope) return 'stop';
  // Otherwise a line before any paragraph is the title, a date line or a kicker: stop there.
  for (const piece of pieces) {
    if (piece === 'body' || piece === 'paragraph') return 'take';
    if (piece === 'line') return 'stop';
  }
  return 'take';
}

/** Links whose text reads like a headline (four words or more), outside non-content regions. */
export function countHeadlineLinks(scope: Element, nonContent: Set<Element>): number {
  const seen = new Set<string>();
  for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
    if (isInside(a, nonContent, scope)) continue;
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.split(' ').length < 4) continue;
    seen.add(a.getAttribute('href') ?? text);
  }
  return seen.size;
}
