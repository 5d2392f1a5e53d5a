/**
 * What the popup loads before it can show an article's figures: its module script, the files it
 * preloads and every file those import statically. Neither the glossary nor the figure reader
 * (with its word lists) may be among them: the background has read the figures already, and a
 * popup that loaded either would parse hundreds of kilobytes each time it opens. Read from each
 * build as shipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossarySync } from '../../src/cli/load-glossary.ts';

/** A list's reason, as its file gives it: the marker that the list's data is in a file. */
function reasonOf(file: string, list: string): string {
  const lists = JSON.parse(
    readFileSync(new URL(`../../src/core/figures/lexicon/${file}`, import.meta.url), 'utf8'),
  ) as Record<string, { why: string }>;
  const why = lists[list]?.why;
  if (!why) throw new Error(`no list ${list} in ${file}`);
  return why;
}

/** Lists only the figure reader uses, from two of its files; the popup ranks figures with report-words.json. */
const READER_LISTS = [reasonOf('verbs.json', 'OBJECT_VERBS'), reasonOf('quantity.json', 'APPROXIMATORS')];
const SHOWN_WITH_LIST = reasonOf('report-words.json', 'TOTALS');
/**
 * A glossary explanation, the marker of the glossary's data: one a bundler writes as it is (no
 * quote or character to escape), so that finding it, or not, means what it says.
 */
const GLOSSARY_TEXT = loadGlossarySync()
  .map((entry) => entry.en.long)
  .find((text) => text.length > 80 && /^[A-Za-z0-9 ,.;()-]+$/.test(text));

describe.each(['chrome', 'firefox'])('the %s build', (target) => {
  const root = new URL(`../../dist/${target}/`, import.meta.url);
  const read = (path: string): string => readFileSync(new URL(path.replace(/^\//, ''), root), 'utf8');

  /** The popup's start-up files, by path from the build's root, with their code. */
  function startFiles(): Map<string, string> {
    const html = read('src/popup/popup.html');
    const first = [
      ...html.matchAll(/<script type="module"[^>]* src="([^"]+)"/g),
      ...html.matchAll(/<link rel="modulepreload"[^>]* href="([^"]+)"/g),
    ].map((match) => match[1] ?? '');
    const files = new Map<string, string>();
    const queue = [...first];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (files.has(path)) continue;
      const code = read(path);
      files.set(path, code);
      // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not import().
      for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+\.js)"/g)) {
        queue.push(new URL(match[1] ?? '', new URL(path, 'https://x/')).pathname);
      }
    }
    return files;
  }

  it('leaves the glossary and the figure reader out of what the popup loads to start', () => {
    expect(GLOSSARY_TEXT).toBeDefined();
    const files = startFiles();
    // One script: every file more was one more fetch and parse before its first line could run.
    expect([...files.keys()]).toEqual([expect.stringMatching(/^\/assets\/popup-[\w-]+\.js$/)]);
    const all = [...files.values()].join('\n');
    // The markers are where they should be: the lists the popup ranks with, here…
    expect(all).toContain(SHOWN_WITH_LIST);
    for (const list of READER_LISTS) expect(all).not.toContain(list);
    expect(all).not.toContain(GLOSSARY_TEXT);
    // …and the figure reader in a file of its own, which the popup imports only when it must read figures.
    const reader = all.match(/import\([`"']\.\/(extract-figures-[^`"']+\.js)[`"']\)/)?.[1];
    expect(reader).toBeDefined();
    expect(existsSync(new URL(`assets/${reader}`, root))).toBe(true);
    for (const list of READER_LISTS) expect(read(`assets/${reader}`)).toContain(list);
    // The glossary's marker is in the build, in a file the popup does not load to start.
    const holders = readdirSync(new URL('assets/', root)).filter((file) =>
      read(`assets/${file}`).includes(GLOSSARY_TEXT!),
    );
    expect(holders.length).toBeGreaterThan(0);
    for (const file of holders) expect(files.has(`/assets/${file}`)).toBe(false);
  });
});
