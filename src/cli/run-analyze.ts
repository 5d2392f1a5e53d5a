/**
 * The command-line analyzer as a function, so tests can run it in-process: it writes through
 * `io` and returns the exit status instead of touching the process. Problems are one line on
 * stderr: status 2 for a usage error, 1 for an unreadable input or a broken glossary.
 */

import { analyzeText, learnArticleAbbreviations } from '../core/analyze-text.ts';
import { formFilter } from '../core/article-marking.ts';
import { MARK_LEVELS, type MarkLevel } from '../core/mark-levels.ts';
import { extractFigures } from '../core/figures/extract-figures.ts';
import { CATEGORIES, type GlossaryEntry } from '../core/glossary-schema.ts';
import { DEFAULT_SETTINGS } from '../core/settings.ts';
import { buildTermMatcher } from '../core/term-matcher.ts';
import { analysisJson, type FileAnalysis } from './analysis-json.ts';
import { parseArgs, UsageError } from './cli-args.ts';
import type { CliIo } from './cli-io.ts';
import { formatReport } from './format-report.ts';
import { GlossaryLoadError, loadGlossary } from './load-glossary.ts';
import { readArticle } from './read-article.ts';
import { InputError, readInputText } from './read-input.ts';

export const USAGE = `usage: analyze FILE [--json] [--lang vi|en] [--mark ${MARK_LEVELS.join('|')}]`;

export async function runAnalyze(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await analyze(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`analyze: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof GlossaryLoadError) {
      io.stderr(`analyze: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    io.stderr(`analyze: unexpected error: ${message}\n`);
    return 1;
  }
}

async function analyze(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['--json', '--help', '-h'], ['--lang', '--mark']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const lang = args.values.get('--lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new UsageError(`--lang must be vi or en, not "${lang}"`);
  // How much to mark, as the extension's setting; by default what the extension marks by default.
  const level = args.values.get('--mark') ?? DEFAULT_SETTINGS.markLevel;
  if (!MARK_LEVELS.includes(level as MarkLevel)) {
    throw new UsageError(`--mark must be abbreviations, names or everything, not "${level}"`);
  }
  if (args.positionals.length !== 1) {
    throw new UsageError(args.positionals.length === 0 ? 'missing FILE' : 'expected exactly one FILE');
  }
  const input = readInputText(args.positionals[0] ?? '');
  const reading = await readArticle(input);

  // A page that is not an article is not analysed at all, as in the extension.
  let glossary: readonly GlossaryEntry[] = [];
  const analysis: FileAnalysis = { ...reading, terms: [], codes: [], defined: [], figures: [] };
  if (reading.article.isArticle) {
    glossary = await loadGlossary();
    const finder = buildTermMatcher(glossary);
    const allow = formFilter({
      firstOnly: false,
      categories: new Set(CATEGORIES),
      level: level as MarkLevel,
    });
    const found = analyzeText(reading.text, finder, allow, learnArticleAbbreviations(reading.text, finder));
    analysis.terms = found.terms;
    analysis.codes = found.codes;
    analysis.defined = found.defined;
    analysis.figures = extractFigures(reading.text);
  }
  const byId = new Map<string, GlossaryEntry>(glossary.map((entry) => [entry.id, entry]));

  if (args.flags.has('--json')) {
    io.stdout(`${JSON.stringify(analysisJson(analysis, byId, lang), null, 2)}\n`);
  } else {
    io.stdout(formatReport(lang, analysis, byId));
  }
  return 0;
}
