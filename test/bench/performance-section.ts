/**
 * The README's "Performance" section, written from a bench report so its figures are always the
 * ones just measured. run.ts saves it to .tmp/performance-section.md for pasting.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings.ts';
import type { BundleSizes } from './bundle-size.ts';
import type { CoreRow } from './core-bench.ts';
import { AFTER_PAINT_MS, type PageBenchResult } from './page-bench.ts';
import type { BenchReport } from './run.ts';
import type { Spread } from './stats.ts';
import { CHORD_GAP_MS } from './ui-bench.ts';

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
  const loader = chrome.files.length > 1 ? chrome.files[0] : undefined;
  const form = loader
    ? `In Chromium the manifest injects a loader of ${loader.raw} bytes when a page of the site is idle, which imports the content script as a module; the two together`
    : 'The content script is one file, injected when a page of the site is idle';
  return `${form}: ${kb(chrome.raw)} raw, ${kb(chrome.gzip)} gzip (level 9). It carries neither the glossary (${kb(glossaryJsonBytes)} as JSON, served by the background one card at a time) nor the match index and the matcher, nor article detection: the background detects the article on a snapshot of the page and marks its text. Packages: ${zips || 'not packed'}.`;
}

function rate(rows: readonly CoreRow[] | undefined, label: string): string {
  const row = rows?.find((r) => r.label.trim() === label);
  return row ? `${row.msPerMB.toFixed(0)} ms/MB` : 'n/a';
}

/**
 * The figures measured before the lean page (issue 10), on the same machine, as the issue
 * reports them: kept here so that every regenerated section shows how far things moved.
 */
const BEFORE = {
  contentGzip: '124 KB',
  ownJs1x: '105–183 ms',
  ownJs4x: '400–560 ms',
  longStall4x: '700–1,150 ms',
  popup1x: '250–440 ms',
  popup4x: '520–850 ms',
  card: 'none (cards were built in the page)',
  marking: 'in the page',
};

/**
 * The same figures for the previous stop's build (stop 27, commit 8d89a87), measured by its own
 * `npm run bench` on this machine on the same day as this stop's (2026-12-03), just before it:
 * runs on this machine move with its load, so only a run of the same day compares.
 */
const PREVIOUS = {
  contentGzip: '17.7 KiB',
  ownJs1x: '26.4 ms',
  ownJs4x: '93.0 ms',
  floor: '10.7 / 27.7 ms',
  longStall4x: '130 ms',
  popup1x: '209 ms',
  popup4x: '446 ms',
  popupUnprepared: '220 / 564 ms',
  card: '33.5 / 118.1 ms',
  hover: '8.0 / 32.2 ms',
  synthetic: '+3.6 ms (33.9 → 37.5; content script identical)',
  marking: '52.5 / 70.4 ms',
  longMarking: '256 / 172 ms',
  paint: '110 / 282 ms',
  popupDocument: '59 / 228 ms',
  popupFromScript: '59 / 108 ms',
  compile: '27.6 / 82.5 ms',
  evaluate: '37.1 / 103.0 ms',
  keyboard: '5.0 / 18.5 ms',
};

/** The change between two figures as printed (each to 0.1 ms), so the row adds up as read. */
export function roundedChange(from: number, to: number): string {
  const change = Math.round(to * 10) / 10 - Math.round(from * 10) / 10;
  return `${change > 0 ? '+' : ''}${change.toFixed(1)}`;
}

function med(spread: Spread | null | undefined, digits = 0): string {
  return spread && spread.runs > 0 ? `${spread.median.toFixed(digits)} ms` : 'n/a';
}

