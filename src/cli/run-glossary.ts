/**
 * The glossary printer as a function, so tests can run it in-process (see run-analyze.ts for
 * the same pattern): it writes through `io` and returns the exit status.
 */

import { parseArgs, UsageError } from './cli-args.ts';
import type { CliIo } from './cli-io.ts';
import { formatTable, oneLine } from './format-table.ts';
import { loadGlossary } from './load-glossary.ts';

export const GLOSSARY_USAGE = 'usage: glossary [--json] [--lang vi|en]';

export async function runGlossary(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await printGlossary(argv, io);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    io.stderr(`glossary: ${message}\n${error instanceof UsageError ? `${GLOSSARY_USAGE}\n` : ''}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

async function printGlossary(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['--json', '--help', '-h'], ['--lang']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout(`${GLOSSARY_USAGE}\n`);
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument: ${args.positionals[0]}`);
  const lang = args.values.get('--lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, not "${lang}"`);

  const glossary = await loadGlossary();
  if (args.flags.has('--json')) {
    const json = glossary.map((e) => ({
      id: e.id,
      terms: e.terms,
      category: e.category,
      vi: e.vi,
      en: e.en,
      sources: e.sources,
    }));
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const rows = glossary.map((e) => [e.id, e.category, oneLine(e.terms.join(' | ')), oneLine(e[lang].short)]);
  io.stdout(
    `${formatTable(['id', 'category', 'terms', lang === 'vi' ? 'giải thích' : 'explanation'], rows)}\n`,
  );
  io.stdout(`\n${glossary.length} ${lang === 'vi' ? 'mục' : 'entries'}\n`);
  return 0;
}
