/**
 * Paints marks with the CSS Custom Highlight API: the browser draws the underline over the page's
 * own text nodes, so nothing in the page's DOM is wrapped, split or moved. The ::highlight() rules
 * live in src/content/marks.css, which the browser injects with the content script (no element).
 */
import { UNDERLINES as UNDERLINE_STYLES, type Underline as UnderlineStyle } from '../core/settings.ts';

export const FLASH_NAME = 'laichau-reader-flash';
export const ACTIVE_NAME = 'laichau-reader-active';
export const termName = (style: UnderlineStyle): string => `laichau-reader-${style}`;

/** True where the browser can paint highlights (Chromium 105+, Firefox 140+). */
export function canPaint(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightPainter {
  private style: UnderlineStyle = 'dotted';
  private highlight = new Highlight();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  setStyle(style: UnderlineStyle): void {
    if (style === this.style) return;
    CSS.highlights.delete(termName(this.style));
    this.style = style;
    CSS.highlights.set(termName(this.style), this.highlight);
  }

  /**
   * Replaces every painted mark with `ranges` (painting twice paints once). The highlight is
   * registered once and then emptied and filled: registering one makes the browser restyle the
   * whole page, about 70 ms at a 4× CPU throttle on a long article, at every new pass.
   */
  paint(ranges: readonly Range[]): void {
    if (this.highlight.size > 0) this.highlight.clear();
    this.add(ranges);
    const name = termName(this.style);
    if (CSS.highlights.get(name) !== this.highlight) CSS.highlights.set(name, this.highlight);
  }

  /**
   * Adds marks to those painted. One by one: spreading tens of thousands of ranges into the
   * Highlight constructor overflows V8's argument stack.
   */
  add(ranges: readonly Range[]): void {
    for (const range of ranges) this.highlight.add(range);
  }

  /** Takes marks off the page (they stay known; a long article's marks far from the view). */
  remove(ranges: readonly Range[]): void {
    for (const range of ranges) this.highlight.delete(range);
  }

  /** The term whose card is open, drawn a little stronger. */
  setActive(range: Range | undefined): void {
    if (range) {
      const active = new Highlight(range);
      active.priority = 1;
      CSS.highlights.set(ACTIVE_NAME, active);
    } else if (CSS.highlights.has(ACTIVE_NAME)) {
      CSS.highlights.delete(ACTIVE_NAME);
    }
  }

  /** A brief highlight where the popup took the reader. */
  flash(range: Range, milliseconds = 1600): void {
    clearTimeout(this.flashTimer);
    const flash = new Highlight(range);
    flash.priority = 2;
    CSS.highlights.set(FLASH_NAME, flash);
    this.flashTimer = setTimeout(() => CSS.highlights.delete(FLASH_NAME), milliseconds);
  }

  clear(): void {
    this.highlight = new Highlight();
    clearTimeout(this.flashTimer);
    for (const style of UNDERLINE_STYLES) CSS.highlights.delete(termName(style));
    CSS.highlights.delete(ACTIVE_NAME);
    CSS.highlights.delete(FLASH_NAME);
  }
}
