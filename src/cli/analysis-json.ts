/**
 * The analyzer's --json output. `terms` and `codes` keep the shape scripts already read;
 * `figures` are exactly what the figure extractor returns. Offsets of all three index the
 * analysed text (the article text for HTML, the whole file for plain text), given as
 * `article.text` so that a reader of the JSON sees what was read. `--lang` changes only each
 * code's `explanation`, the sentence a reader is shown.
 */

import type { CodeMatch, DefinedMatch, Figure, TermMatch } from '../core/analysis-types.ts';
import type { Category, GlossaryEntry } from '../core/glossary-schema.ts';
import { explainCode } from '../i18n/explain-code.ts';
import type { Lang } from '../i18n/messages.ts';
import type { ArticleSummary } from './read-article.ts';

export interface FileAnalysis {
  article: ArticleSummary;
  /** The analysed text; offsets index it. */
  text: string;
  terms: TermMatch[];
  codes: CodeMatch[];
  /** Uses of abbreviations the article defines for itself. */
  defined: DefinedMatch[];
  figures: Figure[];
}

/** The category given in --json to an abbreviation the article defines (no glossary entry). */
export const DEFINED_CATEGORY = 'defined-in-article';

type JsonTerm =
  | { id: string; text: string; start: number; end: number; category: Category | null }
  | {
      id: string;
      text: string;
      start: number;
      end: number;
      category: typeof DEFINED_CATEGORY;
      expansion: string;
    };

export interface AnalysisJson {
  /** The verdict, and the text the analyzer read: every offset below indexes `article.text`. */
  article: ArticleSummary & { text: string };
  /** Glossary terms and, with id "article:ABBR", abbreviations the article defines; in text order. */
  terms: JsonTerm[];
  codes: Array<{
    text: string;
    start: number;
    end: number;
    type: string;
    issuer: string;
    known: boolean;
    /** What the code means, in the --lang language. */
    explanation: string;
  }>;
  figures: Figure[];
}

export function analysisJson(
  analysis: FileAnalysis,
  byId: ReadonlyMap<string, GlossaryEntry>,
  lang: Lang,
): AnalysisJson {
  return {
    article: {
      isArticle: analysis.article.isArticle,
      title: analysis.article.title,
      reason: analysis.article.reason,
      reasonText: analysis.article.reasonText,
      text: analysis.text,
    },
    terms: [
      ...analysis.terms.map((t): JsonTerm => ({
        id: t.id,
        text: t.text,
        start: t.start,
        end: t.end,
        category: byId.get(t.id)?.category ?? null,
      })),
      ...analysis.defined.map((d): JsonTerm => ({
        id: `article:${d.abbr}`,
        text: d.text,
        start: d.start,
        end: d.end,
        category: DEFINED_CATEGORY,
        expansion: d.expansion,
      })),
    ].sort((a, b) => a.start - b.start),
    codes: analysis.codes.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      type: c.decoded.type,
      issuer: c.decoded.issuer,
      known: c.entryId !== undefined,
      explanation: explainCode(c.decoded, lang),
    })),
    figures: analysis.figures,
  };
}
