import { describe, expect, it } from 'vitest';
import { parseInView, parsePendingExplain } from '../../src/messages/panel-messages.ts';
import { parseContentRequest } from '../../src/messages/protocol.ts';

describe('parseInView', () => {
  it('accepts a span of text offsets, as a fresh object', () => {
    const message = { type: 'in-view', start: 10, end: 400 };
    expect(parseInView(message)).toEqual(message);
    expect(parseInView(message)).not.toBe(message);
  });

  it('refuses junk, extra keys and backwards spans', () => {
    for (const junk of [
      null,
      'in-view',
      { type: 'in-view', start: 5, end: 4 },
      { type: 'in-view', start: -1, end: 4 },
      { type: 'in-view', start: 0.5, end: 4 },
      { type: 'in-view', start: 0, end: '4' },
      { type: 'in-view', start: 0, end: 4, html: '<b>' },
      { type: 'report', start: 0, end: 4 },
    ])
      expect(parseInView(junk), JSON.stringify(junk)).toBeUndefined();
  });
});

describe('parsePendingExplain', () => {
  it('accepts a selection and its time', () => {
    expect(parsePendingExplain({ text: 'BĐBP tỉnh', at: 5 })).toEqual({ text: 'BĐBP tỉnh', at: 5 });
  });

  it('refuses an empty or oversized selection, a bad time and extra keys', () => {
    expect(parsePendingExplain({ text: '  ', at: 5 })).toBeUndefined();
    expect(parsePendingExplain({ text: 'x'.repeat(20_001), at: 5 })).toBeUndefined();
    expect(parsePendingExplain({ text: 'x', at: Number.NaN })).toBeUndefined();
    expect(parsePendingExplain({ text: 'x', at: 5, tab: 1 })).toBeUndefined();
    expect(parsePendingExplain([])).toBeUndefined();
  });
});

describe('the watch-view request', () => {
  it('is accepted alone and refused with anything added', () => {
    expect(parseContentRequest({ type: 'watch-view' })).toEqual({ type: 'watch-view' });
    expect(parseContentRequest({ type: 'watch-view', every: 1 })).toBeUndefined();
  });
});
