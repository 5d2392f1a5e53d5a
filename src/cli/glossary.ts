/**
 * Prints the bundled glossary.
 *
 *   tsx src/cli/glossary.ts [--json] [--lang vi|en] [--stale DAYS]
 *
 * --json prints an array of entries with id, terms, category, level, vi, en, note, sources,
 * verified and checked. --stale DAYS lists the entries last checked more than DAYS days ago.
 * The work is in run-glossary.ts; this file only connects it to the process.
 */

import { exitQuietlyOnBrokenPipe } from './quiet-broken-pipe.ts';
import { runGlossary } from './run-glossary.ts';

exitQuietlyOnBrokenPipe();
process.exitCode = await runGlossary(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
