/**
 * Serves the fixture pages as if they came from baolaichau.vn. It runs as an HTTP proxy so the
 * browsers can load the extension exactly as shipped (no test-only host patterns): the browser
 * asks the proxy for http://baolaichau.vn/…, and the proxy answers from test/fixtures/site/.
 * Because every request passes through it, it is also the witness that the extension sends none.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSiteHost, SITE_HOST } from '../../src/core/site.ts';
import { fixtureHeaders, fixtureText, isVariant } from '../fixtures/site/variants.ts';

const FIXTURES = resolve(fileURLToPath(new URL('../fixtures/site/', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
};

/**
 * A second news site, for the features that work on other sites ("Annotate this page", "Always
 * on this site"). It serves the same fixtures; .example is reserved and never a real host.
 */
export const OTHER_SITE_HOST = 'tin-tuc.example';

function isServedHost(host: string): boolean {
  return isSiteHost(host) || host === OTHER_SITE_HOST;
}

export interface SeenRequest {
  method: string;
  url: string;
  /** Who asked, as far as the browser tells: Origin, Referer and Sec-Fetch-Site headers. */
  origin: string | undefined;
  referer: string | undefined;
  fetchSite: string | undefined;
}

export interface SiteServer {
  port: number;
  /** Every request the proxy received, in order. */
  requests: SeenRequest[];
  /**
   * Holds back the answers to `path` (a site path) until `release` is called, as a slow network
   * would; `asked` resolves when the first request for it arrives.
   */
  hold(path: string): HeldPath;
  close(): Promise<void>;
}

export interface HeldPath {
  asked: Promise<void>;
  release(): void;
}

interface Hold extends HeldPath {
  noteAsked(): void;
  released: Promise<void>;
}

function holding(): Hold {
  let noteAsked = (): void => undefined;
  let release = (): void => undefined;
  const asked = new Promise<void>((done) => (noteAsked = done));
  const released = new Promise<void>((done) => (release = done));
  return { asked, released, noteAsked: () => noteAsked(), release: () => release() };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function loadRoutes(): Promise<Record<string, string>> {
  return JSON.parse(await readFile(join(FIXTURES, 'routes.json'), 'utf8')) as Record<string, string>;
}

/** The body of a fixture file and the headers it is served with (variants.ts builds some). */
async function fixtureBody(
  file: string,
): Promise<{ body: Buffer | string; headers: Record<string, string> } | undefined> {
  const name = relative(FIXTURES, file);
  if (isVariant(name)) return { body: fixtureText(name), headers: fixtureHeaders(name) };
  const body = await readFile(file).catch(() => undefined);
  return body && { body, headers: {} };
}

/** Maps a site path to a fixture file; undefined for anything outside the fixture folder. */
function fixtureFile(routes: Record<string, string>, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname).normalize('NFC');
  const routed = routes[decoded] ?? routes[decoded.replace(/\/$/, '')];
  // Photos and logos stand in as one local picture: the fixtures keep the site's image paths.
  const relative =
    routed ?? (decoded.startsWith('/uploaded/') ? 'static/photo.svg' : decoded.replace(/^\/+/, ''));
  if (!relative) return undefined;
  const file = normalize(join(FIXTURES, relative));
  return file.startsWith(FIXTURES + '/') ? file : undefined;
}

/**
 * `extraRoutes` answers more site paths with generated HTML (path → page), e.g. the bench's long
 * article, without adding files to the fixture folder.
 */
export async function startSiteServer(
  extraRoutes: ReadonlyMap<string, string> = new Map(),
): Promise<SiteServer> {
  const routes = await loadRoutes();
  const requests: SeenRequest[] = [];
  const holds = new Map<string, Hold>();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const target = new URL(req.url ?? '/', `http://${header(req, 'host') ?? SITE_HOST}`);
      requests.push({
        method: req.method ?? 'GET',
        url: target.href,
        origin: header(req, 'origin'),
        referer: header(req, 'referer'),
        fetchSite: header(req, 'sec-fetch-site'),
      });
      const generated = isServedHost(target.hostname) ? extraRoutes.get(target.pathname) : undefined;
      if (generated !== undefined) {
        res.writeHead(200, {
          'content-type': TYPES['.html'],
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-store',
        });
        res.end(generated);
        return;
      }
      const held = isServedHost(target.hostname) ? holds.get(target.pathname) : undefined;
      if (held) {
        held.noteAsked();
        await held.released;
      }
      const file = isServedHost(target.hostname) ? fixtureFile(routes, target.pathname) : undefined;
      const served = file ? await fixtureBody(file) : undefined;
      if (!served || !file) {
        res.writeHead(isServedHost(target.hostname) ? 404 : 502, { 'content-type': 'text/plain' });
        res.end('not served by the fixture server');
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        ...served.headers,
      });
      res.end(served.body);
    })();
  });
  // HTTPS through a proxy starts with CONNECT: note it and refuse, nothing here speaks TLS.
  server.on('connect', (req: IncomingMessage, socket) => {
    // A browser may reset the connection as it shuts down: that is no failure of the test.
    socket.on('error', () => undefined);
    requests.push({
      method: 'CONNECT',
      url: `https://${req.url ?? ''}`,
      origin: undefined,
      referer: undefined,
      fetchSite: undefined,
    });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });

  // Resets and half-sent requests from a closing browser end that connection, nothing more.
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('connection', (socket) => socket.on('error', () => undefined));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    port: address.port,
    requests,
    hold(path) {
      const hold = holds.get(path) ?? holding();
      holds.set(path, hold);
      return hold;
    },
    close: () =>
      new Promise<void>((done) => {
        for (const hold of holds.values()) hold.release();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
