/**
 * Command-line analyzer: prints the glossary terms and document codes found in a file.
 *
 *   tsx src/cli/analyze.ts FILE [--json] [--lang vi|en]
 *
 * FILE is HTML (the text of its body is analysed) or plain UTF-8 text. Offsets index the
 * analysed text. Problems are reported as one line on stderr with a non-zero exit status:
 * 2 for a usage error, 1 for an unreadable input.
 */

import { analyzeText } from '../core/analyze-text.ts';
import { explainCode } from '../core/doc-codes.ts';
import type { GlossaryEntry } from '../core/glossary-types.ts';
import { buildTermMatcher } from '../core/term-matcher.ts';
import { parseArgs, UsageError } from './cli-args.ts';
import { exitQuietlyOnBrokenPipe } from './quiet-broken-pipe.ts';
import { GlossaryLoadError, loadGlossary } from './load-glossary.ts';
import { formatTable, oneLine } from './format-table.ts';
import { InputError, readInputText } from './read-input.ts';

const USAGE = 'usage: analyze FILE [--json] [--lang vi|en]';

async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['--json', '--help', '-h'], ['--lang']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const lang = args.values.get('--lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, not "${lang}"`);
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? 'missing FILE' : 'expected exactly one FILE');
  }
  const input = readInputText(args.positionals[0] ?? '');
  const GLOSSARY = await loadGlossary();

  const byId = new Map<string, GlossaryEntry>(GLOSSARY.map((entry) => [entry.id, entry]));
  const { terms, codes } = analyzeText(input.text, buildTermMatcher(GLOSSARY), GLOSSARY);

  if (args.flags.has('--json')) {
    const json = {
      terms: terms.map((t) => ({
        id: t.id,
        text: t.text,
        start: t.start,
        end: t.end,
        category: byId.get(t.id)?.category ?? null,
      })),
      codes: codes.map((c) => ({
        text: c.text,
        start: c.start,
        end: c.end,
        type: c.decoded.type,
        issuer: c.decoded.issuer,
        known: c.entryId !== undefined,
      })),
    };
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }

  const out: string[] = [];
  out.push(lang === 'vi' ? `Thuật ngữ (${terms.length})` : `Terms (${terms.length})`);
  if (terms.length > 0) {
    out.push(
      formatTable(
        [
          'id',
          lang === 'vi' ? 'như viết' : 'as written',
          lang === 'vi' ? 'vị trí' : 'offsets',
          lang === 'vi' ? 'giải thích' : 'explanation',
        ],
        terms.map((t) => {
          const entry = byId.get(t.id);
          return [t.id, oneLine(t.text), `${t.start}-${t.end}`, oneLine(entry?.[lang].short ?? '')];
        }),
      ),
    );
  }
  out.push('');
  out.push(lang === 'vi' ? `Số hiệu văn bản (${codes.length})` : `Document codes (${codes.length})`);
  if (codes.length > 0) {
    out.push(
      formatTable(
        [
          lang === 'vi' ? 'như viết' : 'as written',
          lang === 'vi' ? 'vị trí' : 'offsets',
          'id',
          lang === 'vi' ? 'giải thích' : 'explanation',
        ],
        codes.map((c) => [
          oneLine(c.text),
          `${c.start}-${c.end}`,
          c.entryId ?? '-',
          explainCode(c.decoded, lang),
        ]),
      ),
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

async function main(): Promise<void> {
  exitQuietlyOnBrokenPipe();
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`analyze: ${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else if (error instanceof InputError || error instanceof GlossaryLoadError) {
      process.stderr.write(`analyze: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(
        `analyze: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    }
  }
}

void main();
