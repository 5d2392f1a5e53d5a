/**
 * Core benchmark: how long normalization, term matching and code finding take, and how the
 * time grows with the text's size and the glossary's size. Prints figures only. run.ts calls
 * runCoreBench for the whole report; it also runs alone:
 *
 *   npx tsx test/bench/core-bench.ts
 */

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzeText } from '../../src/core/analyze-text.ts';
import { findDocumentCodes } from '../../src/core/doc-codes.ts';
import type { GlossaryEntry } from '../../src/core/glossary-schema.ts';
import { normalizeWithMap } from '../../src/core/normalize.ts';
import { buildTermMatcher } from '../../src/core/term-matcher.ts';

// The fixture copy: nothing reads outside the repository.
const SEED_PATH = new URL('../fixtures/site/seed-article.txt', import.meta.url);
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
    // src/glossary/index.ts needs Vite's import.meta.glob; under tsx the CLI's loader reads the same files.
    const { loadGlossarySync } = await import('../../src/cli/load-glossary.ts');
    const real = loadGlossarySync();
    if (real.length > 0) return { glossary: real, real: true };
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
    level: 'name',
    checked: '2026-12-01',
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

/** One measured line: a task over a text, its median time and the rate per MB. */
export interface CoreRow {
  label: string;
  megabytes: number;
  ms: number;
  msPerMB: number;
}

export interface CoreBenchResult {
  glossary: { entries: number; writtenForms: number; standIn: boolean };
  matcherBuildMs: number;
  seed: CoreRow[];
  generated: CoreRow[];
  termsInGeneratedMB: number;
  growthWithText: CoreRow[];
  growthWithGlossary: CoreRow[];
}

function measure(label: string, ms: number, text: string): CoreRow {
  const mb = megabytes(text);
  return { label, megabytes: mb, ms, msPerMB: ms / mb };
}

function line(row: CoreRow): string {
  return `${row.label.padEnd(34)} ${row.megabytes.toFixed(3).padStart(7)} MB  ${row.ms.toFixed(2).padStart(9)} ms  ${row.msPerMB.toFixed(1).padStart(8)} ms/MB`;
}

/** Runs every core measurement, printing each line through `log` as it is measured. */
export async function runCoreBench(log: (text: string) => void = console.log): Promise<CoreBenchResult> {
  const seed = readFileSync(SEED_PATH, 'utf8');
  const { glossary, real } = await loadGlossary();
  const termCount = glossary.reduce((n, e) => n + e.terms.length, 0);
  log(
    `Glossary: ${glossary.length} entries, ${termCount} written forms${real ? '' : ' (stand-in: the glossary could not be loaded)'}`,
  );

  const matcherBuildMs = time(5, () => buildTermMatcher(glossary));
  log(`Matcher build: ${matcherBuildMs.toFixed(2)} ms\n`);
  const matcher = buildTermMatcher(glossary);

  const tasks = (text: string, runs: number): CoreRow[] => [
    measure(
      '  normalize',
      time(runs, () => normalizeWithMap(text)),
      text,
    ),
    measure(
      '  terms (find)',
      time(runs, () => matcher.find(text)),
      text,
    ),
    measure(
      '  codes',
      time(runs, () => findDocumentCodes(text)),
      text,
    ),
    measure(
      '  analyzeText (all)',
      time(runs, () => analyzeText(text, matcher)),
      text,
    ),
  ];

  log('Seed article (median of 20 runs)');
  const seedRows = tasks(seed, 20);
  seedRows.forEach((row) => log(line(row)));

  const big = generateText(seed, MB);
  log('\nGenerated text, shuffled seed sentences (median of 5 runs)');
  const generatedRows = tasks(big, 5);
  generatedRows.forEach((row) => log(line(row)));
  const termsInGeneratedMB = analyzeText(big, matcher).terms.length;
  log(`  matches in 1 MB: ${termsInGeneratedMB} terms`);

  log('\nGrowth with text size (analyzeText, full glossary, median of 3 runs)');
  const growthWithText: CoreRow[] = [];
  for (const size of [0.25, 0.5, 1, 2]) {
    const text = generateText(seed, size * MB);
    const row = measure(
      `  ${size} MB`,
      time(3, () => analyzeText(text, matcher)),
      text,
    );
    growthWithText.push(row);
    log(line(row));
  }

  log('\nGrowth with glossary size (terms only, 1 MB text, median of 3 runs)');
  const variants: Array<[string, readonly GlossaryEntry[]]> = [
    ['25% of entries', glossary.slice(0, Math.ceil(glossary.length / 4))],
    ['50% of entries', glossary.slice(0, Math.ceil(glossary.length / 2))],
    ['100% of entries', glossary],
    ['synthetic 10× glossary', tenfold(glossary)],
  ];
  const growthWithGlossary: CoreRow[] = [];
  for (const [label, entries] of variants) {
    const m = buildTermMatcher(entries);
    const row = measure(
      `  ${label} (${entries.length})`,
      time(3, () => m.find(big)),
      big,
    );
    growthWithGlossary.push(row);
    log(line(row));
  }

  return {
    glossary: { entries: glossary.length, writtenForms: termCount, standIn: !real },
    matcherBuildMs,
    seed: seedRows,
    generated: generatedRows,
    termsInGeneratedMB,
    growthWithText,
    growthWithGlossary,
  };
}

// Run alone (`npx tsx test/bench/core-bench.ts`), not when imported by run.ts.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runCoreBench();
}
