// Renders icons/icon-N.png from the hand-written SVGs with headless Chromium,
// so the PNGs are reproducible and never edited by hand.
//
//   npx tsx test/tools/render-icons.ts                 # write the PNGs
//   npx tsx test/tools/render-icons.ts --preview DIR   # also write enlarged
//                                                      # previews on light and
//                                                      # dark toolbars to DIR
//
// Chromium is taken from CHROMIUM_PATH or /usr/bin/chromium.

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const iconsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../icons');

// Small sizes get their own pixel-aligned drawing: the detailed mark turns to
// mush below about 24 px.
const sourceForSize: ReadonlyArray<{ size: number; svg: string }> = [
  { size: 16, svg: 'icon-16.svg' },
  { size: 32, svg: 'icon.svg' },
  { size: 48, svg: 'icon.svg' },
  { size: 128, svg: 'icon.svg' },
];

// Toolbar colours of the default light and dark browser themes, to judge the
// icon where it will actually sit.
const toolbarBackgrounds = { light: '#f1f3f4', dark: '#202124' } as const;

function svgDataUrl(svgText: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svgText, 'utf8').toString('base64')}`;
}

function pngDataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}

async function renderSvg(browser: Browser, svgText: string, size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    // The SVG goes in as an <img> from a data URL: that is how the browser
    // itself would rasterise it, and it keeps the SVG out of the page's DOM.
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img id="icon" width="${size}" height="${size}" style="display:block" src="${svgDataUrl(svgText)}">` +
        `</body></html>`,
    );
    await page.waitForFunction(() => {
      const img = document.getElementById('icon') as HTMLImageElement | null;
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await page.close();
  }
}

// Enlarges each PNG with nearest-neighbour scaling so single pixels can be
// inspected, side by side on a light and a dark toolbar.
async function renderPreview(
  browser: Browser,
  pngs: ReadonlyArray<{ size: number; png: Buffer }>,
  outDir: string,
): Promise<void> {
  await mkdir(outDir, { recursive: true });
  for (const { size, png } of pngs) {
    const scale = Math.max(1, Math.floor(128 / size));
    const shown = size * scale;
    const pad = 16;
    const width = 2 * (shown + 2 * pad);
    const height = shown + 2 * pad;
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    try {
      const cells = Object.values(toolbarBackgrounds)
        .map(
          (bg) =>
            `<div style="background:${bg};padding:${pad}px;line-height:0">` +
            `<img width="${shown}" height="${shown}" style="image-rendering:pixelated" src="${pngDataUrl(png)}"></div>`,
        )
        .join('');
      await page.setContent(
        `<!doctype html><html><body style="margin:0;display:flex">${cells}</body></html>`,
      );
      await page.waitForFunction(() =>
        Array.from(document.images).every((img) => img.complete && img.naturalWidth > 0),
      );
      await page.screenshot({
        path: join(outDir, `icon${size}-zoom.png`),
        clip: { x: 0, y: 0, width, height },
      });
    } finally {
      await page.close();
    }
  }
}

async function main(): Promise<void> {
  const previewFlag = process.argv.indexOf('--preview');
  const previewDir = previewFlag >= 0 ? process.argv[previewFlag + 1] : undefined;
  if (previewFlag >= 0 && previewDir === undefined) {
    throw new Error('--preview needs a directory');
  }

  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const rendered: Array<{ size: number; png: Buffer }> = [];
    for (const { size, svg } of sourceForSize) {
      const svgText = await readFile(join(iconsDir, svg), 'utf8');
      const png = await renderSvg(browser, svgText, size);
      await writeFile(join(iconsDir, `icon-${size}.png`), png);
      rendered.push({ size, png });
      console.log(`icons/icon-${size}.png  from ${svg}  (${png.length} bytes)`);
    }
    if (previewDir !== undefined) {
      await renderPreview(browser, rendered, resolve(previewDir));
      console.log(`previews in ${resolve(previewDir)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
