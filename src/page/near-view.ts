/**
 * Tells which of a set of elements are near the viewport, and when that changes, through an
 * IntersectionObserver: the browser works it out as it lays the page out, so a scroll costs the
 * page's thread nothing until an element comes near or goes.
 */

/** One viewport above and below the visible one: marks are drawn before they scroll into sight. */
const NEAR_VIEW_MARGIN = '100% 0px';

/** Watches `elements`; `onChange` gets those that came near and those that went. Returns a stop. */
export type NearViewWatch = (
  elements: Iterable<Element>,
  onChange: (near: Element[], far: Element[]) => void,
) => () => void;

/** The browser's watcher, or undefined where there is no IntersectionObserver (then: paint all). */
export function intersectionWatch(): NearViewWatch | undefined {
  if (typeof IntersectionObserver !== 'function') return undefined;
  return (elements, onChange) => {
    const observer = new IntersectionObserver(
      (entries) => {
        const near: Element[] = [];
        const far: Element[] = [];
        for (const entry of entries) {
          // An element without a box of its own (display: contents) never intersects, yet its
          // text shows: it counts as near, so its marks are never left undrawn.
          const { width, height } = entry.boundingClientRect;
          (entry.isIntersecting || (width === 0 && height === 0) ? near : far).push(entry.target);
        }
        onChange(near, far);
      },
      { rootMargin: NEAR_VIEW_MARGIN },
    );
    for (const element of elements) observer.observe(element);
    return () => observer.disconnect();
  };
}
