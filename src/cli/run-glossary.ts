/**
 * The glossary printer as a function, so tests can run it in-process (see run-analyze.ts for
 * the same pattern): it writes through `io` and returns the exit status.
 */

import type { GlossaryEntry } from '../core/glossary-schema.ts';
import { parseArgs, UsageError } from './cli-args.ts';
import type { CliIo } from './cli-io.ts';
import { formatTable, oneLine } from './format-table.ts';
import { loadGlossary } from './load-glossary.ts';
import { isoToday, staleEntries } from './stale-entries.ts';

export const GLOSSARY_USAGE = 'usage: glossary [--json] [--lang vi|en] [--stale DAYS]';

export interface GlossaryOptions {
  /** The day --stale counts from (ISO date); the real today when omitted. */
  readonly today?: string;
}

export async function runGlossary(
  argv: readonly string[],
  io: CliIo,
  options: GlossaryOptions = {},
): Promise<number> {
  try {
    return await printGlossary(argv, io, options);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    io.stderr(`glossary: ${message}\n${error instanceof UsageError ? `${GLOSSARY_USAGE}\n` : ''}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`--stale needs a whole number of days, not "${value}"`);
  return Number(value);
}

function asJson(e: GlossaryEntry): Record<string, unknown> {
  return {
    id: e.id,
    terms: e.terms,
    category: e.category,
    level: e.level,
    vi: e.vi,
    en: e.en,
    note: e.note ?? null,
    sources: e.sources,
    verified: e.verified,
    checked: e.checked,
  };
}

async function printGlossary(argv: readonly string[], io: CliIo, options: GlossaryOptions): Promise<number> {
  const args = parseArgs(argv, ['--json', '--help', '-h'], ['--lang', '--stale']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout(`${GLOSSARY_USAGE}\n`);
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument: ${args.positionals[0]}`);
  const lang = args.values.get('--lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, not "${lang}"`);
  const maxAge = parseDays(args.values.get('--stale'));

  const glossary = await loadGlossary();
  if (maxAge !== undefined)
    return printStale(glossary, maxAge, options.today ?? isoToday(), args.flags.has('--json'), io);
  if (args.flags.has('--json')) {
    io.stdout(`${JSON.stringify(glossary.map(asJson), null, 2)}\n`);
    return 0;
  }
  const rows = glossary.map((e) => [e.id, e.category, oneLine(e.terms.join(' | ')), oneLine(e[lang].short)]);
  io.stdout(
    `${formatTable(['id', 'category', 'terms', lang === 'vi' ? 'giải thích' : 'explanation'], rows)}\n`,
  );
  io.stdout(`\n${glossary.length} ${lang === 'vi' ? 'mục' : 'entries'}\n`);
  return 0;
}

function printStale(
  glossary: readonly GlossaryEntry[],
  maxAge: number,
  today: string,
  json: boolean,
  io: CliIo,
): number {
  const stale = staleEntries(glossary, maxAge, today);
  if (json) {
    io.stdout(
      `${JSON.stringify(
        stale.map((s) => ({ ...asJson(s.entry), age: s.age })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (stale.length === 0) {
    io.stdout(`No entry was last checked more than ${maxAge} days before ${today}.\n`);
    return 0;
  }
  const rows = stale.map((s) => [
    s.entry.id,
    s.entry.checked,
    String(s.age),
    oneLine(s.entry.terms[0] ?? ''),
  ]);
  io.stdout(`${formatTable(['id', 'checked', 'days', 'headword'], rows)}\n`);
  io.stdout(
    `\n${stale.length} of ${glossary.length} entries last checked more than ${maxAge} days before ${today}\n`,
  );
  return 0;
}
