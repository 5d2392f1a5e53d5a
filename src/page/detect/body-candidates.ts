/**
 * Finds the element that holds an article's body: the container with the most paragraph text
 * that is not links. Paragraphs are credited to the container they sit in (through wrappers
 * that hold nothing else), so a list of teasers, whose short sapos sit one per card, never adds
 * up the way an article's paragraphs do. A flat list (title link, sapo, title link, sapo…) is
 * caught by counting its title links.
 */
import { ELEMENT_NODE, TEXT_NODE, elementChildren, isBlock, isNeverText, tagOf } from './dom-kinds.ts';
import { isInside } from './boilerplate.ts';
import { measureText } from './text-measure.ts';

export interface BodyCandidate {
  element: Element;
  /** Non-link characters of the paragraphs credited to it. */
  proseChars: number;
  /** Paragraphs (text blocks of at least MIN_PARAGRAPH characters). */
  paragraphs: number;
  /** Share of the container's text that is links. */
  linkDensity: number;
  /** Children that are a title link (a teaser's headline), a list-page sign. */
  titleLinks: number;
}

const MIN_BLOCK = 20;
const MIN_PARAGRAPH = 40;

/** Containers ranked by prose, best first. */
export function rankBodyCandidates(scope: Element, nonContent: Set<Element>): BodyCandidate[] {
  const credit = new Map<Element, { chars: number; paragraphs: number }>();
  visit(scope);
  const out: BodyCandidate[] = [];
  for (const [element, c] of credit) {
    const t = measureText(element, (el) => nonContent.has(el));
    out.push({
      element,
      proseChars: c.chars,
      paragraphs: c.paragraphs,
      linkDensity: t.total === 0 ? 0 : t.linked / t.total,
      titleLinks: countTitleLinks(element, nonContent),
    });
  }
  out.sort((a, b) => b.proseChars - a.proseChars);
  return out;

  function visit(el: Element): void {
    for (const child of elementChildren(el)) {
      if (isNeverText(child) || nonContent.has(child)) continue;
      if (isTextBlock(child)) {
        const t = measureText(child, (e) => nonContent.has(e));
        const prose = t.total - t.linked;
        if (prose >= MIN_BLOCK && t.linked / Math.max(1, t.total) < 0.5) {
          const holder = creditHolder(child, scope);
          const c = credit.get(holder) ?? { chars: 0, paragraphs: 0 };
          c.chars += prose;
          if (prose >= MIN_PARAGRAPH) c.paragraphs += 1;
          credit.set(holder, c);
        }
        continue;
      }
      visit(child);
    }
    // Text written straight into a container, paragraphs split by <br>, is prose of that container.
    const direct = directTextChars(el);
    if (direct >= MIN_BLOCK && el !== scope) {
      const c = credit.get(el) ?? { chars: 0, paragraphs: 0 };
      c.chars += direct;
      c.paragraphs += Math.max(1, Math.floor(direct / 300));
      credit.set(el, c);
    }
  }
}

/** A block whose content is inline only: one paragraph, whatever its tag. */
function isTextBlock(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'p') return true;
  if (!isBlock(el) || tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'tbody' || tag === 'tr')
    return false;
  if (/^h[1-6]$/.test(tag)) return false;
  for (const c of elementChildren(el)) {
    if (isNeverText(c)) continue;
    if (isBlock(c)) return false;
  }
  return true;
}

/** The container credited with a paragraph: climbs wrappers that hold no other text. */
function creditHolder(block: Element, scope: Element): Element {
  let holder = block.parentElement ?? scope;
  let from: Element = block;
  while (holder !== scope && holder.parentElement && holdsOnly(holder, from)) {
    from = holder;
    holder = holder.parentElement;
  }
  return holder;
}

function holdsOnly(container: Element, child: Element): boolean {
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (n === child) continue;
    if (n.nodeType === TEXT_NODE && (n as Text).data.trim() !== '') return false;
    if (n.nodeType === ELEMENT_NODE && !isNeverText(n as Element) && measureText(n as Element).total > 0)
      return false;
  }
  return true;
}

function directTextChars(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) n += (c as Text).data.replace(/\s+/g, ' ').trim().length;
  }
  return n;
}

/** Children (or their only inner block) that are one link of headline length. */
function countTitleLinks(container: Element, nonContent: Set<Element>): number {
  let n = 0;
  for (const child of elementChildren(container)) {
    if (nonContent.has(child) || isNeverText(child)) continue;
    const t = measureText(child);
    if (t.links >= 1 && t.links <= 2 && t.linked >= 15 && t.linked / Math.max(1, t.total) >= 0.8) n += 1;
  }
  return n;
}

/**
 * Links whose text reads like a headline (four words or more), outside non-content regions:
 * a list page has many, an article page few once its menus and related lists are set aside.
 */
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
