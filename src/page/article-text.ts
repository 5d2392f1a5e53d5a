/**
 * The article's text as one string, with a map from every character back to the page's own
 * text nodes. The core analyses `text` and reports offsets into it; the page layer turns those
 * offsets into DOM Ranges to paint, and hit-tests DOM positions back into offsets.
 *
 * Text node data is copied as is (no normalization) so offsets stay exact. Paragraph breaks
 * between blocks ("\n\n") and line breaks for <br> ("\n") exist only in `text`: no segment
 * covers them. The DOM is only read, never changed; call buildArticleText again after the page
 * changes (it is cheap, and a fresh map is simpler than patching one).
 */
import type { ArticleParts } from './verdict.ts';
import { articleContentRoots } from './article-roots.ts';
import { ELEMENT_NODE, TEXT_NODE, isBlock, isNeverText, tagOf } from './detect/dom-kinds.ts';
import { allSteps, type Steps } from './detect/steps.ts';

export interface TextSegment {
  node: Text;
  /** Offset in `text` of the node's first character. */
  start: number;
  /** start + node.data.length at build time. */
  end: number;
}

export interface ArticleText {
  text: string;
  /** In document order, non-overlapping, increasing `start`. */
  segments: TextSegment[];
  /** Index of each node's segment, for reverse lookups. */
  indexOf: Map<Text, number>;
}

export interface BuildOptions {
  /** Extra elements to leave out (e.g. regions a later pass marks as not yet loaded). */
  skip?: (el: Element) => boolean;
}

const NOTHING: ReadonlySet<Element> = new Set();

const PARAGRAPH_BREAK = '\n\n';
const LINE_BREAK = '\n';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Nodes read between pauses by `buildingArticleText`. */
const WALK_STEP = 80;

export function buildArticleText(source: Element[] | ArticleParts, options: BuildOptions = {}): ArticleText {
  return allSteps(buildingArticleText(source, options));
}

