/**
 * Command-line analyzer: says whether a file is an article (with the extension's own
 * detection) and prints the glossary terms, document codes and key figures found in it.
 *
 *   tsx src/cli/analyze.ts FILE [--json] [--lang vi|en]
 *
 * FILE is HTML (parsed without running or fetching anything; the detected article's text is
 * analysed) or plain UTF-8 text (analysed whole). Offsets index the analysed text. The work
 * is in run-analyze.ts; this file only connects it to the process.
 */

import { exitQuietlyOnBrokenPipe } from './quiet-broken-pipe.ts';
import { runAnalyze } from './run-analyze.ts';

exitQuietlyOnBrokenPipe();
process.exitCode = await runAnalyze(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
