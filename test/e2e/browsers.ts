/**
 * Starts real Chromium and Firefox with the built extension loaded as shipped, both sending
 * their traffic through the fixture proxy. One interface for both, so every scenario runs in
 * each browser unchanged.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../vite.config.ts';

export type BrowserName = 'chromium' | 'firefox';
/** Both browsers; a developer may narrow a local run with E2E_BROWSERS=chromium (CI never does). */
export const BROWSERS: readonly BrowserName[] = process.env.E2E_BROWSERS
  ? (process.env.E2E_BROWSERS.split(',').filter((b) => b === 'chromium' || b === 'firefox') as BrowserName[])
  : ['chromium', 'firefox'];

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const FIREFOX_UUID = '6a1f4c2e-9b7d-4e0a-8c35-2d6f1b9e7a41';

const EXECUTABLES: Record<BrowserName, { env: string; paths: string[]; install: string }> = {
  chromium: {
    env: 'CHROMIUM_PATH',
    paths: ['/usr/bin/chromium', '/usr/lib/chromium/chromium'],
    install: 'sudo apt-get install -y chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'sudo apt-get install -y firefox-esr',
  },
};

/** The browser's executable, or an error that says how to install it: a missing browser fails, never skips. */
export function findBrowser(name: BrowserName): string {
  const { env, paths, install } = EXECUTABLES[name];
  const candidates = [process.env[env], ...paths].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `${name} was not found (looked at ${candidates.join(', ')}). Install it with \`${install}\`, or set ${env}.`,
    );
  }
  return found;
}

export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  extensionBase: string;
  /** Opens http://baolaichau.vn<path> (or another served host) through the fixture proxy in a new tab. */
  openSite(path: string, host?: string): Promise<Page>;
  /** Opens the popup page, told to read the tab that shows `page`. */
  openPopupFor(page: Page): Promise<Page>;
  /** Opens a page of the extension (e.g. 'src/options/options.html') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * What the reader in `page` says about it, asked the way the popup asks, once it says it has
   * finished its pass (state 'ready'). `page` is brought to the front again afterwards.
   */
  readyReport(page: Page): Promise<ReportSummary>;
  close(): Promise<void>;
}

/** The parts of a page's report (src/messages/protocol.ts) a test checks, counted in the page. */
export interface ReportSummary {
  state: 'loading' | 'ready';
  isArticle: boolean;
  reason: string;
  terms: number;
  codes: number;
}

export interface LaunchOptions {
  proxyPort: number;
  headless?: boolean;
  /** The system colour scheme the browser reports to pages (prefers-color-scheme). */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** A build other than dist/<browser> (the bench loads unminified and synthetic builds). */
  dist?: string;
}

function distFor(name: BrowserName): string {
  const dist = join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`No build in ${dist}: run \`npm run build\` first.`);
  }
  return dist;
}

async function launchChromium(dist: string, profile: string, options: LaunchOptions): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findBrowser('chromium'),
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [dist],
    userDataDir: profile,
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    env: { ...process.env, TMPDIR: profile },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,AutofillServerCommunication,NetworkTimeServiceQuerying,OptimizationHints',
      '--disable-client-side-phishing-detection',
      '--disable-domain-reliability',
      '--no-pings',
      // Permission prompts are accepted, as a reader's click on "Allow" would (Firefox: a pref below).
      '--apps-gallery-install-auto-confirm-for-tests=accept',
      `--proxy-server=http://127.0.0.1:${options.proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      ...(options.colorScheme === 'dark' ? ['--force-dark-mode'] : []),
    ],
  });
}

async function launchFirefox(dist: string, profile: string, options: LaunchOptions): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: findBrowser('firefox'),
    headless: options.headless ?? true,
    userDataDir: profile,
    defaultViewport: options.viewport ?? { width: 1280, height: 900 },
    env: { ...process.env, TMPDIR: profile },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      // Optional permissions are granted without a prompt, as a reader's click on "Allow" would.
      'extensions.webextOptionalPermissionPrompts': false,
      // 0 dark, 1 light: what prefers-color-scheme reports to pages.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'browser.fixup.fallback-to-https': false,
    },
  });
  await browser.installExtension(dist);
  return browser;
}

async function chromiumExtensionBase(browser: Browser): Promise<string> {
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    {
      timeout: 15_000,
    },
  );
  return `chrome-extension://${new URL(worker.url()).host}/`;
}

