/**
 * Where the card goes: under the line of the term the reader points at, or above it when there
 * is more room there, never outside the viewport. A pure function of rectangles, so it is
 * tested without a browser; the controller measures and applies it.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  x: number;
  y: number;
  maxWidth: number;
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;
const WIDTH = { min: 160, max: 380 };
const HEIGHT = { min: 120, max: 480 };

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** The line of a wrapped term nearest the pointer, else its first line. */
function lineOf(lines: readonly Box[], pointer: { x: number; y: number } | undefined): Box | undefined {
  if (!pointer || lines.length < 2) return lines[0];
  let best = lines[0];
  let distance = Infinity;
  for (const line of lines) {
    const d =
      pointer.y < line.top ? line.top - pointer.y : pointer.y > line.bottom ? pointer.y - line.bottom : 0;
    if (d < distance) {
      best = line;
      distance = d;
    }
  }
  return best;
}

/**
 * `size` is the card's own size once it is given `maxWidth` (the caller measures it twice: the
 * width limit first, then the size at that width).
 */
export function maxCardWidth(viewWidth: number): number {
  return clamp(viewWidth - 2 * MARGIN, WIDTH.min, WIDTH.max);
}

export function placeCard(
  lines: readonly Box[],
  size: { width: number; height: number },
  view: { width: number; height: number },
  pointer?: { x: number; y: number },
): Placement | undefined {
  const line = lineOf(lines, pointer);
  if (!line) return undefined;
  const maxWidth = maxCardWidth(view.width);
  const width = Math.min(size.width, maxWidth);
  const below = view.height - line.bottom - GAP - MARGIN;
  const above = line.top - GAP - MARGIN;
  const goBelow = size.height <= below || below >= above;
  const room = goBelow ? below : above;
  const maxHeight = clamp(room, HEIGHT.min, HEIGHT.max);
  const height = Math.min(size.height, maxHeight);
  const y = goBelow ? line.bottom + GAP : line.top - GAP - height;
  return {
    x: Math.round(clamp(line.left, MARGIN, Math.max(MARGIN, view.width - MARGIN - width))),
    y: Math.round(clamp(y, MARGIN, Math.max(MARGIN, view.height - MARGIN - height))),
    maxWidth,
    maxHeight,
  };
}