function targetsTable(report: BenchReport): string[] {
  const c = report.chromium;
  const chromeGzip = report.sizes?.contentScripts.find((t) => t.target === 'chrome')?.gzip;
  const ab = report.synthetic;
  const plain = ab?.plain.extensionSelf?.median;
  const synthetic = ab?.synthetic.extensionSelf?.median;
  const growth =
    ab && plain !== undefined && synthetic !== undefined
      ? `${roundedChange(plain, synthetic)} ms (${plain.toFixed(1)} → ${synthetic.toFixed(1)}; ${ab.rounds} alternating rounds, ${ab.plain.runs.length} tabs per build; content script ${ab.sameContentScript ? 'identical' : 'differs'})`
      : 'n/a';
  const rows: Array<[string, string, string, string, string]> = [
    [
      'Content script, gzip -9',
      BEFORE.contentGzip,
      PREVIOUS.contentGzip,
      chromeGzip === undefined ? 'n/a' : `${(chromeGzip / 1024).toFixed(1)} KiB`,
      '≤ 30 KiB',
    ],
    [
      "Extension's own main-thread JS on the seed, 1×",
      BEFORE.ownJs1x,
      PREVIOUS.ownJs1x,
      ms(c?.seedProfiled.extensionSelf, 1),
      '≤ 10 ms',
    ],
    [
      "Extension's own main-thread JS on the seed, 4×",
      BEFORE.ownJs4x,
      PREVIOUS.ownJs4x,
      ms(c?.seed4xProfiled.extensionSelf, 1),
      '≤ 40 ms',
    ],
    [
      "A stand-in content script that only reads the settings, adds its two listeners, walks the page's DOM once and sends the text to the background: its own JS, 1× / 4× (the floor: the least a content script that reads the page spends; the DOM's and the APIs' first touch run mostly in native frames, which the profile leaves out)",
      '—',
      PREVIOUS.floor,
      `${med(report.floor?.at1x.extensionSelf, 1)} / ${med(report.floor?.at4x.extensionSelf, 1)}`,
      '—',
    ],
    [
      'Start → painted, seed, 1× / 4×',
      '—',
      PREVIOUS.paint,
      `${med(c?.seed.paint)} / ${med(c?.seed4x.paint)}`,
      '—',
    ],
    [
      `Longest main-thread stall, seed ×${report.longArticle.times}, 4×`,
      BEFORE.longStall4x,
      PREVIOUS.longStall4x,
      ms(c?.long4x.stallWhileMarking),
      '≤ 50 ms',
    ],
    [
      'Popup opened → figures shown, 1×',
      BEFORE.popup1x,
      PREVIOUS.popup1x,
      ms(report.ui?.at1x.popup),
      '≤ 100 ms',
    ],
    ['Popup opened → figures shown, 4×', BEFORE.popup4x, PREVIOUS.popup4x, ms(report.ui?.at4x.popup), '—'],
    [
      "A stand-in popup, one small module script that sets the figures' mark as it starts: opened → that mark, 1× / 4× (the popup's floor: what the browser spends before any popup can show anything; another browser session than the popup's rows)",
      '—',
      '—',
      `${med(report.floor?.popup1x)} / ${med(report.floor?.popup4x)}`,
      '—',
    ],
    [
      "Popup opened → its document parsed, before any of its scripts (the browser's own part), 1× / 4×",
      '—',
      PREVIOUS.popupDocument,
      `${med(report.ui?.at1x.popupDocument)} / ${med(report.ui?.at4x.popupDocument)}`,
      '—',
    ],
    [
      "Popup's first script → figures shown, 1× / 4× (the tab and document left out)",
      '—',
      PREVIOUS.popupFromScript,
      `${med(report.ui?.at1x.popupFromScript)} / ${med(report.ui?.at4x.popupFromScript)}`,
      '—',
    ],
    [
      'Popup opened → figures, nothing prepared (the popup reads them), 1× / 4×',
      BEFORE.popup1x,
      PREVIOUS.popupUnprepared,
      `${med(report.ui?.at1x.popupUnprepared)} / ${med(report.ui?.at4x.popupUnprepared)}`,
      '—',
    ],
    [
      "Page asked → answered: the background's detection on the page's snapshot and its marking of the article, in one answer, off the page's thread (the page waits, idle), seed 1× / 4×",
      BEFORE.marking,
      PREVIOUS.marking,
      `${med(c?.seed.marksWait, 1)} / ${med(c?.seed4x.marksWait, 1)}`,
      '—',
    ],
    [
      `The same, seed ×${report.longArticle.times}, 1× / 4× (from the snapshot's last chunk, the others sent before it)`,
      BEFORE.marking,
      PREVIOUS.longMarking,
      `${med(c?.long.marksWait)} / ${med(c?.long4x.marksWait)}`,
      '—',
    ],
    [
      "The content script's compile in a fresh tab, up to the painted mark, from a trace (a CPU profile does not see it), 1× / 4×",
      '—',
      PREVIOUS.compile,
      `${med(report.scriptCost?.at1x.compile, 1)} / ${med(report.scriptCost?.at4x.compile, 1)}`,
      '—',
    ],
    [
      'Its evaluation (that compile and the top level), from a trace, 1× / 4×',
      '—',
      PREVIOUS.evaluate,
      `${med(report.scriptCost?.at1x.evaluate, 1)} / ${med(report.scriptCost?.at4x.evaluate, 1)}`,
      '—',
    ],
    [
      'Card requested → card shown (round trip), 1× / 4×',
      BEFORE.card,
      PREVIOUS.card,
      `${med(report.ui?.at1x.card, 1)} / ${med(report.ui?.at4x.card, 1)}`,
      '≤ 30 ms',
    ],
    [
      `Pointer rests on a term → card shown, beyond the ${DEFAULT_SETTINGS.hoverDelay} ms hover delay (its text asked for as the pointer arrives), 1× / 4×`,
      '—',
      PREVIOUS.hover,
      `${med(report.ui?.at1x.hoverBeyondDelay, 1)} / ${med(report.ui?.at4x.hoverBeyondDelay, 1)}`,
      '≤ 30 ms (the round trip inside the delay)',
    ],
    [
      `Keyboard: the letter of Alt+Shift+N → the first card shown, the modifiers held ${CHORD_GAP_MS} ms before it (its text asked for as they are held), 1× / 4×`,
      '—',
      PREVIOUS.keyboard,
      `${med(report.ui?.at1x.keyboardChord, 1)} / ${med(report.ui?.at4x.keyboardChord, 1)}`,
      '≤ 30 ms (the round trip inside the chord)',
    ],
    [
      `Own JS on the seed with ${report.synthetic?.entries.toLocaleString('en') ?? 'n/a'} synthetic entries more, change`,
      '—',
      PREVIOUS.synthetic,
      growth,
      '≤ 2 ms',
    ],
  ];
  return [
    '| Figure (Chromium, medians of fresh tabs, min–max) | Before (issue 10) | Previous stop | Now | Target |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

function phaseLines(report: BenchReport): string[] {
  const p = report.phases;
  if (!p?.seed1x.phases) return [];
  const names = Object.keys(p.seed1x.phases).sort(
    (a, b) => (p.seed1x.phases?.[b] ?? 0) - (p.seed1x.phases?.[a] ?? 0),
  );
  return [
    `Where the extension's own time goes on the seed (CPU profile of an unminified build of the same code; medians of ${p.seed1x.runs.length} tabs, 1× / 4×): ` +
      names
        .map(
          (n) =>
            `${n} ${(p.seed1x.phases?.[n] ?? 0).toFixed(1)} / ${(p.seed4x.phases?.[n] ?? 0).toFixed(1)} ms`,
        )
        .join('; ') +
      '.',
  ];
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
  const longRuns = report.chromium?.long4x.runs.length ?? 0;
  const popupRuns = report.ui?.at1x.popup.runs ?? 0;
  const firefoxRuns = report.firefox?.seed.runs.length ?? 0;
  const longTasks = [report.chromium?.seed, report.chromium?.long]
    .map((r) => (r?.longestTaskWhileMarking ? `${r.longestTaskWhileMarking.max.toFixed(0)} ms` : 'n/a'))
    .join(' and ');
  const lines = [
    '## Performance',
    '',
    `Measured with \`npm run bench\` on ${m.cpus} × ${m.cpuModel} (${m.os}), Node ${m.node}, ${browsers || 'no browser'}, headless, on ${report.date.slice(0, 10)}. Browser times are medians with min–max over fresh tabs (in Chromium ${chromiumRuns} on the seed, ${longRuns} on the seed ×${report.longArticle.times}, ${popupRuns} popups; ${firefoxRuns} in Firefox). On a small shared VM the spreads are wide; compare figures from one run with each other rather than across runs or machines.`,
    '',
    ...targetsTable(report),
    '',
    ...phaseLines(report),
    '',
    'At full speed, page by page:',
    '',
    '| Page | characters / marks | start → painted, Chromium | main-thread stall, Chromium | bare walk | paint ÷ walk | start → painted, Firefox | main-thread stall, Firefox |',
    '|---|---|---|---|---|---|---|---|',
    pageRow('Seed article', report.chromium?.seed, report.firefox?.seed),
    pageRow(`Seed article ×${report.longArticle.times}`, report.chromium?.long, report.firefox?.long),
    '',
    "- **start → painted**: between the content script's performance marks `laichau-reader:start` and `laichau-reader:painted`, which cover reading the settings from storage, a snapshot of the page (one walk of its DOM), sending it to the background and waiting for the verdict and the marks, reading out the article's text, and painting every mark with the CSS Custom Highlight API. The script itself starts at `document_idle`.",
    `- **main-thread stall**: the longest gap, from the start mark to ${AFTER_PAINT_MS} ms after the painted mark, in a \`setTimeout(0)\` heartbeat the page starts before any script runs: how long the page could not respond (this includes loading the content script itself). These tabs run without the CPU profiler, whose sampling adds work of its own to the main thread; the own-JS figures come from as many tabs again under it. Chromium's \`longtask\` entries were also recorded (longest entry in that window at 1×, seed and seed ×50: ${longTasks}); an entry is a task of 50 ms or more, so shorter ones are not listed, and Firefox has no \`longtask\` API.`,
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
