/**
 * Tells apart who made each request the proxy saw. Web content (the site's pages and anything an
 * extension's pages or scripts fetch) carries Fetch Metadata, Origin or Referer headers; the
 * browser's own background services (update checks, time sync, account pings) carry none and go
 * only to the browser vendor's hosts. Anything that fits neither is a failure, not noise.
 */
import { SITE_HOST } from '../../src/core/site.ts';
import { OTHER_SITE_HOST, type SeenRequest } from './site-server.ts';

const BROWSER_VENDOR_HOSTS = [
  'google.com',
  'googleapis.com',
  'gstatic.com',
  'gvt1.com',
  'mozilla.org',
  'mozilla.net',
  'mozilla.com',
  'firefox.com',
  'mozaws.net',
];

function hostOf(request: SeenRequest): string {
  return new URL(request.url).hostname;
}

function under(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function fromWebContent(request: SeenRequest): boolean {
  return request.fetchSite !== undefined || request.origin !== undefined || request.referer !== undefined;
}

function fromExtension(request: SeenRequest): boolean {
  return [request.origin, request.referer].some((v) => v !== undefined && /^(chrome|moz)-extension:/.test(v));
}

export interface Traffic {
  /** Requests pages made to the news site. */
  site: SeenRequest[];
  /** The browser's own background requests to its vendor's services. */
  browser: SeenRequest[];
  /** Anything else: requests made by or for an extension, or content going elsewhere. */
  unexplained: SeenRequest[];
}

/** Hosts the fixture server answers for: the news site and the test's second site. */
function isTestSite(host: string): boolean {
  return under(host, SITE_HOST) || host === OTHER_SITE_HOST;
}

export function classifyTraffic(requests: readonly SeenRequest[]): Traffic {
  const traffic: Traffic = { site: [], browser: [], unexplained: [] };
  for (const request of requests) {
    const host = hostOf(request);
    if (fromExtension(request)) traffic.unexplained.push(request);
    else if (fromWebContent(request))
      (under(host, SITE_HOST) ? traffic.site : traffic.unexplained).push(request);
    else if (BROWSER_VENDOR_HOSTS.some((domain) => under(host, domain))) traffic.browser.push(request);
    else if (isTestSite(host) && request.method !== 'CONNECT') traffic.site.push(request);
    else traffic.unexplained.push(request);
  }
  return traffic;
}
