/** The popup's figures as plain text and as CSV, for a reader who wants them elsewhere. */
import type { Figure } from '../core/analysis-types.ts';

export interface ExportGroup {
  title: string;
  figures: readonly Figure[];
}

/** "- 3,2 triệu: lượt khách (×2)": a repeated figure says how often the article gives it. */
function textLine(f: Figure): string {
  const times = f.mentions > 1 ? ` (×${f.mentions})` : '';
  return `- ${f.text}: ${f.label}${times}`;
}

export function figuresAsText(groups: readonly ExportGroup[]): string {
  return groups
    .filter((group) => group.figures.length > 0)
    .map((group) => [group.title, ...group.figures.map(textLine)].join('\n'))
    .join('\n\n');
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula starters defused. */
export function csvField(value: string): string {
  // A spreadsheet would run a cell starting with = + - @ as a formula: page text must stay text.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+(?:[.,]\d+)*%?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function figuresAsCsv(header: string, groups: readonly ExportGroup[]): string {
  const rows = [header];
  for (const group of groups) {
    for (const f of group.figures) {
      rows.push(
        [
          group.title,
          f.text,
          f.value === null ? f.values.join(' ') : String(f.value),
          f.label,
          f.kind,
          f.sentence,
        ]
          .map(csvField)
          .join(','),
      );
    }
  }
  return rows.join('\r\n') + '\r\n';
}

/** The share a ratio or percentage stands for, 0..1, or undefined when it is not a proportion. */
export function proportionOf(figure: Figure): number | undefined {
  if (figure.kind === 'percent' && figure.value !== null) return Math.max(0, Math.min(1, figure.value / 100));
  if (figure.kind === 'ratio') {
    const [part, whole] = figure.values;
    if (part !== undefined && whole !== undefined && whole > 0 && part >= 0 && part <= whole)
      return part / whole;
  }
  return undefined;
}

/** A short piece of the figure's sentence around it, for context under the label. */
export function contextOf(figure: Figure, maxLength = 110): string {
  const sentence = figure.sentence.replace(/\s+/g, ' ').trim();
  if (sentence.length <= maxLength) return sentence;
  const at = Math.max(0, sentence.indexOf(figure.text));
  let start = Math.max(0, Math.min(at - Math.floor(maxLength / 3), sentence.length - maxLength));
  let end = start + maxLength;
  // Cut between words, never inside one (but never past the figure itself).
  if (start > 0) {
    const space = sentence.indexOf(' ', start);
    if (space !== -1 && space < at) start = space + 1;
  }
  if (end < sentence.length) {
    const space = sentence.lastIndexOf(' ', end);
    if (space > Math.max(start, at + figure.text.length)) end = space;
  }
  const piece = sentence.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${piece}${end < sentence.length ? '…' : ''}`;
}
