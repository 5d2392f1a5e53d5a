/**
 * Where an article's text lies, once detection has found its parts: shared by the text map and
 * the session, which run in the page, and by detection, which may run in the background.
 */
import type { ArticleParts } from './verdict.ts';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

export function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & FOLLOWING) !== 0 && !a.contains(b);
}

/**
 * The elements whose text is the article, in document order and without nesting: title, lead,
 * body. Captions and the author line are inside the body when the page has them there.
 */
export function articleContentRoots(parts: ArticleParts): Element[] {
  const roots: Element[] = [];
  for (const el of [parts.title, parts.lead, parts.body]) {
    if (!el) continue;
    if (roots.some((r) => r === el || r.contains(el))) continue;
    for (let i = roots.length - 1; i >= 0; i--) {
      const r = roots[i];
      if (r && el.contains(r)) roots.splice(i, 1);
    }
    roots.push(el);
  }
  return roots.sort((a, b) => (precedes(a, b) ? -1 : 1));
}
