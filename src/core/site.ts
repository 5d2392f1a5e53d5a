/** The news site the reader is made for, and how a tab's address relates to it. */
export const SITE_HOST = 'baolaichau.vn';

export function isSiteHost(host: string): boolean {
  const lower = host.toLowerCase();
  return lower === SITE_HOST || lower.endsWith(`.${SITE_HOST}`);
}

export type TabKind = 'site' | 'web' | 'not-web';

/** 'site' for baolaichau.vn pages, 'web' for other http(s) pages, 'not-web' for browser pages. */
export function classifyUrl(url: string | undefined): TabKind {
  if (url === undefined || url === '') return 'web';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'not-web';
    return isSiteHost(parsed.hostname) ? 'site' : 'web';
  } catch {
    return 'not-web';
  }
}
