/**
 * Text the page's own styles hide (display: none from a stylesheet, content-visibility: hidden)
 * is not marked: a reader cannot hover it, and the walk must not stop on it. Layout-free
 * environments (the command-line analyzer) have no checkVisibility and see everything.
 */
export function hiddenByPage(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function' || element.checkVisibility()) return false;
  // display: contents has no box of its own, yet its children show.
  return getComputedStyle(element).display !== 'contents';
}
