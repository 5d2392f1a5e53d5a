/**
 * The page's text as runs: stretches of inline text between block boundaries and line breaks,
 * whatever markup wraps them. A paragraph is a run, whether the page wrote it as a <p>, a <div>,
 * a table cell, or a stretch between two <br><br> in one block; <font>, <span>, <b>, style
 * attributes and other inline markup inside it change nothing. Collected in one walk, in
 * document order.
 */
import { ELEMENT_NODE, TEXT_NODE, isBlock, isNeverText, tagOf } from './dom-kinds.ts';
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

export function collectRuns(scope: Element, skip: (el: Element) => boolean): Run[] {
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

  const walk = (el: Element, inLink: boolean): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const data = (n as Text).data;
        const count = countNonSpace(data);
        if (count === 0) continue;
        if (inLink) linked += count;
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
        walk(child, inLink || (tag === 'a' && child.hasAttribute('href')));
        continue;
      }
      end();
      const outer = block;
      block = child;
      walk(child, inLink);
      end();
      block = outer;
    }
  };
  walk(scope, false);
  end();
  return runs;
}
