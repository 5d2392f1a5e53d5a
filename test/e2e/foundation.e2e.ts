import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, type ExtensionSession } from './browsers.ts';
import { pathOf } from './fixture-paths.ts';
import { waitForElement } from './page-probes.ts';
import { startSiteServer, type SiteServer } from './site-server.ts';

describe.each(BROWSERS)('foundation in %s', (name) => {
  let server: SiteServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    server = await startSiteServer();
    session = await launchWithExtension(name, { proxyPort: server.port });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('serves the article from baolaichau.vn through the fixture proxy', async () => {
    const page = await session.openSite(pathOf('article-seed.html'));
    expect(new URL(page.url()).host).toBe('baolaichau.vn');
    expect(await page.title()).toContain('Tăng cường củng cố hệ thống chính trị cơ sở');
    await page.close();
  });

  it('runs the content script on the article and answers the popup', async () => {
    const page = await session.openSite(pathOf('article-seed.html'));
    const popup = await session.openPopupFor(page);
    await waitForElement(popup, '[data-state="report"]', 15_000);
    const shown = await popup.$eval('.article-title', (el) => el.textContent ?? '');
    expect(shown).toContain('Tăng cường củng cố hệ thống chính trị cơ sở');
    await popup.close();
    await page.close();
  });
});
