/**
 * Text amounts of every element of a subtree, each computed once: detection asks about the same
 * elements many times (is this block links, prose, a heading?), and measuring each question's
 * subtree afresh made the cost grow with the depth of the page.
 */
import { ELEMENT_NODE, TEXT_NODE, isNeverText, tagOf } from './dom-kinds.ts';
import type { Steps } from './steps.ts';
import { countNonSpace, type TextAmount } from './text-measure.ts';

const NONE: TextAmount = Object.freeze({ total: 0, linked: 0, links: 0 });
/** Elements measured between pauses by `filling`. */
export const FILL_STEP = 40;

export class TextStats {
  private readonly cache = new Map<Element, TextAmount>();

  /**
   * `skip`: elements whose text does not count (e.g. regions already set aside). `same`: stats
   * without skip, and the elements (ancestors of skipped ones) for which they differ: any other
   * element's amount is taken from them as it is.
   */
  private constructor(
    private readonly skip?: (el: Element) => boolean,
    private readonly same?: { stats: TextStats; differs: ReadonlySet<Element> },
  ) {}

  /** Every text counts. */
  static all(): TextStats {
    return new TextStats();
  }

  /** The text of `regions` does not count; other amounts are taken from `stats` where they agree. */
  static without(regions: ReadonlySet<Element>, stats?: TextStats): TextStats {
    if (!stats) return new TextStats((el) => regions.has(el));
    const differs = new Set<Element>();
    for (const region of regions) {
      for (let up = region.parentElement; up && !differs.has(up); up = up.parentElement) differs.add(up);
    }
    return new TextStats((el) => regions.has(el), { stats, differs });
  }

  /**
   * Measures every element under `root`, a run at a time, so that the first question about a
   * big element does not measure the whole page in one go. Each element is measured after its
   * descendants (reverse document order), from their cached amounts.
   */
  *filling(root: Element): Steps<void> {
    // A static list, read by index: copying a live collection through its iterator cost about
    // 20 ms at a 4× throttle on a long page, in the first step.
    const elements = root.querySelectorAll('*');
    for (let i = elements.length - 1; i >= 0; i--) {
      this.of(elements[i]!);
      if (i % FILL_STEP === 0) yield;
    }
    this.of(root);
  }

  of(el: Element): TextAmount {
    const known = this.cache.get(el);
    if (known) return known;
    if (this.same && !this.same.differs.has(el)) return this.same.stats.of(el);
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
