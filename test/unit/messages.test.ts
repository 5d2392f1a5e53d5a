/**
 * The message parsers are the extension's border: a content script shares its page with
 * hostile code, so every parser must refuse junk and accept exactly the messages it defines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseAnnotateAnswer,
  parseBackgroundRequest,
  parseContentRequest,
  parseRevealAnswer,
} from '../../src/messages/protocol.ts';
import { BAD_INDICES, JUNK, PARSERS } from './message-samples.ts';
import { SEED } from './arbitraries.ts';

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
    expect(parseBackgroundRequest({ type: 'page-status', isArticle: true })).toBeUndefined();
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
