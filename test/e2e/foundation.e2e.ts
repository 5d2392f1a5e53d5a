import { describe, expect, it } from 'vitest';
import { BROWSERS } from './browsers.ts';
import { useExtensionSession } from './extension-session.ts';
import { pathOf } from './fixture-paths.ts';
import { waitForElement } from './page-probes.ts';

describe.each(BROWSERS)('foundation in %s', (name) => {
  const live = useExtensionSession(name);

  it('serves the article from baolaichau.vn through the fixture proxy', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    expect(new URL(page.url()).host).toBe('baolaichau.vn');
    expect(await page.title()).toContain('Tăng cường củng cố hệ thống chính trị cơ sở');
    await page.close();
  });

  it('runs the content script on the article and answers the popup', async () => {
    const page = await live.session.openSite(pathOf('article-seed.html'));
    const popup = await live.session.openPopupFor(page);
    await waitForElement(popup, '[data-state="report"]', 15_000);
    const shown = await popup.$eval('.article-title', (el) => el.textContent ?? '');
    expect(shown).toContain('Tăng cường củng cố hệ thống chính trị cơ sở');
    await popup.close();
    await page.close();
  });
});
