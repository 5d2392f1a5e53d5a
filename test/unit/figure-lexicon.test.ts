/** The figure rules' word lists are data with a reason each, built only when figures are asked for. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import { lexicon, lexiconBuilt } from '../../src/core/figures/lexicon.ts';
import { phraseKey } from '../../src/core/figures/syllable-key.ts';

const DIR = new URL('../../src/core/figures/lexicon/', import.meta.url);

interface List {
  why: string;
  phrases?: string[];
  values?: Record<string, number>;
}

describe('the figure lexicon', () => {
  it('is not built by importing the figure reader, only by reading figures', () => {
    expect(lexiconBuilt()).toBe(false);
    expect(extractFigures('Huyện có 5 xã.')).toHaveLength(1);
    expect(lexiconBuilt()).toBe(true);
  });

  it('gives every list its reason, and no list repeats a phrase', () => {
    const files = readdirSync(DIR).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThan(3);
    const names = new Set<string>();
    for (const file of files) {
      const lists = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Record<string, List>;
      for (const [name, list] of Object.entries(lists)) {
        expect(names.has(name), `${name} defined twice`).toBe(false);
        names.add(name);
        expect(list.why.length, `${file} ${name}`).toBeGreaterThan(20);
        const entries = list.phrases ?? Object.keys(list.values ?? {});
        expect(entries.length, `${file} ${name}`).toBeGreaterThan(0);
        const keys = entries.map(phraseKey);
        expect(new Set(keys).size, `${file} ${name} repeats a phrase`).toBe(keys.length);
      }
    }
    expect(Object.keys(lexicon())).toEqual(expect.arrayContaining([...names]));
  });

  it('folds its phrases the way the text is folded', () => {
    expect(lexicon().PERIOD_HEADS.has(phraseKey('niên khoá'))).toBe(true);
    expect(lexicon().REPORTING_VERBS.has(phraseKey('Cho biết'))).toBe(true);
  });
});
