/**
 * Core benchmark: how long normalization, term matching and code finding take, and how the
 * time grows with the text's size and the glossary's size. Prints figures only.
 *
 *   npx tsx test/bench/core-bench.ts
 */

import { readFileSync } from 'node:fs';
import { analyzeText } from '../../src/core/analyze-text.ts';
import { findDocumentCodes } from '../../src/core/doc-codes.ts';
import type { GlossaryEntry } from '../../src/core/glossary-types.ts';
import { normalizeWithMap } from '../../src/core/normalize.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';

const SEED_PATH = '/work/shared/seed-article.txt';
const MB = 1024 * 1024;

/** Words of the seed article's kind, used only when the real glossary is not there yet. */
const STAND_IN_TERMS = [
  'BĐBP',
  'Bộ đội Biên phòng',
  'Bộ Chỉ huy BĐBP tỉnh',
  'Bộ Tư lệnh BĐBP',
  'Đại tá',
  'Chính ủy',
  'Đảng ủy',
  'Tỉnh ủy',
  'Huyện ủy',
  'UBND',
  'HĐND',
  'MTTQ',
  'cấp ủy',
  'chi bộ',
  'đảng viên',
  'quần chúng ưu tú',
  'Bí thư',
  'Phó Bí thư',
  'hệ thống chính trị cơ sở',
  'thế trận lòng dân',
  'thế trận biên phòng toàn dân',
  'nền biên phòng toàn dân',
  'Ngày Biên phòng toàn dân',
  'Đồn Biên phòng Pa Vệ Sủ',
  'Pa Vệ Sủ',
  'Mường Tè',
  'P.V',
  'BLC',
  'xã biên giới',
  'tổ chức chính trị xã hội',
  'công tác biên phòng',
  'ngoại giao Nhân dân',
];

async function loadGlossary(): Promise<{ glossary: readonly GlossaryEntry[]; real: boolean }> {
  try {
    const module = (await import('../../src/glossary/index.ts')) as { GLOSSARY?: readonly GlossaryEntry[] };
    if (module.GLOSSARY !== undefined && module.GLOSSARY.length > 0)
      return { glossary: module.GLOSSARY, real: true };
  } catch {
    // Not written yet: fall through to the stand-in.
  }
  const glossary = STAND_IN_TERMS.map((term, i): GlossaryEntry => ({
    id: `stand-in-${i}`,
    terms: [term],
    category: 'campaign-concept',
    vi: { short: term, long: term },
    en: { short: term, long: term },
    sources: [],
    verified: false,
  }));
  return { glossary, real: false };
}

/** Deterministic pseudo-random numbers (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `bytes` of UTF-8 text made of the seed's sentences in shuffled order, in paragraphs. */
function generateText(seed: string, bytes: number): string {
  const sentences = seed.split(/(?<=[.!?:;])\s+|\n+/).filter((s) => s.trim().length > 0);
  const next = random(42);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const sentence = sentences[Math.floor(next() * sentences.length)] ?? '';
    const piece = next() < 0.15 ? `${sentence}\n\n` : `${sentence} `;
    parts.push(piece);
    size += Buffer.byteLength(piece, 'utf8');
  }
  return parts.join('');
}

/** A glossary ten times larger: each entry plus nine variants that share its prefixes. */
function tenfold(glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const out: GlossaryEntry[] = [...glossary];
  for (let k = 1; k < 10; k++) {
    for (const entry of glossary) {
      out.push({
        ...entry,
        id: `${entry.id}-synthetic-${k}`,
        terms: entry.terms.map((t) => `${t} mẫu ${k}`),
      });
    }
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Median wall time of `runs` calls, after one warm-up call. */
function time(runs: number, fn: () => unknown): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / MB;
}

function row(label: string, ms: number, text: string): string {
  const mb = megabytes(text);
  return `${label.padEnd(34)} ${mb.toFixed(3).padStart(7)} MB  ${ms.toFixed(2).padStart(9)} ms  ${(ms / mb).toFixed(1).padStart(8)} ms/MB`;
}

async function main(): Promise<void> {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const { glossary, real } = await loadGlossary();
  const termCount = glossary.reduce((n, e) => n + e.terms.length, 0);
  console.log(
    `Glossary: ${glossary.length} entries, ${termCount} written forms${real ? '' : ' (stand-in: src/glossary/index.ts not available)'}`,
  );

  const buildMs = time(5, () => buildTermMatcher(glossary));
  console.log(`Matcher build: ${buildMs.toFixed(2)} ms\n`);
  const matcher = buildTermMatcher(glossary);

  console.log('Seed article (median of 20 runs)');
  console.log(
    row(
      '  normalize',
      time(20, () => normalizeWithMap(seed)),
      seed,
    ),
  );
  console.log(
    row(
      '  terms (find)',
      time(20, () => matcher.find(seed)),
      seed,
    ),
  );
  console.log(
    row(
      '  codes',
      time(20, () => findDocumentCodes(seed)),
      seed,
    ),
  );
  console.log(
    row(
      '  analyzeText (all)',
      time(20, () => analyzeText(seed, matcher, glossary)),
      seed,
    ),
  );

  const big = generateText(seed, MB);
  console.log('\nGenerated text, shuffled seed sentences (median of 5 runs)');
  console.log(
    row(
      '  normalize',
      time(5, () => normalizeWithMap(big)),
      big,
    ),
  );
  console.log(
    row(
      '  terms (find)',
      time(5, () => matcher.find(big)),
      big,
    ),
  );
  console.log(
    row(
      '  codes',
      time(5, () => findDocumentCodes(big)),
      big,
    ),
  );
  console.log(
    row(
      '  analyzeText (all)',
      time(5, () => analyzeText(big, matcher, glossary)),
      big,
    ),
  );
  console.log(`  matches in 1 MB: ${analyzeText(big, matcher, glossary).terms.length} terms`);

  console.log('\nGrowth with text size (analyzeText, full glossary, median of 3 runs)');
  for (const size of [0.25, 0.5, 1, 2]) {
    const text = generateText(seed, size * MB);
    console.log(
      row(
        `  ${size} MB`,
        time(3, () => analyzeText(text, matcher, glossary)),
        text,
      ),
    );
  }

  console.log('\nGrowth with glossary size (terms only, 1 MB text, median of 3 runs)');
  const variants: Array<[string, readonly GlossaryEntry[]]> = [
    ['25% of entries', glossary.slice(0, Math.ceil(glossary.length / 4))],
    ['50% of entries', glossary.slice(0, Math.ceil(glossary.length / 2))],
    ['100% of entries', glossary],
    ['synthetic 10× glossary', tenfold(glossary)],
  ];
  for (const [label, entries] of variants) {
    const m = buildTermMatcher(entries);
    console.log(
      row(
        `  ${label} (${entries.length})`,
        time(3, () => m.find(big)),
        big,
      ),
    );
  }
}

void main();
