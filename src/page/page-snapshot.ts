/**
 * A snapshot of the page for detection in the background: one walk of the DOM in document order
 * that writes down each element's tag and the attributes detection reads, and each text node's
 * data, as plain arrays a message can carry. The walk keeps the nodes themselves, so that the
 * verdict's indices lead back to the page's own elements.
 *
 * It reads no layout and no style: what detection needs is text and structure.
 */
import {
  CHUNK_CHARS,
  CHUNK_NODES,
  COMMENT_TAG,
  SNAPSHOT_ATTRIBUTES,
  TAG_MOST,
  type SnapshotChunk,
} from '../messages/detect-messages.ts';
import { ELEMENT_NODE, TEXT_NODE } from './detect/dom-kinds.ts';
import type { Steps } from './detect/steps.ts';

export interface PageSnapshot {
  /** The page's nodes, by snapshot index. */
  nodes: Node[];
  /** The data of each text node as the snapshot holds it, by snapshot index. */
  data: string[];
  chunks: SnapshotChunk[];
}

/** Nodes walked between pauses: at a 4× throttle a node costs some 30 µs on cold code. */
const WALK_STEP = 100;
const COMMENT_NODE = 8;
const WANTED = new Set(SNAPSHOT_ATTRIBUTES);
/** Script and style code is not text, and can be long; JSON-LD is what detection reads of scripts. */
const CODE = new Set(['script', 'style']);
const JSON_LD = /^\s*application\/ld\+json\s*$/i;

function newChunk(first: number): SnapshotChunk {
  return { first, tags: [], parents: [], texts: [], attrAt: [], attrs: [] };
}

/** The snapshot of `doc`, a walk at a time (see detect/steps.ts). */
export function* snapshotting(doc: Document): Steps<PageSnapshot> {
  const nodes: Node[] = [];
  const data: string[] = [];
  const chunks: SnapshotChunk[] = [];
  const root = doc.documentElement;
  if (!root) return { nodes, data, chunks };
  let chunk = newChunk(0);
  let chunkChars = 0;
  chunks.push(chunk);
  const parents: number[] = [];
  /** Per node: whether it is a script or style whose text is code. */
  const code: boolean[] = [];

  const add = (node: Node, parent: number): number => {
    const type = node.nodeType;
    if (type !== ELEMENT_NODE && type !== TEXT_NODE && type !== COMMENT_NODE) return -1;
    if (chunk.tags.length >= CHUNK_NODES || chunkChars >= CHUNK_CHARS) {
      chunk = newChunk(nodes.length);
      chunkChars = 0;
      chunks.push(chunk);
    }
    const index = nodes.push(node) - 1;
    parents.push(parent);
    chunk.parents.push(parent);
    if (type === TEXT_NODE) {
      const text = code[parent] ? '' : (node as Text).data;
      data[index] = text;
      code.push(false);
      chunk.tags.push('');
      chunk.texts.push(text);
      chunkChars += text.length;
      return index;
    }
    code.push(false);
    // A comment is kept as a node, without its text: it stands between siblings as on the page.
    if (type === COMMENT_NODE) {
      chunk.tags.push(COMMENT_TAG);
      return index;
    }
    const el = node as Element;
    const name = el.localName;
    const tag = name.length > TAG_MOST ? name.slice(0, TAG_MOST) : name;
    chunk.tags.push(tag);
    if (el.hasAttributes()) {
      for (const attribute of el.getAttributeNames()) {
        if (!WANTED.has(attribute)) continue;
        const value = el.getAttribute(attribute) ?? '';
        chunk.attrAt.push(index);
        chunk.attrs.push(attribute, value);
        chunkChars += value.length;
      }
    }
    code[index] = CODE.has(tag) && !(tag === 'script' && JSON_LD.test(el.getAttribute('type') ?? ''));
    return index;
  };

  // Preorder by firstChild and nextSibling; `parent` is the index of the current node's parent.
  let node: Node = root;
  let parent = -1;
  let walked = 0;
  for (;;) {
    const index = add(node, parent);
    if (++walked % WALK_STEP === 0) yield;
    const down = index >= 0 && node.nodeType === ELEMENT_NODE ? node.firstChild : null;
    if (down) {
      parent = index;
      node = down;
      continue;
    }
    let at: Node = node;
    while (!at.nextSibling) {
      if (parent < 0) return { nodes, data, chunks };
      at = nodes[parent]!;
      parent = parents[parent]!;
    }
    if (parent < 0) return { nodes, data, chunks };
    node = at.nextSibling;
  }
}
