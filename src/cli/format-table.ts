/** Plain-text tables for the command-line tools (columns padded by code points). */

function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, col) => Math.max(width(h), ...rows.map((row) => width(row[col] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, col) =>
        col === cells.length - 1 ? cell : cell + ' '.repeat((widths[col] ?? 0) - width(cell)),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** One line of text: line breaks and tabs shown as spaces so a match never breaks the table. */
export function oneLine(text: string): string {
  return text.replace(/[\t\n\r\u2028\u2029]+/g, ' ');
}
