/**
 * The message parsers are the extension's border: a content script shares its page with
 * hostile code, so every parser must refuse junk and accept exactly the messages it defines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import {
  parseAnnotateAnswer,
  parseBackgroundRequest,
  parseContentRequest,
  parsePageReport,
  parseRevealAnswer,
  REPORT_LIMITS,
} from '../../src/messages/protocol.ts';
import type { PageReport } from '../../src/messages/protocol.ts';
import { SEED } from './arbitraries.ts';

const PARSERS = {
  parseContentRequest,
  parseBackgroundRequest,
  parsePageReport,
  parseRevealAnswer,
  parseAnnotateAnswer,
};

/** Values no field of any message accepts as an offset or count. */
const BAD_INDICES: unknown[] = [
  -1,
  0.5,
  1.5,
  Number.NaN,
  Infinity,
  -Infinity,
  1e10,
  '3',
  null,
  undefined,
  true,
  [],
  {},
  3n,
];
const BAD_INDICES_NO_BIGINT = BAD_INDICES.filter((v) => typeof v !== 'bigint');

/** Junk every parser must refuse, whatever it expects. */
const JUNK: unknown[] = [
  undefined,
  null,
  0,
  1,
  -1,
  Number.NaN,
  '',
  'get-report',
  'report',
  '{"type":"get-report"}',
  true,
  [],
  ['get-report'],
  [{ type: 'get-report' }],
  {},
  { type: 1 },
  { type: null },
  { type: ['get-report'] },
  { type: 'unknown' },
  { type: 'GET-REPORT' },
  { type: ' get-report' },
  () => ({ type: 'get-report' }),
  Symbol('get-report'),
  new Date(),
  new Map([['type', 'get-report']]),
];

function figure(overrides: Partial<Figure> = {}): Figure {
  return {
    value: 22,
    values: [22, 23],
    text: '22/23',
    label: 'xã biên giới',
    kind: 'ratio',
    sentence: 'Có 22/23 xã biên giới đạt chuẩn.',
    start: 4,
    end: 9,
    mentions: 1,
    at: [{ start: 4, end: 9 }],
    ...overrides,
  };
}

function report(): PageReport {
  return {
    type: 'report',
    state: 'ready',
    url: 'https://baolaichau.vn/chinh-tri/bai-viet-123',
    article: { isArticle: true, reason: 'article:metadata', title: 'Tin nổi bật' },
    terms: [{ id: 'bdbp', count: 3, start: 10, end: 14 }],
    codes: [
      { text: '18-NQ/TW', canonical: '18-NQ/TW', count: 1, start: 30, end: 38, entryId: 'nq-18-tw' },
      { text: '07-NQ/TU', canonical: '07-NQ/TU', count: 2, start: 50, end: 58, entryId: null },
    ],
    figures: [
      figure(),
      figure({ kind: 'date', value: null, values: [25, 10, 2017], text: 'ngày 25/10/2017', unit: undefined }),
    ],
  };
}

/** A JSON round trip, as the browser's message channel does it (drops undefined fields). */
function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('every parser', () => {
  it.each(Object.entries(PARSERS))('%s refuses junk', (_, parse) => {
    for (const junk of JUNK) expect(parse(junk)).toBeUndefined();
  });

  it.each(Object.entries(PARSERS))('%s refuses anything fast-check can make up', (_, parse) => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true }),
        (junk) => {
          expect(parse(junk)).toBeUndefined();
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it.each(Object.entries(PARSERS))(
    '%s refuses a type smuggled under an own __proto__ key (as JSON.parse makes one)',
    (_, parse) => {
      for (const type of [
        'get-report',
        'reveal',
        'page-status',
        'report',
        'revealed',
        'annotate-anyway',
        'annotated',
      ]) {
        const polluted = JSON.parse(`{"__proto__": {"type": "${type}", "ok": true}}`) as unknown;
        expect(parse(polluted)).toBeUndefined();
      }
    },
  );
});