export async function launchWithExtension(
  name: BrowserName,
  options: LaunchOptions,
): Promise<ExtensionSession> {
  const dist = options.dist ?? distFor(name);
  const tmpRoot = join(ROOT, '.tmp', 'profiles');
  await mkdir(tmpRoot, { recursive: true });
  const profile = await mkdtemp(join(tmpRoot, `${name}-`));
  let browser: Browser | undefined;
  try {
    browser =
      name === 'chromium'
        ? await launchChromium(dist, profile, options)
        : await launchFirefox(dist, profile, options);
    const extensionBase =
      name === 'chromium' ? await chromiumExtensionBase(browser) : `moz-extension://${FIREFOX_UUID}/`;
    const live = browser;
    return {
      name,
      browser: live,
      extensionBase,
      async openSite(path, host = 'baolaichau.vn') {
        const page = await live.newPage();
        await page.goto(`http://${host}${path}`, { waitUntil: 'load' });
        return page;
      },
      async openPopupFor(page) {
        return openPopup(live, extensionBase, page.url());
      },
      async openExtensionPage(path) {
        return openExtensionPage(live, `${extensionBase}${path}`);
      },
      async readyReport(page) {
        return readyReport(live, extensionBase, page);
      },
      async close() {
        await live.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Firefox's WebDriver BiDi agent now and then fails an evaluation with an internal error while
 * an extension page is loading ("right-hand side of 'in' should be an object"). That is the
 * driver, not the extension: ask again, every 100 ms for about a second, before failing.
 */
export async function retryingDriver<T>(step: () => Promise<T>, attempts = 10): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const driverFault =
        error instanceof Error &&
        /Protocol error|unknown error/.test(`${error.message} ${String(error.cause)}`);
      if (!driverFault || attempt >= attempts) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/**
 * A test cannot click the toolbar button, so the popup is opened in a tab and told which tab to
 * read. The tab id is looked up from an extension page, where the tabs API is available.
 */
async function openPopup(browser: Browser, extensionBase: string, pageUrl: string): Promise<Page> {
  return openExtensionPage(browser, await popupAddress(browser, extensionBase, pageUrl));
}

/** The id of the tab that shows `pageUrl`, looked up from an extension page (it has the tabs API). */
async function tabIdFor(extensionPage: Page, pageUrl: string): Promise<number> {
  const tabId = await retryingDriver(() =>
    extensionPage.evaluate(async (url: string) => {
      type TabsApi = {
        tabs: { query(q: object): Promise<Array<{ id?: number; url?: string; lastAccessed?: number }>> };
      };
      const scope = globalThis as unknown as { browser?: TabsApi; chrome?: TabsApi };
      const api = scope.browser ?? scope.chrome;
      if (!api) return undefined;
      const tabs = await api.tabs.query({});
      const exact = tabs.find((t) => t.url === url);
      if (exact) return exact.id;
      // Without a host permission Firefox hides a tab's address: then it is the hidden tab the
      // test used last (the page was opened, and so focused, just before this one).
      const hidden = tabs
        .filter((t) => t.url === undefined)
        .sort((a, b) => (a.lastAccessed ?? 0) - (b.lastAccessed ?? 0));
      return hidden[hidden.length - 1]?.id;
    }, pageUrl),
  );
  if (tabId === undefined) throw new Error(`no tab shows ${pageUrl}`);
  return tabId;
}

/** The popup's address, told to read the tab that shows `pageUrl`. */
export async function popupAddress(
  browser: Browser,
  extensionBase: string,
  pageUrl: string,
): Promise<string> {
  const popupUrl = `${extensionBase}src/popup/popup.html`;
  const lookup = await openExtensionPage(browser, `${popupUrl}?tab=lookup`);
  const tabId = await tabIdFor(lookup, pageUrl);
  await lookup.close();
  // A fresh page, navigated once: a second navigation of the same page confuses Firefox's driver.
  return `${popupUrl}?tab=${tabId}&url=${encodeURIComponent(pageUrl)}`;
}

async function readyReport(browser: Browser, extensionBase: string, page: Page): Promise<ReportSummary> {
  const asker = await openExtensionPage(browser, `${extensionBase}src/options/options.html`);
  try {
    const tabId = await tabIdFor(asker, page.url());
    const summary = await retryingDriver(() =>
      asker.evaluate(async (id: number) => {
        type Report = {
          state: 'loading' | 'ready';
          article: { isArticle: boolean; reason: string };
          terms: unknown[];
          codes: unknown[];
        };
        type Api = { tabs: { sendMessage(tab: number, message: unknown): Promise<Report | undefined> } };
        const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (scope.browser ?? scope.chrome) as Api;
        // Asked again every 100 ms while the reader says it is still at work, for 15 s at most.
        for (let tries = 0; tries < 150; tries++) {
          const report = await api.tabs.sendMessage(id, { type: 'get-report' }).catch(() => undefined);
          if (report?.state === 'ready')
            return {
              state: report.state,
              isArticle: report.article.isArticle,
              reason: report.article.reason,
              terms: report.terms.length,
              codes: report.codes.length,
            };
          await new Promise((done) => setTimeout(done, 100));
        }
        return undefined;
      }, tabId),
    );
    if (!summary) throw new Error(`the reader in ${page.url()} never said it was ready`);
    return summary;
  } finally {
    await asker.close();
    await page.bringToFront();
  }
}

/** A new tab on an extension page. Firefox never settles goto() there: wait for the document. */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  await retryingDriver(() =>
    page.waitForFunction(
      (expected: string) => location.href === expected && document.readyState === 'complete',
      { timeout: 15_000, polling: 100 },
      url,
    ),
  );
  return page;
}

export type { Browser, Page };
