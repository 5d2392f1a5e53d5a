/**
 * Text amounts of every element of a subtree, each computed once: detection asks about the same
 * elements many times (is this block links, prose, a heading?), and measuring each question's
 * subtree afresh made the cost grow with the depth of the page.
 */
import { ELEMENT_NODE, TEXT_NODE, isNeverText, tagOf } from './dom-kinds.ts';
import { countNonSpace, type TextAmount } from './text-measure.ts';

const NONE: TextAmount = Object.freeze({ total: 0, linked: 0, links: 0 });

export class TextStats {
  private readonly cache = new Map<Element, TextAmount>();

  /** `skip`: elements whose text does not count (e.g. regions already set aside). */
  constructor(private readonly skip?: (el: Element) => boolean) {}

  of(el: Element): TextAmount {
    const known = this.cache.get(el);
    if (known) return known;
    let total = 0;
    let linked = 0;
    let links = 0;
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) total += countNonSpace((n as Text).data);
      else if (n.nodeType === ELEMENT_NODE) {
        const child = n as Element;
        const t = isNeverText(child) || this.skip?.(child) ? NONE : this.of(child);
        total += t.total;
        linked += t.linked;
        links += t.links;
      }
    }
    const amount: TextAmount =
      tagOf(el) === 'a' && el.hasAttribute('href')
        ? { total, linked: total, links: total > 0 ? 1 : 0 }
        : { total, linked, links };
    this.cache.set(el, amount);
    return amount;
  }
}
