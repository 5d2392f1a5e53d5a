/**
 * The analyzer's --json output. `terms` and `codes` keep the shape scripts already read;
 * `figures` are exactly what the figure extractor returns. Offsets of all three index the
 * analysed text (the article text for HTML, the whole file for plain text), given as
 * `article.text` so that a reader of the JSON sees what was read. Language-neutral:
 * `--lang` changes nothing here.
 */

import type { CodeMatch, Figure, TermMatch } from '../core/analysis-types.ts';
import type { Category, GlossaryEntry } from '../core/glossary-schema.ts';
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
  /** The verdict, and the text the analyzer read: every offset below indexes `article.text`. */
  article: ArticleSummary & { text: string };
  terms: Array<{ id: string; text: string; start: number; end: number; category: Category | null }>;
  codes: Array<{
    text: string;
    start: number;
    end: number;
    type: string;
    issuer: string;
    known: boolean;
  }>;
  figures: Figure[];
}

export function analysisJson(analysis: FileAnalysis, byId: ReadonlyMap<string, GlossaryEntry>): AnalysisJson {
  return {
    article: {
      isArticle: analysis.article.isArticle,
      title: analysis.article.title,
      reason: analysis.article.reason,
      reasonText: analysis.article.reasonText,
      text: analysis.text,
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
    })),
    figures: analysis.figures,
  };
}
