/**
 * The page's text as runs: stretches of inline text between block boundaries and line breaks,
 * whatever markup wraps them. A paragraph is a run, whether the page wrote it as a <p>, a <div>,
 * a table cell, or a stretch between two <br><br> in one block; <font>, <span>, <b>, style
 * attributes and other inline markup inside it change nothing. Collected in one walk, in
 * document order.
 */
import { ELEMENT_NODE, TEXT_NODE, isBlock, isNeverText, tagOf } from './dom-kinds.ts';
import type { Steps } from './steps.ts';
import { countNonSpace } from './text-measure.ts';

export interface Run {
  /** The nearest block whose inline content the run is. */
  block: Element;
  /** Characters outside links, and inside them. */
  chars: number;
  linked: number;
  /** Sentence-ending punctuation closes the run. */
  closed: boolean;
  /** Position in document order. */
  index: number;
}

/** A stretch of text long enough to count, and the length of a paragraph. */
export const MIN_RUN = 20;
export const MIN_PARAGRAPH = 40;
/** A link this long standing alone reads as a headline (a teaser's title). */
const HEADLINE_LINK = 25;

export function isProse(run: Run): boolean {
  return run.chars >= MIN_RUN && run.linked < run.chars;
}

export function isHeadline(run: Run): boolean {
  return run.linked >= HEADLINE_LINK && run.linked >= 4 * run.chars;
}

/** Elements that start a new run like a block although browsers draw some of them inline. */
function breaksRun(el: Element): boolean {
  return isBlock(el) || tagOf(el) === 'img' || tagOf(el).startsWith('amp-');
}

/** A sentence's end, perhaps inside closing quotes or brackets: titles end without one. */
const CLOSING = /[.!?…:;]["”»'’)\]]*\s*$/u;

/** Nodes walked between pauses by `collectingRuns`. */
const WALK_STEP = 80;

/** The page's runs, read a run of nodes at a time (see steps.ts): the walk keeps its place on a stack. */
export function* collectingRuns(scope: Element, skip: (el: Element) => boolean): Steps<Run[]> {
  const runs: Run[] = [];
  let block = scope;
  let chars = 0;
  let linked = 0;
  let tail = '';

  const end = (): void => {
    if (chars + linked > 0)
      runs.push({ block, chars, linked, closed: CLOSING.test(tail), index: runs.length });
    chars = 0;
    linked = 0;
    tail = '';
  };

  // Each frame: the next node to read in one element, whether it is inside a link, and for a
  // block, the block to go back to when it ends.
  const stack: Array<{ next: Node | null; inLink: boolean; outer: Element | undefined }> = [
    { next: scope.firstChild, inLink: false, outer: undefined },
  ];
  let walked = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const n = frame.next;
    if (!n) {
      stack.pop();
      if (frame.outer) {
        end();
        block = frame.outer;
      }
      continue;
    }
    frame.next = n.nextSibling;
    if (++walked % WALK_STEP === 0) yield;
    if (n.nodeType === TEXT_NODE) {
      const data = (n as Text).data;
      const count = countNonSpace(data);
      if (count === 0) continue;
      if (frame.inLink) linked += count;
      else chars += count;
      tail = data;
      continue;
    }
    if (n.nodeType !== ELEMENT_NODE) continue;
    const child = n as Element;
    const tag = tagOf(child);
    if (tag === 'br') {
      end();
      continue;
    }
    const breaks = breaksRun(child);
    if (isNeverText(child) || skip(child)) {
      if (breaks) end();
      continue;
    }
    if (!breaks) {
      const inLink = frame.inLink || (tag === 'a' && child.hasAttribute('href'));
      stack.push({ next: child.firstChild, inLink, outer: undefined });
      continue;
    }
    end();
    stack.push({ next: child.firstChild, inLink: frame.inLink, outer: block });
    block = child;
  }
  end();
  return runs;
}
