// Checks the shipped icon set: every PNG size the manifest can name exists,
// is a real RGBA image of the right size with a transparent outside, and the
// SVG sources stay self-contained (no fonts, rasters or network references).

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const iconsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../icons');
const pngSizes = [16, 32, 48, 128] as const;
const svgFiles = ['icon.svg', 'icon-16.svg'] as const;
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

interface RgbaImage {
  width: number;
  height: number;
  pixels: Buffer;
}

function readPngChunks(file: Buffer): Array<{ type: string; data: Buffer }> {
  const chunks: Array<{ type: string; data: Buffer }> = [];
  let offset = pngSignature.length;
  while (offset + 8 <= file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    chunks.push({ type, data: file.subarray(offset + 8, offset + 8 + length) });
    offset += 12 + length; // length, type, data, CRC
  }
  return chunks;
}

function readPngHeader(file: Buffer): PngHeader {
  // IHDR must be the first chunk, so its fields sit at fixed offsets.
  expect(file.toString('latin1', 12, 16)).toBe('IHDR');
  return {
    width: file.readUInt32BE(16),
    height: file.readUInt32BE(20),
    bitDepth: file.readUInt8(24),
    colourType: file.readUInt8(25),
    interlace: file.readUInt8(28),
  };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

// Only the one format the renderer writes (8-bit RGBA, not interlaced); the
// icons are at most 128 px, so decoding them is cheap.
function decodeRgba(file: Buffer): RgbaImage {
  const { width, height } = readPngHeader(file);
  const compressed = Buffer.concat(
    readPngChunks(file)
      .filter((c) => c.type === 'IDAT')
      .map((c) => c.data),
  );
  const filtered = inflateSync(compressed);
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  let read = 0;
  for (let y = 0; y < height; y++) {
    const filter = filtered[read++];
    for (let x = 0; x < stride; x++) {
      const raw = filtered[read++] ?? 0;
      const left = x >= 4 ? (pixels[y * stride + x - 4] ?? 0) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const upLeft = x >= 4 && y > 0 ? (pixels[(y - 1) * stride + x - 4] ?? 0) : 0;
      const predicted =
        filter === 0
          ? 0
          : filter === 1
            ? left
            : filter === 2
              ? up
              : filter === 3
                ? (left + up) >> 1
                : filter === 4
                  ? paeth(left, up, upLeft)
                  : Number.NaN;
      if (Number.isNaN(predicted)) throw new Error(`unknown PNG filter ${String(filter)}`);
      pixels[y * stride + x] = (raw + predicted) & 0xff;
    }
  }
  return { width, height, pixels };
}

function pixelAt(image: RgbaImage, x: number, y: number): { rgb: string; alpha: number } {
  const i = (y * image.width + x) * 4;
  const hex = (n: number | undefined): string => (n ?? 0).toString(16).padStart(2, '0');
  return {
    rgb: `#${hex(image.pixels[i])}${hex(image.pixels[i + 1])}${hex(image.pixels[i + 2])}`,
    alpha: image.pixels[i + 3] ?? 0,
  };
}

function opaqueColours(image: RgbaImage): Set<string> {
  const colours = new Set<string>();
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const { rgb, alpha } = pixelAt(image, x, y);
      if (alpha === 255) colours.add(rgb);
    }
  }
  return colours;
}

function fillColours(svg: string): Set<string> {
  return new Set(
    Array.from(svg.matchAll(/\b(?:fill|stroke)="(#[0-9a-fA-F]{6})"/g), (m) => (m[1] ?? '').toLowerCase()),
  );
}

function readSvg(name: string): string {
  return readFileSync(join(iconsDir, name), 'utf8');
}

// The rounded square's colour, taken from the SVG so the test follows a
// redesign instead of pinning today's palette.
function backgroundColour(svg: string): string {
  const match = /<rect\b[^>]*\bfill="(#[0-9a-fA-F]{6})"/.exec(svg);
  if (!match?.[1]) throw new Error('SVG has no filled background rect');
  return match[1].toLowerCase();
}