describe('parseContentRequest', () => {
  it('accepts exactly the two requests, as fresh objects', () => {
    const get = { type: 'get-report' };
    expect(parseContentRequest(get)).toEqual({ type: 'get-report' });
    const reveal = { type: 'reveal', start: 0, end: 5, openCard: true };
    const parsed = parseContentRequest(reveal);
    expect(parsed).toEqual(reveal);
    expect(parsed).not.toBe(reveal);
    expect(parseContentRequest({ type: 'reveal', start: 10, end: 11, openCard: false })).toEqual({
      type: 'reveal',
      start: 10,
      end: 11,
      openCard: false,
    });
  });

  it('refuses extra keys, prototype keys included', () => {
    expect(parseContentRequest({ type: 'get-report', extra: 1 })).toBeUndefined();
    expect(parseContentRequest(JSON.parse('{"type":"get-report","__proto__":{"x":1}}'))).toBeUndefined();
    expect(parseContentRequest({ type: 'get-report', constructor: 'x' })).toBeUndefined();
    expect(
      parseContentRequest({ type: 'reveal', start: 0, end: 5, openCard: true, html: '<b>x</b>' }),
    ).toBeUndefined();
  });

  it('refuses bad offsets: negative, fractional, NaN, infinite, too large, strings, end <= start', () => {
    for (const bad of BAD_INDICES) {
      expect(parseContentRequest({ type: 'reveal', start: bad, end: 5, openCard: true })).toBeUndefined();
      expect(parseContentRequest({ type: 'reveal', start: 0, end: bad, openCard: true })).toBeUndefined();
    }
    expect(parseContentRequest({ type: 'reveal', start: 5, end: 5, openCard: true })).toBeUndefined();
    expect(parseContentRequest({ type: 'reveal', start: 6, end: 5, openCard: true })).toBeUndefined();
    expect(parseContentRequest({ type: 'reveal', start: 0, end: 5 })).toBeUndefined();
    expect(parseContentRequest({ type: 'reveal', start: 0, end: 5, openCard: 'true' })).toBeUndefined();
    expect(parseContentRequest({ type: 'reveal', start: 0, end: 5, openCard: 1 })).toBeUndefined();
  });

  it('accepts a reveal exactly when each field is valid (generated)', () => {
    const field = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> => fc.oneof(valid, fc.anything());
    fc.assert(
      fc.property(
        field(fc.nat({ max: 2e9 })),
        field(fc.nat({ max: 2e9 })),
        field(fc.boolean()),
        (start, end, openCard) => {
          const message = { type: 'reveal', start, end, openCard };
          const ok =
            Number.isInteger(start) &&
            Number.isInteger(end) &&
            (start as number) >= 0 &&
            (end as number) <= 1e9 &&
            (end as number) > (start as number) &&
            typeof openCard === 'boolean';
          expect(parseContentRequest(message)).toEqual(ok ? message : undefined);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('parseBackgroundRequest', () => {
  it('accepts a page status exactly, as a fresh object', () => {
    const status = { type: 'page-status', isArticle: true, marked: 12 };
    expect(parseBackgroundRequest(status)).toEqual(status);
    expect(parseBackgroundRequest(status)).not.toBe(status);
    expect(parseBackgroundRequest({ type: 'page-status', isArticle: false, marked: 0 })).toEqual({
      type: 'page-status',
      isArticle: false,
      marked: 0,
    });
  });

  it('refuses bad counts, missing, mistyped and extra fields', () => {
    for (const bad of BAD_INDICES) {
      expect(parseBackgroundRequest({ type: 'page-status', isArticle: true, marked: bad })).toBeUndefined();
    }
    expect(parseBackgroundRequest({ type: 'page-status', isArticle: 'yes', marked: 1 })).toBeUndefined();
    expect(parseBackgroundRequest({ type: 'page-status', marked: 1 })).toBeUndefined();
    expect(
      parseBackgroundRequest({ type: 'page-status', isArticle: true, marked: 1, url: 'x' }),
    ).toBeUndefined();
    expect(
      parseBackgroundRequest(
        JSON.parse('{"type":"page-status","isArticle":true,"marked":1,"__proto__":null}'),
      ),
    ).toBeUndefined();
    // A request meant for another part is not a background request.
    expect(parseBackgroundRequest({ type: 'get-report' })).toBeUndefined();
  });
});

describe('parseRevealAnswer', () => {
  it('accepts both answers as fresh objects and refuses anything else', () => {
    expect(parseRevealAnswer({ type: 'revealed', ok: true })).toEqual({ type: 'revealed', ok: true });
    expect(parseRevealAnswer({ type: 'revealed', ok: false })).toEqual({ type: 'revealed', ok: false });
    const extra = parseRevealAnswer({ type: 'revealed', ok: true, evil: '<img>' });
    // Extra keys are never passed on (the answer is rebuilt from its two fields).
    expect(extra === undefined || !('evil' in extra)).toBe(true);
    for (const ok of [1, 0, 'true', null, undefined, [], {}]) {
      expect(parseRevealAnswer({ type: 'revealed', ok })).toBeUndefined();
    }
    expect(parseRevealAnswer({ type: 'reveal', ok: true })).toBeUndefined();
  });
});

describe('parsePageReport', () => {
  it('lets a valid report through unchanged, also after a JSON round trip', () => {
    const valid = report();
    expect(parsePageReport(valid)).toEqual(valid);
    const wired = overTheWire(valid);
    expect(parsePageReport(wired)).toEqual(wired);
    const loading = {
      ...report(),
      state: 'loading',
      article: { isArticle: false, reason: 'no-body', title: null },
      terms: [],
      codes: [],
      figures: [],
    };
    expect(parsePageReport(loading)).toEqual(loading);
  });

  it('accepts HTML-looking strings as plain data (rendering is text-only elsewhere)', () => {
    const html = '<img src=x onerror="alert(1)">';
    const valid = report();
    valid.article.title = html;
    valid.figures[0]!.label = html;
    valid.codes[0]!.text = '<script>x</script>';
    const parsed = parsePageReport(valid);
    expect(parsed?.article.title).toBe(html);
    expect(parsed?.figures[0]?.label).toBe(html);
    expect(parsed?.codes[0]?.text).toBe('<script>x</script>');
  });

  it('refuses a figure of unknown kind, and figures with bad numbers', () => {
    const mutations: Array<(f: Record<string, unknown>) => void> = [
      (f) => (f.kind = 'weight'),
      (f) => (f.kind = 'Count'),
      (f) => delete f.kind,
      (f) => (f.value = Number.NaN),
      (f) => (f.value = Infinity),
      (f) => (f.value = '22'),
      (f) => delete f.value,
      (f) => (f.values = [22, Number.NaN]),
      (f) => (f.values = new Array(21).fill(1)),
      (f) => (f.values = '22,23'),
      (f) => (f.text = 7),
      (f) => (f.label = 'x'.repeat(501)),
      (f) => (f.sentence = 'x'.repeat(5001)),
      (f) => (f.unit = 5),
      (f) => (f.unit = null),
    ];
    for (const mutate of mutations) {
      const bad = report();
      mutate(bad.figures[0] as unknown as Record<string, unknown>);
      expect(parsePageReport(bad), mutate.toString()).toBeUndefined();
    }
  });

  it('refuses bad offsets and counts in terms, codes and figures', () => {
    for (const bad of BAD_INDICES_NO_BIGINT) {
      for (const field of ['start', 'end', 'count'] as const) {
        const t = report();
        (t.terms[0] as unknown as Record<string, unknown>)[field] = bad;
        expect(parsePageReport(t), `term ${field}=${String(bad)}`).toBeUndefined();
        const c = report();
        (c.codes[0] as unknown as Record<string, unknown>)[field] = bad;
        expect(parsePageReport(c), `code ${field}=${String(bad)}`).toBeUndefined();
      }
      for (const field of ['start', 'end'] as const) {
        const f = report();
        (f.figures[0] as unknown as Record<string, unknown>)[field] = bad;
        expect(parsePageReport(f), `figure ${field}=${String(bad)}`).toBeUndefined();
      }
    }
  });

  // BUG (reported): the term, code and figure guards check each offset but never that
  // end > start, unlike parseContentRequest.
  it('refuses spans that end before or where they start', () => {
    for (const [start, end] of [
      [14, 14],
      [14, 10],
    ] as const) {
      const t = report();
      Object.assign(t.terms[0]!, { start, end });
      expect(parsePageReport(t), `term ${start}..${end}`).toBeUndefined();
      const c = report();
      Object.assign(c.codes[0]!, { start, end });
      expect(parsePageReport(c), `code ${start}..${end}`).toBeUndefined();
      const f = report();
      Object.assign(f.figures[0]!, { start, end });
      expect(parsePageReport(f), `figure ${start}..${end}`).toBeUndefined();
    }
  });

  it('refuses bad top-level fields, a bad article and wrong container types', () => {
    const mutations: Array<(r: Record<string, unknown>) => void> = [
      (r) => (r.type = 'reports'),
      (r) => (r.state = 'done'),
      (r) => delete r.state,
      (r) => (r.url = 42),
      (r) => (r.url = 'x'.repeat(5001)),
      (r) => (r.article = null),
      (r) => (r.article = []),
      (r) => (r.article = { isArticle: 'yes', reason: 'x', title: null }),
      (r) => (r.article = { isArticle: true, reason: 3, title: null }),
      (r) => (r.article = { isArticle: true, reason: 'x', title: 3 }),
      (r) => (r.article = { isArticle: true, reason: 'x' }),
      (r) => (r.terms = {}),
      (r) => (r.terms = 'bdbp'),
      (r) => (r.terms = [null]),
      (r) => (r.terms = [{ id: 5, count: 1, start: 0, end: 1 }]),
      (r) => (r.codes = [{ text: 'x', canonical: 'x', count: 1, start: 0, end: 1 }]), // entryId missing
      (r) => (r.codes = [{ text: 'x', canonical: 'x', count: 1, start: 0, end: 1, entryId: 7 }]),
      (r) => (r.figures = [[]]),
      (r) => (r.figures = null),
    ];
    for (const mutate of mutations) {
      const bad = report() as unknown as Record<string, unknown>;
      mutate(bad);
      expect(parsePageReport(bad), mutate.toString()).toBeUndefined();
    }
  });

  it('refuses arrays over the report limits, and huge ones without hanging', () => {
    const term = { id: 'bdbp', count: 1, start: 0, end: 4 };
    const code = { text: '18-NQ/TW', canonical: '18-NQ/TW', count: 1, start: 0, end: 8, entryId: null };
    const items = { terms: term, codes: code, figures: figure() };
    for (const key of ['terms', 'codes', 'figures'] as const) {
      const limit = REPORT_LIMITS[key];
      const atLimit = { ...report(), [key]: new Array(limit).fill(items[key]) };
      expect(parsePageReport(atLimit)?.[key].length, key).toBe(limit);
      const over = { ...report(), [key]: new Array(limit + 1).fill(items[key]) };
      expect(parsePageReport(over), key).toBeUndefined();
    }
    const sparse = { ...report(), figures: new Array(1e6) };
    expect(parsePageReport(sparse)).toBeUndefined();
  });

  it('refuses a report whose one nested field is replaced by generated junk', () => {
    // Each path names a field and the values it accepts; any other value must sink the report.
    const paths: Array<{ path: string[]; accepts: (v: unknown) => boolean }> = [
      { path: ['state'], accepts: (v) => v === 'loading' || v === 'ready' },
      { path: ['article', 'isArticle'], accepts: (v) => typeof v === 'boolean' },
      {
        path: ['terms', '0', 'count'],
        accepts: (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1e9,
      },
      {
        path: ['codes', '0', 'entryId'],
        accepts: (v) => v === null || (typeof v === 'string' && v.length <= 200),
      },
      {
        path: ['figures', '0', 'kind'],
        accepts: (v) =>
          ['count', 'ratio', 'percent', 'measure', 'money', 'date', 'period', 'ordinal'].includes(
            v as string,
          ),
      },
      {
        path: ['figures', '0', 'value'],
        accepts: (v) => v === null || (typeof v === 'number' && Number.isFinite(v)),
      },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), ({ path, accepts }, junk) => {
        const r = report() as unknown as Record<string, unknown>;
        let holder = r;
        for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
        holder[path[path.length - 1]!] = junk;
        const parsed = parsePageReport(r);
        if (accepts(junk)) expect(parsed).toBeDefined();
        else expect(parsed).toBeUndefined();
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  // BUG (reported): a report is returned as received, so keys nobody checked ride along into
  // the popup (including an own "__proto__" key from JSON). Extra keys should be refused or
  // dropped, as parseContentRequest does.
  it('passes on no unchecked keys', () => {
    const withExtra = { ...report(), injected: '<b>x</b>' };
    const parsed = parsePageReport(withExtra) as Record<string, unknown> | undefined;
    expect(parsed === undefined || !('injected' in parsed)).toBe(true);
    const nested = report();
    (nested.figures[0] as unknown as Record<string, unknown>).html = '<b>x</b>';
    const parsedNested = parsePageReport(nested);
    expect(parsedNested === undefined || !('html' in parsedNested.figures[0]!)).toBe(true);
    const polluted = JSON.parse(
      JSON.stringify(report()).replace('{', '{"__proto__":{"polluted":true},'),
    ) as unknown;
    const parsedPolluted = parsePageReport(polluted) as Record<string, unknown> | undefined;
    expect(parsedPolluted === undefined || !Object.hasOwn(parsedPolluted, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('"annotate this page anyway" and its answer', () => {
  it('accepts the request on and off, as fresh objects, and nothing else of its type', () => {
    for (const on of [true, false]) {
      const request = { type: 'annotate-anyway', on };
      const parsed = parseContentRequest(request);
      expect(parsed).toEqual(request);
      expect(parsed).not.toBe(request);
    }
    for (const bad of [
      { type: 'annotate-anyway' },
      { type: 'annotate-anyway', on: 'true' },
      { type: 'annotate-anyway', on: 1 },
      { type: 'annotate-anyway', on: true, region: 'body' },
      JSON.parse('{"type":"annotate-anyway","on":true,"__proto__":{"x":1}}') as unknown,
    ])
      expect(parseContentRequest(bad)).toBeUndefined();
  });

  it('reads the answer, and only a well-formed one', () => {
    expect(parseAnnotateAnswer({ type: 'annotated', ok: true })).toEqual({ type: 'annotated', ok: true });
    expect(parseAnnotateAnswer({ type: 'annotated', ok: false })).toEqual({ type: 'annotated', ok: false });
    expect(parseAnnotateAnswer({ type: 'annotated', ok: 'yes' })).toBeUndefined();
    expect(parseAnnotateAnswer({ type: 'revealed', ok: true })).toBeUndefined();
  });
});
