/**
 * A read-only DOM over a page snapshot (page-snapshot.ts), for detection in the background,
 * where there is no DOM. It offers the part of the standard interface that detection reads:
 * tree links, tag and attributes, text, containment and order, and the simple selectors of
 * snapshot-selector.ts. Detection runs on it unchanged; a test runs every page fixture through
 * both and compares the verdicts, with `strict` making any other member a loud error.
 */
import { COMMENT_TAG, type SnapshotChunk } from '../../messages/detect-messages.ts';
import { ELEMENT_NODE, TEXT_NODE } from './dom-kinds.ts';
import { selectorTest } from './snapshot-selector.ts';

const PRECEDING = 2;
const FOLLOWING = 4;
const CONTAINS = 8;
const CONTAINED_BY = 16;

abstract class SnapNode {
  parentNode: SnapElement | null = null;
  parentElement: SnapElement | null = null;
  firstChild: SnapNode | null = null;
  lastChild: SnapNode | null = null;
  nextSibling: SnapNode | null = null;
  previousSibling: SnapNode | null = null;
  /** The last node of this one's subtree, by index. */
  end: number;

  constructor(
    readonly index: number,
    protected readonly all: SnapNode[],
  ) {
    this.end = index;
  }

  abstract readonly nodeType: number;

  contains(other: SnapNode | null): boolean {
    return other !== null && other.index >= this.index && other.index <= this.end;
  }

  compareDocumentPosition(other: SnapNode): number {
    if (other === this) return 0;
    if (this.contains(other)) return CONTAINED_BY | FOLLOWING;
    if (other.contains(this)) return CONTAINS | PRECEDING;
    return other.index < this.index ? PRECEDING : FOLLOWING;
  }

  get textContent(): string {
    const parts: string[] = [];
    for (let i = this.index; i <= this.end; i++) {
      const node = this.all[i];
      if (node instanceof SnapText) parts.push(node.data);
    }
    return parts.join('');
  }
}

class SnapText extends SnapNode {
  readonly nodeType = TEXT_NODE;
  constructor(
    index: number,
    all: SnapNode[],
    readonly data: string,
  ) {
    super(index, all);
  }
}

class SnapComment extends SnapNode {
  readonly nodeType = 8;
}

class SnapElement extends SnapNode {
  readonly nodeType = ELEMENT_NODE;
  readonly attributes = new Map<string, string>();
  constructor(
    index: number,
    all: SnapNode[],
    readonly localName: string,
  ) {
    super(index, all);
  }

  get tagName(): string {
    return this.localName.toUpperCase();
  }
  get id(): string {
    return this.getAttribute('id') ?? '';
  }
  get className(): string {
    return this.getAttribute('class') ?? '';
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase());
  }
  get children(): SnapElement[] {
    const out: SnapElement[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) if (n instanceof SnapElement) out.push(n);
    return out;
  }
  get childNodes(): SnapNode[] {
    const out: SnapNode[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) out.push(n);
    return out;
  }
  get firstElementChild(): SnapElement | null {
    return this.children[0] ?? null;
  }
  get lastElementChild(): SnapElement | null {
    return this.children.at(-1) ?? null;
  }
  get nextElementSibling(): SnapElement | null {
    let n = this.nextSibling;
    while (n && !(n instanceof SnapElement)) n = n.nextSibling;
    return n;
  }
  get previousElementSibling(): SnapElement | null {
    let n = this.previousSibling;
    while (n && !(n instanceof SnapElement)) n = n.previousSibling;
    return n;
  }
  matches(selector: string): boolean {
    return selectorTest(selector)(this);
  }
  closest(selector: string): SnapElement | null {
    const test = selectorTest(selector);
    if (test(this)) return this;
    for (let el = this.parentElement; el; el = el.parentElement) if (test(el)) return el;
    return null;
  }
  querySelectorAll(selector: string): SnapElement[] {
    return descendants(this.all, this.index + 1, this.end, selectorTest(selector));
  }
  querySelector(selector: string): SnapElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  getElementsByTagName(name: string): SnapElement[] {
    const tag = name.toLowerCase();
    return descendants(this.all, this.index + 1, this.end, (el) => tag === '*' || el.localName === tag);
  }
}

function descendants(
  all: SnapNode[],
  from: number,
  to: number,
  test: (el: SnapElement) => boolean,
): SnapElement[] {
  const out: SnapElement[] = [];
  for (let i = from; i <= to; i++) {
    const node = all[i];
    if (node instanceof SnapElement && test(node)) out.push(node);
  }
  return out;
}

