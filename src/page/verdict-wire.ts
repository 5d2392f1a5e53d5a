/**
 * The verdict across the detection conversation: the background writes each element of the
 * article as its index in the page's snapshot, and the page reads the indices back into its
 * own elements. An index that does not lead to an element of the snapshot makes the answer
 * worthless, and it is refused whole.
 */
import { METADATA_SOURCES_AT_MOST, type VerdictAnswer } from '../messages/detect-messages.ts';
import type { ArticleParts, ArticleVerdict } from './verdict.ts';
import { ELEMENT_NODE } from './detect/dom-kinds.ts';

export function verdictToWire(verdict: ArticleVerdict, indexOf: (node: Node) => number): VerdictAnswer {
  const answer: VerdictAnswer = {
    type: 'verdict',
    isArticle: verdict.isArticle,
    mayChange: verdict.mayChange,
    reason: {
      ...verdict.reason,
      details: {
        ...verdict.reason.details,
        metadataSources: verdict.reason.details.metadataSources.slice(0, METADATA_SOURCES_AT_MOST),
      },
    },
  };
  if (verdict.title !== undefined) answer.title = verdict.title;
  if (verdict.confidence !== undefined) answer.confidence = verdict.confidence;
  const parts = verdict.parts;
  if (parts) {
    const wire: NonNullable<VerdictAnswer['parts']> = {
      body: indexOf(parts.body),
      captions: parts.captions.map(indexOf),
      nonContent: [...(parts.nonContent ?? [])].map(indexOf),
    };
    for (const key of ['title', 'lead', 'author', 'date'] as const) {
      const el = parts[key];
      if (el) wire[key] = indexOf(el);
    }
    answer.parts = wire;
  }
  return answer;
}

/** The verdict over the page's own nodes, or undefined when an index is not one of its elements. */
export function verdictFromWire(answer: VerdictAnswer, nodes: readonly Node[]): ArticleVerdict | undefined {
  const element = (index: number): Element | undefined => {
    const node = nodes[index];
    return node && node.nodeType === ELEMENT_NODE ? (node as Element) : undefined;
  };
  const verdict: ArticleVerdict = {
    isArticle: answer.isArticle,
    mayChange: answer.mayChange,
    reason: answer.reason,
  };
  if (answer.title !== undefined) verdict.title = answer.title;
  if (answer.confidence !== undefined) verdict.confidence = answer.confidence;
  const wire = answer.parts;
  if (!wire) return verdict;
  const body = element(wire.body);
  if (!body) return undefined;
  const captions: Element[] = [];
  const nonContent = new Set<Element>();
  for (const index of wire.captions) {
    const el = element(index);
    if (!el) return undefined;
    captions.push(el);
  }
  for (const index of wire.nonContent) {
    const el = element(index);
    if (!el) return undefined;
    nonContent.add(el);
  }
  const parts: ArticleParts = { body, captions, nonContent };
  for (const key of ['title', 'lead', 'author', 'date'] as const) {
    const index = wire[key];
    if (index === undefined) continue;
    const el = element(index);
    if (!el) return undefined;
    parts[key] = el;
  }
  verdict.parts = parts;
  return verdict;
}
