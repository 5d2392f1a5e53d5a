/**
 * Does the page pay for a bigger glossary? Two unminified builds, one of them with synthetic
 * entries in its match index, measured in alternating rounds (A B, B A, A B…), each round a
 * fresh browser with a few fresh tabs, and their runs pooled per build. Measuring one build
 * after the other, minutes apart in different browsers, put the machine's drift between them:
 * a change of the same size as the target, in either direction, with the same content script.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExtensionSession } from '../e2e/browsers.ts';
import { pageRuns, summarizeRuns, type PageBenchResult, type PageRun } from './page-bench.ts';

export interface GlossarySizeResult {
  entries: number;
  rounds: number;
  tabsPerRound: number;
  plain: PageBenchResult;
  synthetic: PageBenchResult;
  /** Whether the two builds' content scripts (the JS) are the same bytes: then the page runs the same code. */
  sameContentScript: boolean;
}

export type InBrowser = (
  dist: string,
  work: (session: ExtensionSession) => Promise<PageRun[]>,
) => Promise<PageRun[] | null>;

const CONTENT_SCRIPT = join('src', 'content', 'main.js');

export async function benchGlossarySize(
  inBrowser: InBrowser,
  builds: { plain: string; synthetic: string; entries: number },
  path: string,
  rounds: number,
  tabsPerRound: number,
): Promise<GlossarySizeResult | null> {
  // Read first: a build without its content script fails here, before minutes of browser rounds.
  const [plainScript, syntheticScript] = await Promise.all([
    readFile(join(builds.plain, CONTENT_SCRIPT)),
    readFile(join(builds.synthetic, CONTENT_SCRIPT)),
  ]);
  const pooled: Record<'plain' | 'synthetic', PageRun[]> = { plain: [], synthetic: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['plain', 'synthetic'] as const) : (['synthetic', 'plain'] as const);
    for (const build of order) {
      const runs = await inBrowser(builds[build], (session) =>
        pageRuns(session, path, tabsPerRound, 30_000, { profile: true }),
      );
      if (!runs) return null;
      pooled[build].push(...runs);
    }
  }
  return {
    entries: builds.entries,
    rounds,
    tabsPerRound,
    plain: summarizeRuns('Seed article, glossary as shipped', path, pooled.plain, 1),
    synthetic: summarizeRuns(
      `Seed article, ${builds.entries.toLocaleString('en')} synthetic entries more`,
      path,
      pooled.synthetic,
      1,
    ),
    sameContentScript: syntheticScript.equals(plainScript),
  };
}