class SnapDocument {
  readonly nodeType = 9;
  /** A snapshot has no address: detection does not go by the URL. */
  readonly location: Location | undefined = undefined;
  readonly head: SnapElement | null;
  readonly body: SnapElement | null;
  constructor(
    readonly documentElement: SnapElement,
    private readonly all: SnapNode[],
  ) {
    const top = documentElement.children;
    this.head = top.find((el) => el.localName === 'head') ?? null;
    this.body = top.find((el) => el.localName === 'body' || el.localName === 'frameset') ?? null;
  }
  /** As a browser has it: the text of the page's first <title>, its white space collapsed. */
  get title(): string {
    const title = this.getElementsByTagName('title').find((el) => el.closest('svg') === null);
    return (title?.textContent ?? '').replace(/[ \t\n\f\r]+/g, ' ').trim();
  }
  querySelectorAll(selector: string): SnapElement[] {
    return descendants(this.all, 0, this.all.length - 1, selectorTest(selector));
  }
  querySelector(selector: string): SnapElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  getElementsByTagName(name: string): SnapElement[] {
    const tag = name.toLowerCase();
    return descendants(this.all, 0, this.all.length - 1, (el) => tag === '*' || el.localName === tag);
  }
}

export interface SnapshotDom {
  /** Typed as the page's Document: detection reads it through the standard interface. */
  document: Document;
  /** The snapshot index of a node of `document`, or -1 for a node from elsewhere. */
  indexOf(node: Node): number;
  /** The node at a snapshot index. */
  nodeAt(index: number): Node | undefined;
}

/**
 * The DOM of a snapshot's chunks. Throws, saying why, on a snapshot that is not a tree in
 * document order (a chunk out of place, a parent after its child, a text that is not there).
 * `strict` (tests): reading a member the snapshot DOM does not have throws.
 */
export function snapshotDom(chunks: readonly SnapshotChunk[], strict = false): SnapshotDom {
  const all: SnapNode[] = [];
  const raw: SnapNode[] = [];
  const wrap = strict ? strictly : <T extends object>(node: T): T => node;
  for (const chunk of chunks) {
    if (chunk.first !== all.length) throw new Error('a snapshot chunk out of place');
    if (chunk.parents.length !== chunk.tags.length) throw new Error('a snapshot chunk with parents missing');
    if (chunk.attrs.length !== 2 * chunk.attrAt.length)
      throw new Error('a snapshot chunk with an attribute cut');
    let text = 0;
    for (let i = 0; i < chunk.tags.length; i++) {
      const index = all.length;
      const tag = chunk.tags[i]!;
      let node: SnapNode;
      if (tag === '') {
        const data = chunk.texts[text++];
        if (data === undefined) throw new Error('a snapshot chunk with texts missing');
        node = new SnapText(index, all, data);
      } else if (tag === COMMENT_TAG) node = new SnapComment(index, all);
      else node = new SnapElement(index, all, tag.toLowerCase());
      raw.push(node);
      all.push(wrap(node));
      link(raw, all, index, chunk.parents[i]!);
    }
    if (text !== chunk.texts.length) throw new Error('a snapshot chunk with texts to spare');
    for (let a = 0; a < chunk.attrAt.length; a++) {
      const owner = raw[chunk.attrAt[a]!];
      if (!(owner instanceof SnapElement) || owner.index < chunk.first)
        throw new Error('a snapshot attribute without its element');
      owner.attributes.set(chunk.attrs[2 * a]!.toLowerCase(), chunk.attrs[2 * a + 1]!);
    }
  }
  const root = all[0];
  if (!(raw[0] instanceof SnapElement)) throw new Error('a snapshot without a root element');
  for (let i = raw.length - 1; i > 0; i--) {
    const parent = raw[i]!.parentNode;
    const up = parent && raw[parent.index]!;
    if (up && up.end < raw[i]!.end) up.end = raw[i]!.end;
  }
  const document = wrap(new SnapDocument(root as SnapElement, all));
  return {
    document: document as unknown as Document,
    indexOf: (node) => {
      const index = (node as unknown as Partial<SnapNode>).index;
      return typeof index === 'number' && all[index] === (node as unknown) ? index : -1;
    },
    nodeAt: (index) => all[index] as unknown as Node | undefined,
  };
}

/** Links node `index` under `parent`, which must be the previous node or one of its ancestors. */
function link(raw: SnapNode[], all: SnapNode[], index: number, parent: number): void {
  const node = raw[index]!;
  if (index === 0) {
    if (parent !== -1 || !(node instanceof SnapElement)) throw new Error('a snapshot without a root element');
    return;
  }
  const up = raw[parent];
  if (!(up instanceof SnapElement)) throw new Error('a snapshot node whose parent is not an element');
  // In document order, a node's parent is the node before it or one of that one's ancestors.
  let on: SnapNode | null = raw[index - 1]!;
  while (on && on !== up) on = on.parentNode && raw[on.parentNode.index]!;
  if (!on) throw new Error('a snapshot out of document order');
  node.parentNode = all[parent] as SnapElement;
  node.parentElement = all[parent] as SnapElement;
  const last = up.lastChild;
  if (last) {
    raw[last.index]!.nextSibling = all[index]!;
    node.previousSibling = last;
  } else up.firstChild = all[index]!;
  up.lastChild = all[index]!;
}

/** A node whose every read of a member it lacks throws: detection must stay within this DOM. */
function strictly<T extends object>(node: T): T {
  return new Proxy(node, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target))
        throw new Error(`detection read "${key}", which the snapshot DOM does not have`);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}
