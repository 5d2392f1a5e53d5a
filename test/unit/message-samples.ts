/** Samples shared by the message tests: parsers, junk values, a valid figure and report. */
import type { Figure } from '../../src/core/analysis-types.ts';
import {
  parseAnnotateAnswer,
  parseBackgroundRequest,
  parseContentRequest,
  parsePageReport,
  parseRevealAnswer,
} from '../../src/messages/protocol.ts';
import type { PageReport } from '../../src/messages/protocol.ts';

export const PARSERS = {
  parseContentRequest,
  parseBackgroundRequest,
  parsePageReport,
  parseRevealAnswer,
  parseAnnotateAnswer,
};

/** Values no field of any message accepts as an offset or count. */
export const BAD_INDICES: unknown[] = [
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
export const BAD_INDICES_NO_BIGINT = BAD_INDICES.filter((v) => typeof v !== 'bigint');

/** Junk every parser must refuse, whatever it expects. */
export const JUNK: unknown[] = [
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

export function figure(overrides: Partial<Figure> = {}): Figure {
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

export function report(): PageReport {
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
export function overTheWire<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
