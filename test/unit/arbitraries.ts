/**
 * Input generators shared by the property tests. They aim at the text the core really meets
 * (Vietnamese news prose with official terms, document codes and Vietnamese-style numbers)
 * and at the encodings that break naive matchers: NFD letters, no-break and zero-width
 * characters, soft hyphens and dash variants.
 */
import fc from 'fast-check';
import { GLOSSARY } from '../../src/glossary/index.ts';

/** Every seed the property suite uses, in one place, so a failure can be replayed. */
export const SEED = 20_250_610;

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // sắc huyền hỏi ngã nặng
// prettier-ignore
const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh',
  'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
];
// Nuclei written without tone; the tone mark is placed on one of their vowels below.
// prettier-ignore
const NUCLEI = [
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
  'oa', 'oe', 'uy', 'uê', 'ươ', 'iê', 'uô', 'ưa', 'ia', 'ua', 'yê', 'oă',
];
// prettier-ignore
const CODAS = ['', '', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't', 'i', 'o', 'u', 'y'];

/** One Vietnamese-looking syllable with any tone on either vowel of its nucleus (old and new placement). */
export const syllable: fc.Arbitrary<string> = fc
  .record({
    onset: fc.constantFrom(...ONSETS),
    nucleus: fc.constantFrom(...NUCLEI),
    coda: fc.constantFrom(...CODAS),
    tone: fc.constantFrom(...TONES),
    toneOnFirst: fc.boolean(),
    capital: fc.constantFrom<'none' | 'first' | 'all'>('none', 'none', 'none', 'first', 'all'),
  })
  .map(({ onset, nucleus, coda, tone, toneOnFirst, capital }) => {
    const at = toneOnFirst || nucleus.length === 1 ? 1 : 2;
    const base = onset + nucleus.slice(0, at) + tone + nucleus.slice(at) + coda;
    const word = base.normalize('NFC');
    if (capital === 'all') return word.toUpperCase();
    if (capital === 'first') return word.charAt(0).toUpperCase() + word.slice(1);
    return word;
  });

/** Every written form of every glossary entry. */
export const GLOSSARY_TERMS: readonly { id: string; term: string }[] = GLOSSARY.flatMap((entry) =>
  entry.terms.map((term) => ({ id: entry.id, term })),
);

export const glossaryTerm: fc.Arbitrary<string> = fc.constantFrom(...GLOSSARY_TERMS.map((t) => t.term));

const PARTY_TYPES = ['NQ', 'KL', 'CT', 'QĐ', 'HD', 'CV', 'QĐi', 'TB'];
const PARTY_ISSUERS = ['TW', 'TU', 'HU', 'QUTW', 'BTCTW', 'BTGTU', 'ĐU'];
const STATE_TYPES = ['NĐ', 'QĐ', 'CT', 'NQ', 'TT', 'TTr', 'BC', 'QyĐ', 'KH'];
const STATE_ISSUERS = ['CP', 'TTg', 'UBND', 'HĐND', 'UBTVQH15', 'BNV-BTC', 'QH13', 'HĐBT', 'BQP'];

/** Document codes in every form the finder knows, with the spacing and dashes pages really use. */
export const documentCode: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.constantFrom(...PARTY_TYPES),
      fc.constantFrom(...PARTY_ISSUERS),
    )
    .map(([n, type, issuer]) => `${String(n).padStart(2, '0')}-${type}/${issuer}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 1945, max: 2030 }),
      fc.constantFrom(...STATE_TYPES),
      fc.constantFrom(...STATE_ISSUERS),
    )
    .map(([n, year, type, issuer]) => `${n}/${year}/${type}-${issuer}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.constantFrom(...STATE_TYPES),
      fc.constantFrom(...STATE_ISSUERS),
    )
    .map(([n, type, issuer]) => `${n}/${type}-${issuer}`),
  // prettier-ignore
  fc.constantFrom(
    '18-NQ/TW', '07-NQ/TU', '34/2014/NĐ-CP', '01/CT-TTg', '16/HĐBT', '55/2014/QH13',
    '123/UBND-VX', '19- NQ/TW', '30/2020/NĐ–CP', '866-NQ/QUTW', '159-KL/TW',
  ),
);

