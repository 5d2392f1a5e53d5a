import { describe, expect, it } from 'vitest';
import { classifyUrl, isSiteHost, SITE_HOST } from '../../src/core/site.ts';

describe('isSiteHost', () => {
  it('knows the site, its www and subdomains, in any case', () => {
    expect(SITE_HOST).toBe('baolaichau.vn');
    for (const host of [
      'baolaichau.vn',
      'www.baolaichau.vn',
      'm.baolaichau.vn',
      'BaoLaiChau.VN',
      'a.b.baolaichau.vn',
    ]) {
      expect(isSiteHost(host), host).toBe(true);
    }
  });

  it('refuses look-alikes', () => {
    for (const host of [
      'evilbaolaichau.vn',
      'baolaichau.vn.evil.com',
      'baolaichau.com',
      'baolaichau',
      'laichau.vn',
      'baolaichau.vnx',
      '',
    ]) {
      expect(isSiteHost(host), host).toBe(false);
    }
  });
});

describe('classifyUrl', () => {
  it('classifies site pages over http and https, with www, subdomains, ports, paths and queries', () => {
    for (const url of [
      'https://baolaichau.vn/',
      'http://baolaichau.vn/chinh-tri/bai-viet-123',
      'https://www.baolaichau.vn/tin-tuc?id=5#top',
      'https://m.baolaichau.vn/',
      'https://BAOLAICHAU.VN/',
      'https://baolaichau.vn:8443/x',
      'https://user:pass@baolaichau.vn/',
    ]) {
      expect(classifyUrl(url), url).toBe('site');
    }
  });

  it('classifies look-alike hosts and other sites as web', () => {
    for (const url of [
      'https://baolaichau.vn.evil.com/',
      'https://evilbaolaichau.vn/',
      'https://evil.com/baolaichau.vn',
      'https://evil.com/?u=https://baolaichau.vn/',
      'https://baolaichau.vn@evil.com/',
      'http://example.com/',
      'https://xn--bolaichu-x1a.vn/',
    ]) {
      expect(classifyUrl(url), url).toBe('web');
    }
  });

  it('classifies browser and local pages as not web', () => {
    for (const url of [
      'chrome://extensions/',
      'about:blank',
      'about:addons',
      'moz-extension://abc/popup.html',
      'chrome-extension://abc/popup.html',
      'file:///home/user/baolaichau.vn.html',
      'view-source:https://baolaichau.vn/',
      'data:text/html,<p>baolaichau.vn</p>',
      'javascript:alert(1)',
      'ftp://baolaichau.vn/',
      'blob:https://baolaichau.vn/1234',
    ]) {
      expect(classifyUrl(url), url).toBe('not-web');
    }
  });

  it('classifies junk as not web, and an unknown address as web', () => {
    for (const url of [
      'not a url',
      'baolaichau.vn',
      '//baolaichau.vn/',
      'https://',
      'http://[::1',
      '\u0000',
    ]) {
      expect(classifyUrl(url), url).toBe('not-web');
    }
    // A tab whose address the browser does not tell us: assume an ordinary page.
    expect(classifyUrl(undefined)).toBe('web');
    expect(classifyUrl('')).toBe('web');
  });
});