describe('icon PNGs', () => {
  for (const size of pngSizes) {
    describe(`icon-${size}.png`, () => {
      const path = join(iconsDir, `icon-${size}.png`);

      it('exists and is more than a trivial file', () => {
        expect(existsSync(path)).toBe(true);
        expect(readFileSync(path).length).toBeGreaterThan(100);
      });

      it('is an 8-bit RGBA PNG of exactly N by N pixels', () => {
        const file = readFileSync(path);
        expect(file.subarray(0, 8).equals(pngSignature)).toBe(true);
        const header = readPngHeader(file);
        expect(header.width).toBe(size);
        expect(header.height).toBe(size);
        expect(header.colourType).toBe(6);
        expect(header.bitDepth).toBe(8);
        expect(header.interlace).toBe(0);
      });

      it('has a transparent corner and an opaque middle, so it is a shape and not a flat tile', () => {
        const image = decodeRgba(readFileSync(path));
        // The rounded corner may leave a faint anti-aliased edge at 16 px.
        expect(pixelAt(image, 0, 0).alpha).toBeLessThan(64);
        expect(pixelAt(image, size - 1, size - 1).alpha).toBeLessThan(64);
        expect(pixelAt(image, size >> 1, size >> 1).alpha).toBe(255);
      });

      it('shows the background, a light glyph and the accent, in the colours of its SVG', () => {
        const image = decodeRgba(readFileSync(path));
        const colours = opaqueColours(image);
        const svg = readSvg(size === 16 ? 'icon-16.svg' : 'icon.svg');
        expect(colours.has(backgroundColour(svg))).toBe(true);
        expect(colours.has('#ffffff')).toBe(true);
        // Every solid colour the SVG draws with should survive rasterising
        // at least somewhere; a missing one means a stale or broken render.
        for (const colour of fillColours(svg)) {
          expect(colours.has(colour), `${colour} missing from icon-${size}.png`).toBe(true);
        }
      });
    });
  }
});

describe('icon SVG sources', () => {
  for (const name of svgFiles) {
    describe(name, () => {
      const svg = readSvg(name);

      it('is a small, hand-sized SVG with a square viewBox', () => {
        expect(svg.length).toBeLessThan(4096);
        expect(svg.trimStart().startsWith('<svg')).toBe(true);
        const viewBox = /\bviewBox="([^"]+)"/.exec(svg)?.[1];
        expect(viewBox).toBeDefined();
        const [minX, minY, width, height] = (viewBox ?? '')
          .trim()
          .split(/[\s,]+/)
          .map(Number);
        expect([minX, minY]).toEqual([0, 0]);
        expect(width).toBeGreaterThan(0);
        expect(width).toBe(height);
      });

      it('draws with shapes only: no text, fonts, rasters or embedded documents', () => {
        expect(svg).not.toMatch(
          /<(?:\w+:)?(?:image|text|tspan|textPath|foreignObject|font|font-face|script|style)\b/i,
        );
        expect(svg).not.toMatch(/font-family|@import|data:/i);
      });

      it('references nothing outside itself', () => {
        // A namespace declaration is not a fetch; any href or url() that is
        // not a same-document fragment would be.
        for (const m of svg.matchAll(/\b(?:xlink:)?href\s*=\s*"([^"]*)"/g)) {
          expect(m[1]?.startsWith('#'), `external href ${m[1] ?? ''}`).toBe(true);
        }
        for (const m of svg.matchAll(/url\(\s*['"]?([^'")]*)/g)) {
          expect(m[1]?.startsWith('#'), `external url(${m[1] ?? ''})`).toBe(true);
        }
        expect(svg.replace(/xmlns(?::\w+)?="[^"]*"/g, '')).not.toMatch(/https?:/i);
      });

      it('uses the shared palette, so the 16 px cut matches the full icon', () => {
        const main = fillColours(readSvg('icon.svg'));
        for (const colour of fillColours(svg)) {
          expect(main.has(colour), `${colour} is not in icon.svg`).toBe(true);
        }
        expect(backgroundColour(svg)).toBe(backgroundColour(readSvg('icon.svg')));
      });
    });
  }

  it('the 16 px cut is drawn on a 16-unit grid', () => {
    expect(readSvg('icon-16.svg')).toMatch(/\bviewBox="0 0 16 16"/);
  });
});