/** Numbers as Vietnamese papers write them: dots for thousands, commas for decimals, ranges, dates. */
export const vietnameseNumber: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map(String),
  fc.integer({ min: 1000, max: 999_999_999 }).map((n) => n.toLocaleString('de-DE')),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${a},${b}`),
  fc
    .tuple(
      fc.integer({ min: 1, max: 31 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1900, max: 2100 }),
    )
    .map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 })).map(([a, b]) => `${a}/${b}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1990, max: 2035 }))
    .map(([a, b]) => `${a}-${b}`),
  fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  fc.constantFrom(
    '265,165 km',
    '1.200 hộ',
    '3 tỷ đồng',
    '22/23 xã',
    'XII',
    'khóa XIII',
    '2.866 km²',
    'năm 2025',
  ),
);

// prettier-ignore
const WORDS = [
  'hộ', 'xã', 'bản', 'người', 'km', 'ha', 'triệu đồng', 'tỷ đồng', 'nghìn', 'đảng viên', 'trên',
  'gần', 'hơn', 'khoảng', 'đạt', 'tăng', 'giảm', 'lần thứ', 'ngày', 'tháng', 'năm', 'giai đoạn',
  'Mốc', 'Sư đoàn', 'Thứ', 'thứ', 'quý', 'hòa', 'hoà', 'thủy', 'thuỷ', 'quý', 'Ủy', 'Uỷ', 'ủy', 'uỷ',
];

/** Separators, including the invisible and look-alike characters normalization must absorb. */
// prettier-ignore
export const SEPARATORS = [
  ' ', ' ', ' ', ' ', '\u00a0', '\n', '\n\n', '\r\n', '\t', ', ', '. ', '; ', ': ', ' – ', ' — ',
  '-', '/', '(', ')', '“', '”', '"', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
  '\u2028', '\u3000', '…', '!', '?',
];

export const separator: fc.Arbitrary<string> = fc.constantFrom(...SEPARATORS);

/** One piece of Vietnamese-heavy text. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: syllable, weight: 8 },
  { arbitrary: glossaryTerm, weight: 3 },
  { arbitrary: documentCode, weight: 2 },
  { arbitrary: vietnameseNumber, weight: 3 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 3 },
);

/** How a generated text is finally encoded: as written, fully decomposed, or partly decomposed. */
function encode(text: string, form: 'as-is' | 'nfd' | 'mixed', flips: readonly boolean[]): string {
  if (form === 'as-is') return text;
  if (form === 'nfd') return text.normalize('NFD');
  // Decompose some words only, as a page pasted together from several editors would.
  return text
    .split(' ')
    .map((word, i) => (flips[i % Math.max(1, flips.length)] ? word.normalize('NFD') : word))
    .join(' ');
}

/** Vietnamese-heavy text: syllables, terms, codes and numbers joined by (sometimes invisible) separators. */
export function vietnameseText(maxPieces = 60): fc.Arbitrary<string> {
  return fc
    .record({
      parts: fc.array(fc.tuple(piece, separator), { maxLength: maxPieces }),
      form: fc.constantFrom<'as-is' | 'nfd' | 'mixed'>('as-is', 'as-is', 'nfd', 'mixed'),
      flips: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
    })
    .map(({ parts, form, flips }) => encode(parts.map(([p, s]) => p + s).join(''), form, flips));
}

/** Text of nothing but digits and punctuation (the figure finder's and code finder's worst diet). */
export const digitsAndPunctuation: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...'0123456789.,/-–%:;()+ \u00a0'.split('')), { maxLength: 300 })
  .map((chars) => chars.join(''));

/** Random Unicode: whole graphemes, or any code units at all (lone surrogates included). */
export const randomUnicode: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 100 }),
);

/** Every kind of input the core must survive. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: vietnameseText(), weight: 4 },
  { arbitrary: randomUnicode, weight: 3 },
  { arbitrary: digitsAndPunctuation, weight: 2 },
);

/**
 * A long article (~`size` UTF-16 units) built deterministically from a seed, so that the
 * expensive inputs are few and the same on every run.
 */
export function longText(size: number, seed: number): string {
  const chunks = fc.sample(vietnameseText(40), { numRuns: 200, seed });
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${chunks[i % chunks.length] ?? ''}\n\n`;
  return out.slice(0, size);
}

/** Invisible characters a page may leave inside a word. */
export const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'] as const;
