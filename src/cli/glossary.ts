/**
 * Prints the bundled glossary.
 *
 *   tsx src/cli/glossary.ts [--json] [--lang vi|en]
 *
 * --json prints an array of entries with id, terms, category, vi, en and sources.
 */

import { parseArgs, UsageError } from './cli-args.ts';
import { exitQuietlyOnBrokenPipe } from './quiet-broken-pipe.ts';
import { loadGlossary } from './load-glossary.ts';
import { formatTable, oneLine } from './format-table.ts';

const USAGE = 'usage: glossary [--json] [--lang vi|en]';

async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['--json', '--help', '-h'], ['--lang']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument: ${args.positionals[0]}`);
  const lang = args.values.get('--lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, not "${lang}"`);

  const GLOSSARY = await loadGlossary();
  if (args.flags.has('--json')) {
    const json = GLOSSARY.map((e) => ({
      id: e.id,
      terms: e.terms,
      category: e.category,
      vi: e.vi,
      en: e.en,
      sources: e.sources,
    }));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  const rows = GLOSSARY.map((e) => [e.id, e.category, oneLine(e.terms.join(' | ')), oneLine(e[lang].short)]);
  process.stdout.write(
    `${formatTable(['id', 'category', 'terms', lang === 'vi' ? 'giải thích' : 'explanation'], rows)}\n`,
  );
  process.stdout.write(`\n${GLOSSARY.length} ${lang === 'vi' ? 'mục' : 'entries'}\n`);
  return 0;
}

exitQuietlyOnBrokenPipe();
try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`glossary: ${message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
