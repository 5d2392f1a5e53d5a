/**
 * The fixture proxy and a browser with the extension, started before a describe block's tests
 * and stopped after them. Read `live.server` and `live.session` inside hooks and tests.
 */
import { afterAll, beforeAll } from 'vitest';
import {
  launchWithExtension,
  type BrowserName,
  type ExtensionSession,
  type LaunchOptions,
} from './browsers.ts';
import { startSiteServer, type SiteServer } from './site-server.ts';

export interface LiveSession {
  server: SiteServer;
  session: ExtensionSession;
}

export function useExtensionSession(
  name: BrowserName,
  options: Omit<LaunchOptions, 'proxyPort'> = {},
): LiveSession {
  const live = {} as LiveSession;
  beforeAll(async () => {
    live.server = await startSiteServer();
    live.session = await launchWithExtension(name, { ...options, proxyPort: live.server.port });
  });
  afterAll(async () => {
    await live.session?.close();
    await live.server?.close();
  });
  return live;
}
