/**
 * Brings a range to the upper third of the viewport, where the eye reads on, unless it is well
 * inside the viewport already. The jump is instant when a card opens there (a card follows its
 * term and would close while the term is still scrolling in), when the page is hidden, or when
 * the reader asks for reduced motion.
 */
export function scrollIntoReading(doc: Document, range: Range, instant: boolean): void {
  const element = range.startContainer.parentElement;
  const rect = range.getBoundingClientRect();
  const view = doc.defaultView;
  if (!element || !view) return;
  if (rect.top < 80 || rect.bottom > view.innerHeight - 80) {
    const still = instant || doc.hidden || view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: still ? 'instant' : 'smooth' });
  }
}
