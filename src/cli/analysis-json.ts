/**
 * The analyzer's --json output. `terms` and `codes` keep the shape scripts already read;
 * `figures` are exactly what the figure extractor returns. Offsets of all three index the
 * analysed text (the article text for HTML, the whole file for plain text). `--lang` changes
 * only each code's `explanation`, the sentence a reader is shown.
 */

import type { CodeMatch, Figure, TermMatch } from '../core/analysis-types.ts';
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
  figures: Figure[];
}

export interface AnalysisJson {
  article: ArticleSummary;
  terms: Array<{ id: string; text: string; start: number; end: number; category: Category | null }>;
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
    },
    terms: analysis.terms.map((t) => ({
      id: t.id,
      text: t.text,
      start: t.start,
      end: t.end,
      category: byId.get(t.id)?.category ?? null,
    })),
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