/** buildArticleText, a run of nodes at a time (see detect/steps.ts): the walk keeps its place on a stack. */
export function* buildingArticleText(
  source: Element[] | ArticleParts,
  options: BuildOptions = {},
): Steps<ArticleText> {
  const roots = Array.isArray(source) ? source : articleContentRoots(source);
  const known = Array.isArray(source) ? undefined : source.nonContent;
  const chunks: string[] = [];
  const segments: TextSegment[] = [];
  const indexOf = new Map<Text, number>();
  let length = 0;
  let pending = '';
  let walked = 0;

  for (const root of roots) {
    const excluded = known ?? NOTHING;
    pending = longer(pending, PARAGRAPH_BREAK);
    // Each frame: the next node to read in one element, and whether that element is a block
    // (whose end is a paragraph break).
    const stack: Array<{ next: Node | null; block: boolean }> = [{ next: root.firstChild, block: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const n = frame.next;
      if (!n) {
        stack.pop();
        if (frame.block) pending = longer(pending, PARAGRAPH_BREAK);
        continue;
      }
      frame.next = n.nextSibling;
      if (++walked % WALK_STEP === 0) yield;
      if (n.nodeType === TEXT_NODE) {
        const node = n as Text;
        if (node.data.length === 0 || isLayoutWhitespace(node)) continue;
        if (length > 0 && pending) {
          chunks.push(pending);
          length += pending.length;
        }
        pending = '';
        if (indexOf.has(node)) continue;
        indexOf.set(node, segments.length);
        segments.push({ node, start: length, end: length + node.data.length });
        chunks.push(node.data);
        length += node.data.length;
      } else if (n.nodeType === ELEMENT_NODE) {
        const child = n as Element;
        if (tagOf(child) === 'br') {
          pending = longer(pending, LINE_BREAK);
          continue;
        }
        const block = isBlock(child);
        if (isNeverText(child) || excluded.has(child) || (options.skip && options.skip(child))) {
          // Whatever is left out still separates what is around it when it is a block.
          if (block) pending = longer(pending, PARAGRAPH_BREAK);
          continue;
        }
        if (block) pending = longer(pending, PARAGRAPH_BREAK);
        stack.push({ next: child.firstChild, block });
      }
    }
    pending = longer(pending, PARAGRAPH_BREAK);
  }
  return { text: chunks.join(''), segments, indexOf };
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/**
 * White space that only indents the HTML between blocks: it renders as nothing, and copying it
 * would put stray spaces around paragraph breaks.
 */
function isLayoutWhitespace(node: Text): boolean {
  if (!/^\s*$/.test(node.data)) return false;
  const prev = node.previousSibling;
  const next = node.nextSibling;
  const blockish = (n: Node | null): boolean =>
    n === null || (n.nodeType === ELEMENT_NODE && (isBlock(n as Element) || tagOf(n as Element) === 'br'));
  return blockish(prev) || blockish(next);
}

export type PositionBias = 'forward' | 'backward';

/**
 * The DOM position of a text offset. 'forward' (for range starts) gives the position just before
 * the character at `offset`, so an offset in a separator moves on to the next text; 'backward'
 * (for range ends) gives the position just after the character before `offset`, so it moves back
 * to the previous text. Undefined outside [0, text.length] or when there is no text.
 */
export function domPositionAt(
  at: ArticleText,
  offset: number,
  bias: PositionBias = 'forward',
): { node: Text; offset: number } | undefined {
  const segs = at.segments;
  if (!Number.isInteger(offset) || offset < 0 || offset > at.text.length || segs.length === 0)
    return undefined;
  if (bias === 'forward') {
    const i = lastStartingAtOrBefore(segs, offset);
    const seg = i >= 0 ? segs[i] : undefined;
    if (seg && offset < seg.end) return { node: seg.node, offset: offset - seg.start };
    const next = segs[i + 1];
    if (next) return { node: next.node, offset: 0 };
    const last = segs[segs.length - 1]!;
    return { node: last.node, offset: last.end - last.start };
  }
  const i = lastStartingAtOrBefore(segs, offset - 1);
  const seg = i >= 0 ? segs[i] : undefined;
  if (seg && offset <= seg.end) return { node: seg.node, offset: offset - seg.start };
  if (seg) return { node: seg.node, offset: seg.end - seg.start };
  const first = segs[0]!;
  return { node: first.node, offset: 0 };
}

/** Index of the last segment with start <= x, or -1. */
function lastStartingAtOrBefore(segs: TextSegment[], x: number): number {
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A Range over the page's own nodes for text offsets [start, end). */
export function rangeFor(at: ArticleText, start: number, end: number, doc: Document): Range {
  const range = doc.createRange();
  const from = domPositionAt(at, start, 'forward');
  const to = domPositionAt(at, Math.max(start, end), 'backward');
  if (!from || !to) return range;
  const ordered =
    from.node === to.node
      ? to.offset >= from.offset
      : (from.node.compareDocumentPosition(to.node) & FOLLOWING) !== 0;
  range.setStart(from.node, from.offset);
  // [start, end) lying wholly in a separator gives an empty range at the next text.
  if (ordered) range.setEnd(to.node, to.offset);
  else range.setEnd(from.node, from.offset);
  return range;
}

/**
 * The text offset of a DOM position (e.g. from caretPositionFromPoint). A position in an element
 * resolves to the first mapped text at or after it. Undefined outside the article.
 */
export function offsetOfDomPosition(at: ArticleText, node: Node, offset: number): number | undefined {
  if (node.nodeType === TEXT_NODE) {
    const i = at.indexOf.get(node as Text);
    if (i === undefined) return undefined;
    const seg = at.segments[i];
    if (!seg) return undefined;
    return seg.start + Math.max(0, Math.min(offset, seg.end - seg.start));
  }
  if (node.nodeType !== ELEMENT_NODE || at.segments.length === 0) return undefined;
  const container = node as Element;
  const before: Node | null = container.childNodes[offset] ?? null;
  const isAfter = (t: Text): boolean =>
    before
      ? before === t || before.contains(t) || (before.compareDocumentPosition(t) & FOLLOWING) !== 0
      : !container.contains(t) && (container.compareDocumentPosition(t) & FOLLOWING) !== 0;
  // Segments are in document order, so "after the position" flips once: binary search.
  let lo = 0;
  let hi = at.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = at.segments[mid];
    if (seg && isAfter(seg.node)) hi = mid;
    else lo = mid + 1;
  }
  const first = at.segments[0];
  const last = at.segments[at.segments.length - 1];
  if (lo === 0) return first && container.contains(first.node) ? first.start : undefined;
  if (lo === at.segments.length) return last && container.contains(last.node) ? last.end : undefined;
  return at.segments[lo]?.start;
}

/** Two reads of the text from the same text nodes, in the same order (whatever they hold). */
export function readFromSameNodes(a: ArticleText, b: ArticleText): boolean {
  return (
    a.segments.length === b.segments.length &&
    a.segments.every((segment, i) => segment.node === b.segments[i]?.node)
  );
}
