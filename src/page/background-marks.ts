import type { Mark } from '../core/marks.ts';
import { marksFromWire } from '../messages/mark-messages.ts';
import type { ArticleText } from './article-text.ts';
import type { PageSnapshot } from './page-snapshot.ts';
import type { Detected } from './reader-deps.ts';

/**
 * The background's marks, when the text it marked is the page's own: as long, and read from the
 * same text nodes in the same order, each still holding what the snapshot saw (a node the page's
 * styles hide is one the page left out; a node the page rewrote since is one it reads anew).
 */
export function marksFor(
  read: ArticleText,
  snapshot: PageSnapshot,
  marked: Detected['marked'],
): Mark[] | undefined {
  if (!marked || marked.textLength !== read.text.length) return undefined;
  const { segments } = read;
  const textNodes = marked.textNodes;
  if (textNodes.length !== segments.length) return undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const at = textNodes[i]!;
    const seen = snapshot.data[at];
    if (
      segment.node !== snapshot.nodes[at] ||
      seen === undefined ||
      !read.text.startsWith(seen, segment.start)
    )
      return undefined;
  }
  return marksFromWire(read.text, marked.marks);
}
