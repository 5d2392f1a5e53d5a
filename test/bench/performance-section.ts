/**
 * The README's "Performance" section, written from a bench report so its figures are always the
 * ones just measured. run.ts saves it to .tmp/performance-section.md for pasting.
 */
import type { BundleSizes } from './bundle-size.ts';
import type { CoreRow } from './core-bench.ts';
import { AFTER_PAINT_MS, type PageBenchResult } from './page-bench.ts';
import type { BenchReport } from './run.ts';
import type { Spread } from './stats.ts';

function ms(spread: Spread | null | undefined, digits = 0): string {
  if (!spread || spread.runs === 0) return 'n/a';
  return `${spread.median.toFixed(digits)} ms (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})`;
}

function times(spread: Spread | null | undefined): string {
  if (!spread || spread.runs === 0) return 'n/a';
  return `${spread.median.toFixed(0)}×`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

function pageRow(
  name: string,
  chromium: PageBenchResult | undefined,
  firefox: PageBenchResult | undefined,
): string {
  const c = chromium;
  const cells = [
    name,
    c ? `${c.walkedChars.toLocaleString('en')} / ${c.marked.toLocaleString('en')}` : 'n/a',
    ms(c?.paint),
    ms(c?.stallWhileMarking),
    c ? `${c.walkWarm.median.toFixed(2)} ms` : 'n/a',
    times(c?.ratio),
    firefox ? ms(firefox.paint) : '—',
    firefox ? ms(firefox.stallWhileMarking) : '—',
  ];
  return `| ${cells.join(' | ')} |`;
}

function sizesLine(sizes: BundleSizes | null, glossaryJsonBytes: number): string {
  const chrome = sizes?.contentScripts.find((t) => t.target === 'chrome');
  if (!sizes || !chrome) return '';
  const zips = sizes.zips.map((z) => `${z.file.replace('dist/', '')} ${kb(z.raw)}`).join(', ');
  return `The content script is one file, injected when a page of the site is idle: ${kb(chrome.raw)} raw, ${kb(chrome.gzip)} gzip (level 9); the bilingual glossary it carries is ${kb(glossaryJsonBytes)} as JSON. Packages: ${zips || 'not packed'}.`;
}

function rate(rows: readonly CoreRow[] | undefined, label: string): string {
  const row = rows?.find((r) => r.label.trim() === label);
  return row ? `${row.msPerMB.toFixed(0)} ms/MB` : 'n/a';
}

export function renderPerformanceSection(report: BenchReport): string {
  const m = report.machine;
  const browsers = Object.values(m.browsers).join(', ');
  const core = report.core;
  const byText =
    core?.growthWithText.map((r) => `${r.label.trim()}: ${r.ms.toFixed(0)} ms`).join(', ') ?? 'n/a';
  const byGlossary =
    core?.growthWithGlossary.map((r) => `${r.label.trim()}: ${r.ms.toFixed(0)} ms`).join(', ') ?? 'n/a';
  const chromiumRuns = report.chromium?.seed.runs.length ?? 0;
  const firefoxRuns = report.firefox?.seed.runs.length ?? 0;
  const longTasks = [report.chromium?.seed, report.chromium?.long]
    .map((r) => (r?.longestTaskWhileMarking ? `${r.longestTaskWhileMarking.max.toFixed(0)} ms` : 'n/a'))
    .join(' and ');
  const lines = [
    '## Performance',
    '',
    `Measured with \`npm run bench\` on ${m.cpus} × ${m.cpuModel} (${m.os}), Node ${m.node}, ${browsers || 'no browser'}, headless, on ${report.date.slice(0, 10)}. Browser times are medians with min–max over fresh tabs (${chromiumRuns} in Chromium, ${firefoxRuns} in Firefox). The machine was shared with other work, so the spreads are wide; compare figures from one run with each other rather than across machines.`,
    '',
    '| Page | characters / marks | start → painted, Chromium | main-thread stall, Chromium | bare walk | paint ÷ walk | start → painted, Firefox | main-thread stall, Firefox |',
    '|---|---|---|---|---|---|---|---|',
    pageRow('Seed article', report.chromium?.seed, report.firefox?.seed),
    pageRow(`Seed article ×${report.longArticle.times}`, report.chromium?.long, undefined),
    '',
    "- **start → painted**: between the content script's performance marks `laichau-reader:start` and `laichau-reader:painted`, which cover reading the settings, building the matcher, finding the article, analysing its text and painting every mark with the CSS Custom Highlight API. The script itself starts at `document_idle`.",
    `- **main-thread stall**: the longest gap, from the start mark to ${AFTER_PAINT_MS} ms after the painted mark, in a \`setTimeout(0)\` heartbeat the page starts before any script runs: how long the page could not respond (this includes loading the content script itself). Chromium's \`longtask\` entries were also recorded (longest in that window: ${longTasks} at most), but in these runs they did not include the extension's own work, and Firefox has no \`longtask\` API.`,
    '- **bare walk**: a TreeWalker over the same `<article>`, joining the text of its text nodes and doing nothing else (mean of repeated warm walks): the least any script that reads the article must spend.',
    '',
    core
      ? `In Node, with the ${core.glossary.entries}-entry glossary (${core.glossary.writtenForms} written forms; the matcher builds in ${core.matcherBuildMs.toFixed(0)} ms), finding terms and document codes over 1 MB of generated text takes ${rate(core.generated, 'analyzeText (all)')} (term matching alone: ${rate(core.generated, 'terms (find)')}). By text size: ${byText}. By glossary size, terms only over 1 MB: ${byGlossary}.`
      : '',
    '',
    sizesLine(report.sizes, report.glossaryJsonBytes),
    '',
    'To reproduce: `npm run bench` (it builds first if `dist/` is missing; Chromium and Firefox must be installed, as for the end-to-end tests). It prints the report and saves it as `.tmp/bench.json`. These are measurements, not tests: nothing fails on a number.',
    '',
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}
