/**
 * Reads a Chromium CPU profile (CDP Profiler.stop) for the extension's own main-thread time: the
 * self time of every sample whose function lives in a chrome-extension:// script, and that time
 * split by phase, from the names of the functions on each sample's stack (an unminified build
 * keeps them). Pure: the bench hands it the profile.
 */

export interface CdpProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber?: number };
    children?: number[];
  }>;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Phases by the content script's own function names. A sample counts for the deepest phase on
 * its stack, so "matching" inside "painting" (there is none today) would count as matching.
 */
const PHASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['settings from storage', ['loadSettings', 'parseSettings']],
  // Detection itself runs in the background: the page walks its DOM once and sends the walk.
  ['snapshot of the page (one walk of its DOM)', ['snapshotting']],
  [
    'asking for the verdict and the marks (send, read the answer back)',
    ['askForVerdict', 'verdictFromWire', 'marksFor'],
  ],
  ['the look (yields, its other steps)', ['pacedLook']],
  ['text map of the article', ['buildArticleText', 'buildingArticleText']],
  // The background marks the text; the page only sends it and checks the answer.
  [
    'asking for the marks (send, check the answer)',
    ['askForMarks', 'sendPieces', 'parseMarksAnswer', 'marksFromWire'],
  ],
  ['painting marks (ranges, highlights)', ['markAndPaint', 'drawMarks', 'marksByElement', 'rangeFor']],
  ['card (request, layout, placement)', ['show', 'display', 'renderCard', 'place']],
];

export interface ExtensionTime {
  /** Self time of extension code, ms. */
  selfMs: number;
  /** The same, by phase; "script start and other" holds what no phase claims. */
  phases: Record<string, number>;
  /** The same by function (name:line, and its phase), heaviest first: where a phase's time goes. */
  functions: Array<{ name: string; ms: number }>;
}

export const OTHER_PHASE = 'script start and other';

export function extensionTime(profile: CdpProfile, urlPrefix = 'chrome-extension://'): ExtensionTime {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const phaseOfName = new Map<string, string>();
  for (const [phase, names] of PHASES) for (const name of names) phaseOfName.set(name, phase);

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const phases: Record<string, number> = {};
  const functions = new Map<string, number>();
  let selfUs = 0;
  for (let i = 0; i < samples.length; i++) {
    const leaf = byId.get(samples[i] ?? -1);
    if (!leaf || !leaf.callFrame.url.startsWith(urlPrefix)) continue;
    // A sample lasts until the next one.
    const us = deltas[i + 1] ?? deltas[i] ?? 0;
    selfUs += us;
    let phase = OTHER_PHASE;
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
      const named = phaseOfName.get(byId.get(id)?.callFrame.functionName ?? '');
      if (named) {
        phase = named;
        break;
      }
    }
    phases[phase] = (phases[phase] ?? 0) + us / 1000;
    const where = `${leaf.callFrame.functionName || '(anonymous)'}:${leaf.callFrame.lineNumber ?? '?'} (${phase})`;
    functions.set(where, (functions.get(where) ?? 0) + us / 1000);
  }
  return {
    selfMs: selfUs / 1000,
    phases,
    functions: [...functions].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
  };
}
