/** The page's report as the popup and the panel receive it: what it accepts and what it refuses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePageReport, REPORT_LIMITS } from '../../src/messages/protocol.ts';
import { BAD_INDICES_NO_BIGINT, figure, overTheWire, report } from './message-samples.ts';
import { SEED } from './arbitraries.ts';

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
