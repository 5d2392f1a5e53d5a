/**
 * Units as written in a figure ("tỷ đồng", "tạ/ha", "triệu đồng/người/năm"): without their
 * scale words, for printing a value that is already scaled, and in English words, for a
 * reader of the popup in English.
 */

import { multiplierWords } from './report-words.ts';
import { phraseKey, syllableKey } from './syllable-key.ts';

/** "2,5 triệu đồng" has the value 2 500 000 and the unit "đồng": the scale is in the value. */
export function unitWithoutScale(unit: string): string {
  const words = unit.trim().split(/\s+/);
  let first = 0;
  while (first < words.length && multiplierWords().has(syllableKey(words[first] ?? ''))) first += 1;
  return words.slice(first).join(' ');
}

const SCALES_EN: Readonly<Record<string, string>> = {
  nghìn: 'thousand',
  ngàn: 'thousand',
  vạn: 'ten thousand',
  triệu: 'million',
  tỷ: 'billion',
  tỉ: 'billion',
  'nghìn tỷ': 'trillion',
  'ngàn tỷ': 'trillion',
};

const UNITS_EN: Readonly<Record<string, string>> = {
  '%': 'percent',
  'phần trăm': 'percent',
  đồng: 'đồng',
  vnđ: 'đồng',
  vnd: 'đồng',
  đ: 'đồng',
  usd: 'US dollars',
  'đô la': 'US dollars',
  euro: 'euros',
  eur: 'euros',
  kíp: 'kip',
  'nhân dân tệ': 'yuan',
  km: 'kilometres',
  'cây số': 'kilometres',
  m: 'metres',
  mét: 'metres',
  cm: 'centimetres',
  mm: 'millimetres',
  ha: 'hectares',
  hécta: 'hectares',
  hecta: 'hectares',
  'héc-ta': 'hectares',
  sào: 'sào (360 m²)',
  m2: 'square metres',
  'm²': 'square metres',
  'mét vuông': 'square metres',
  km2: 'square kilometres',
  'km²': 'square kilometres',
  m3: 'cubic metres',
  'm³': 'cubic metres',
  'mét khối': 'cubic metres',
  kg: 'kilograms',
  g: 'grams',
  tấn: 'tonnes',
  tạ: 'quintals (100 kg)',
  yến: 'yến (10 kg)',
  lít: 'litres',
  ml: 'millilitres',
  mw: 'megawatts',
  kw: 'kilowatts',
  kwh: 'kilowatt-hours',
  mwh: 'megawatt-hours',
  gwh: 'gigawatt-hours',
  kv: 'kilovolts',
  '°c': 'degrees Celsius',
  'độ c': 'degrees Celsius',
};

const PER_EN: Readonly<Record<string, string>> = {
  người: 'person',
  năm: 'year',
  tháng: 'month',
  ngày: 'day',
  'ngày đêm': 'day',
  giờ: 'hour',
  h: 'hour',
  hộ: 'household',
  ha: 'hectare',
  'lao động': 'worker',
  'nhân khẩu': 'person',
  'học sinh': 'pupil',
  con: 'head',
  km: 'kilometre',
  kg: 'kilogram',
  tấn: 'tonne',
};

function lookup(table: Readonly<Record<string, string>>, phrase: string): string | undefined {
  const key = phraseKey(phrase);
  for (const [written, english] of Object.entries(table)) if (phraseKey(written) === key) return english;
  return undefined;
}

/** "tỷ đồng" → "billion đồng", "tạ/ha" → "quintals (100 kg) per hectare"; undefined if unknown. */
export function englishUnit(unit: string): string | undefined {
  const [head = '', ...per] = unit.trim().split('/');
  const words = head
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const scales: string[] = [];
  let first = 0;
  while (first < words.length) {
    const two =
      first + 1 < words.length ? lookup(SCALES_EN, `${words[first]} ${words[first + 1]}`) : undefined;
    if (two !== undefined) {
      scales.push(two);
      first += 2;
      continue;
    }
    const one = lookup(SCALES_EN, words[first] ?? '');
    if (one === undefined) break;
    scales.push(one);
    first += 1;
  }
  const rest = words.slice(first).join(' ');
  const base = rest.length > 0 ? lookup(UNITS_EN, rest) : '';
  if (base === undefined) return undefined;
  const pers = per.map((word) => lookup(PER_EN, word.replace(/[²³]$/, '')));
  if (pers.some((word) => word === undefined)) return undefined;
  const english = [...scales, base].filter((part) => part.length > 0).join(' ');
  return [english, ...pers.map((word) => `per ${word ?? ''}`)].join(' ').trim() || undefined;
}
