/**
 * `npm start`: build, serve the sample article as if from baolaichau.vn, and open a browser with
 * the extension loaded on it. Without a display (or with --headless) it saves screenshots of the
 * article, the popup, the panel and its search to out/ instead, and prints where.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, type BrowserName } from '../e2e/browsers.ts';
import { pathOf } from '../e2e/fixture-paths.ts';
import { pointOnText, waitForCard, waitForPaint } from '../e2e/page-probes.ts';
import { startSiteServer } from '../e2e/site-server.ts';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((a) => !['--firefox', '--chromium', '--headless', '--no-build'].includes(a));
if (unknown.length > 0) {
  console.error(
    `Unknown option ${unknown.join(' ')}. Use: npm start -- [--firefox] [--headless] [--no-build]`,
  );
  process.exit(2);
}
const name: BrowserName = args.has('--firefox') ? 'firefox' : 'chromium';
const headless = args.has('--headless') || !process.env.DISPLAY;

if (!args.has('--no-build')) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startSiteServer();
const articlePath = pathOf('article-seed.html');
let session;
try {
  session = await launchWithExtension(name, { proxyPort: server.port, headless });
} catch (error) {
  console.error((error as Error).message);
  await server.close();
  process.exit(1);
}

const page = await session.openSite(articlePath);
if (headless) {
  await mkdir('out', { recursive: true });
  // Show what a reader sees: the marks, and the card of one term under the pointer.
  await waitForPaint(page, 1);
  const point = await pointOnText(page, 'BĐBP', { context: 'Bộ đội Biên phòng (BĐBP)' });
  await page.mouse.move(point.x, point.y);
  await waitForCard(page).catch(() => undefined);
  // Past the card's short fade-in.
  await new Promise((done) => setTimeout(done, 400));
  const article = resolve(`out/article-${name}.png`);
  await page.screenshot({ path: article });
  await page.setViewport({ width: 420, height: 600 });
  const popup = await session.openPopupFor(page);
  await popup.setViewport({ width: 400, height: 600 });
  await new Promise((done) => setTimeout(done, 1000));
  const popupShot = resolve(`out/popup-${name}.png`);
  await popup.screenshot({ path: popupShot });
  // The panel at a sidebar's narrowest, on the same tab, then its search.
  const panel = await session.openExtensionPage(
    `src/panel/panel.html${await popup.evaluate(() => location.search)}`,
  );
  await panel.setViewport({ width: 320, height: 700 });
  await panel.waitForSelector('#report [data-state="report"]', { timeout: 15_000 });
  const panelShot = resolve(`out/panel-${name}.png`);
  await panel.screenshot({ path: panelShot });
  await panel.$eval('#show-search', (b) => (b as HTMLElement).click());
  await panel.focus('#search-box');
  await panel.keyboard.type('hoi dong');
  await panel.waitForSelector('ul.results button.result');
  const searchShot = resolve(`out/search-${name}.png`);
  await panel.screenshot({ path: searchShot });
  console.log(
    `Article page: ${article}\nPopup:        ${popupShot}\nPanel:        ${panelShot}\nSearch:       ${searchShot}`,
  );
  await session.close();
  await server.close();
  process.exit(0);
}

console.log(
  `${name} is open on http://baolaichau.vn${articlePath} (served locally). Close the browser or press Ctrl+C to stop.`,
);
const stop = async (): Promise<void> => {
  await session.close();
  await server.close();
  process.exit(0);
};
session.browser.on('disconnected', () => void stop());
process.on('SIGINT', () => void stop());
