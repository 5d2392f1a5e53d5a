/**
 * The analyzer's readable output: the article verdict first, then terms, document codes, key
 * figures and the timeline (dates, periods, ordinals), each with offsets into the analysed text.
 * Section headings are the popup's own; column names are CLI-only.
 */

import type { Figure } from '../core/analysis-types.ts';
import { explainCode } from '../i18n/explain-code.ts';
import { groupFigures } from '../core/figures/figure-groups.ts';
import { unitWithoutScale } from '../core/figures/figure-units.ts';
import { formatDate } from '../core/format-date.ts';
import type { GlossaryEntry } from '../core/glossary-schema.ts';
import { t, type Lang, type MessageKey } from '../i18n/messages.ts';
import type { FileAnalysis } from './analysis-json.ts';
import { formatTable, oneLine } from './format-table.ts';
import { verdictLines } from './reason-text.ts';

const COLUMNS = {
  vi: {
    written: 'như viết',
    offsets: 'vị trí',
    explanation: 'giải thích',
    value: 'giá trị',
    kind: 'loại',
    label: 'nội dung',
    mentions: 'số lần',
  },
  en: {
    written: 'as written',
    offsets: 'offsets',
    explanation: 'explanation',
    value: 'value',
    kind: 'kind',
    label: 'label',
    mentions: 'mentions',
  },
} as const;

function offsets(match: { start: number; end: number }): string {
  return `${match.start}-${match.end}`;
}

/** The figure's numbers as a reader would say them, scaled once; exact, no rounding or grouping. */
function figureValue(lang: Lang, figure: Figure): string {
  const [first, second] = figure.values;
  switch (figure.kind) {
    case 'ratio':
      return first !== undefined && second !== undefined
        ? t(lang, 'popupRatioOf', String(first), String(second))
        : figure.values.join('/');
    case 'date':
      return formatDate(figure.values, lang);
    case 'period':
      return figure.values.join('–');
    default: {
      // The value is already scaled ("2,5 triệu đồng" is 2500000): print the unit without its scale.
      const number = figure.values.join('–');
      const unit = figure.unit === undefined ? '' : unitWithoutScale(figure.unit);
      if (unit === '%' || figure.kind === 'percent') return `${number}%`;
      return unit.length > 0 ? `${number} ${unit}` : number;
    }
  }
}

function figureSection(lang: Lang, heading: MessageKey, figures: readonly Figure[]): string[] {
  const col = COLUMNS[lang];
  const lines = [`${t(lang, heading)} (${figures.length})`];
  if (figures.length > 0) {
    lines.push(
      formatTable(
        [col.written, col.value, col.kind, col.label, col.mentions, col.offsets],
        figures.map((f) => [
          oneLine(f.text),
          figureValue(lang, f),
          t(lang, `figureKind_${f.kind}` as MessageKey),
          oneLine(f.label),
          `×${f.mentions}`,
          f.at.map(offsets).join(' '),
        ]),
      ),
    );
  }
  return lines;
}

export function formatReport(
  lang: Lang,
  analysis: FileAnalysis,
  byId: ReadonlyMap<string, GlossaryEntry>,
): string {
  const out = verdictLines(lang, analysis.article);
  if (!analysis.article.isArticle) return `${out.join('\n')}\n`;
  const col = COLUMNS[lang];
  const { codes } = analysis;
  const terms = [
    ...analysis.terms.map((m) => ({ ...m, explanation: byId.get(m.id)?.[lang].short ?? '' })),
    ...analysis.defined.map((d) => ({
      ...d,
      id: `article:${d.abbr}`,
      explanation: t(lang, 'cardDefinedShort', d.abbr, d.expansion),
    })),
  ].sort((a, b) => a.start - b.start);

  out.push('', `${t(lang, 'popupTerms')} (${terms.length})`);
  if (terms.length > 0) {
    out.push(
      formatTable(
        ['id', col.written, col.offsets, col.explanation],
        terms.map((m) => [m.id, oneLine(m.text), offsets(m), oneLine(m.explanation)]),
      ),
    );
  }
  out.push('', `${t(lang, 'popupDocuments')} (${codes.length})`);
  if (codes.length > 0) {
    out.push(
      formatTable(
        [col.written, col.offsets, 'id', col.explanation],
        codes.map((c) => [oneLine(c.text), offsets(c), c.entryId ?? '-', explainCode(c.decoded, lang)]),
      ),
    );
  }
  const grouped = groupFigures(analysis.figures);
  out.push('', ...figureSection(lang, 'popupFigures', grouped.figures));
  out.push('', ...figureSection(lang, 'popupTimeline', grouped.timeline));
  return `${out.join('\n')}\n`;
}
