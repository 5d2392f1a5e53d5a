/**
 * Text measurements over a subtree, ignoring what is never text. All lengths count characters
 * after collapsing white space, so indentation in the HTML does not weigh in.
 */
import { ELEMENT_NODE, TEXT_NODE, isBlock, isNeverText, tagOf } from './dom-kinds.ts';

export interface TextAmount {
  /** All visible-ish characters. */
  total: number;
  /** Characters inside links. */
  linked: number;
  /** Number of links with some text. */
  links: number;
}

export function measureText(root: Element, skip?: (el: Element) => boolean): TextAmount {
  const amount: TextAmount = { total: 0, linked: 0, links: 0 };
  visit(root, false);
  return amount;

  function visit(node: Node, inLink: boolean): void {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const len = countNonSpace((n as Text).data);
        amount.total += len;
        if (inLink) amount.linked += len;
      } else if (n.nodeType === ELEMENT_NODE) {
        const el = n as Element;
        if (isNeverText(el) || (skip && skip(el))) continue;
        const isLink = tagOf(el) === 'a' && el.hasAttribute('href');
        if (isLink && !inLink) {
          const before = amount.linked;
          visit(el, true);
          if (amount.linked > before) amount.links += 1;
        } else {
          visit(el, inLink || isLink);
        }
      }
    }
  }
}

/**
 * White space that would not count one character per unit: at either end, in a run, or other
 * than a plain space. White space is what a regex's \s is, as for visibleText below, so that a
 * block's visible text is never shorter than its count (detection relies on it).
 */
const UNEVEN_SPACE = /^\s|\s$|\s{2}|[^\S ]/;

/** The code units of \s beyond Latin-1 (Vietnamese letters, below U+2000, are ruled out at once). */
function isWideSpace(c: number): boolean {
  if (c < 0x2000) return c === 0x1680;
  return (
    c <= 0x200a ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Characters that are not white space, with runs of white space counted as one. */
export function countNonSpace(s: string): number {
  // Most text nodes are words with single spaces: their count is their length, which the native
  // regex engine tells far faster than the loop below on a page's cold first run.
  if (!UNEVEN_SPACE.test(s)) return s.length;
  let count = 0;
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c === 160 || (c >= 0x1680 && isWideSpace(c));
    if (!space) count += 1;
    else if (!prevSpace) count += 1;
    prevSpace = space;
  }
  if (count > 0 && prevSpace) count -= 1;
  return count;
}

/** The element's visible text, collapsed, skipping what is never text. */
export function visibleText(root: Element, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  walk(root);
  return parts.join('').replace(/\s+/g, ' ').trim();

  function walk(node: Node): void {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) parts.push((n as Text).data);
      else if (n.nodeType === ELEMENT_NODE) {
        const el = n as Element;
        if (isNeverText(el) || (skip && skip(el))) continue;
        if (tagOf(el) === 'br') {
          parts.push(' ');
          continue;
        }
        walk(el);
        // Blocks end words; inline elements (a bold syllable) do not.
        if (isBlock(el)) parts.push(' ');
      }
    }
  }
}
