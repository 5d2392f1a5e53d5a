import { describe, expect, it } from 'vitest';
import { maxCardWidth, placeCard, type Box } from '../../src/page/card/place-card.ts';

const VIEW = { width: 1280, height: 900 };
const line = (left: number, top: number, width = 60, height = 20): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeCard', () => {
  it('puts the card under the term, a small gap below its line', () => {
    const at = placeCard([line(100, 200)], { width: 300, height: 200 }, VIEW);
    expect(at).toMatchObject({ x: 100, y: 226 });
  });

  it('flips above the term when there is no room below and more above', () => {
    const at = placeCard([line(100, 800)], { width: 300, height: 200 }, VIEW);
    expect(at?.y).toBe(800 - 6 - 200);
  });

  it('stays below when neither side has room but below has more, and limits its height', () => {
    const at = placeCard([line(100, 300)], { width: 300, height: 800 }, VIEW);
    expect(at?.y).toBe(326);
    expect(at?.maxHeight).toBe(480);
    expect((at?.y ?? 0) + Math.min(800, at?.maxHeight ?? 0)).toBeLessThanOrEqual(VIEW.height);
  });

  it('shifts left to stay inside a 320 px viewport, with 8 px to spare', () => {
    const view = { width: 320, height: 640 };
    const at = placeCard([line(290, 100, 25)], { width: 304, height: 150 }, view);
    expect(at?.x).toBe(8);
    expect(at?.maxWidth).toBe(304);
    expect((at?.x ?? 0) + 304).toBeLessThanOrEqual(320 - 8);
  });

  it('follows the line of a wrapped term that the pointer is on', () => {
    const lines = [line(900, 200), line(20, 222)];
    expect(placeCard(lines, { width: 300, height: 100 }, VIEW)?.x).toBe(900);
    expect(placeCard(lines, { width: 300, height: 100 }, VIEW, { x: 30, y: 230 })?.x).toBe(20);
  });

  it('places nothing for a term with no box (scrolled away or hidden)', () => {
    expect(placeCard([], { width: 300, height: 100 }, VIEW)).toBeUndefined();
  });

  it('keeps the width between 160 and 380 px whatever the viewport', () => {
    expect(maxCardWidth(100)).toBe(160);
    expect(maxCardWidth(320)).toBe(304);
    expect(maxCardWidth(2000)).toBe(380);
  });
});
