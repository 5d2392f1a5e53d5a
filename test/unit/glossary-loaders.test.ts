/**
 * The bundle finds the data files with import.meta.glob, the command line reads the directory:
 * both must give the same glossary, and the function they share must order the files and
 * refuse bad data the same way for both.
 */

import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/glossary-schema.ts';
import { loadGlossarySync, readGlossaryFiles } from '../../src/cli/load-glossary.ts';
import {
  assembleGlossary,
  fileCategory,
  GlossaryDataError,
  orderGlossaryFiles,
} from '../../src/glossary/assemble-glossary.ts';
import { GLOSSARY, GLOSSARY_FILES } from '../../src/glossary/index.ts';

function entry(id: string, category: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    terms: [`thuật ngữ ${id}`],
    category,
    level: 'common',
    vi: { short: 'Giải thích ngắn.', long: 'Giải thích dài hơn một chút.' },
    en: { short: 'A short explanation.', long: 'A somewhat longer explanation.' },
    sources: [{ name: 'Nguồn', url: 'https://example.gov.vn/bai-viet-1.html', seen: '2026-11-01' }],
    verified: true,
    checked: '2026-11-01',
    ...extra,
  };
}

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GlossaryDataError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('the two loaders', () => {
  it('find the same files', () => {
    const names = (files: readonly { name: string }[]): string[] => files.map((f) => f.name).sort();
    expect(names(GLOSSARY_FILES)).toEqual(names(readGlossaryFiles()));
    expect(GLOSSARY_FILES.length).toBeGreaterThan(0);
  });

  it('return the same entries in the same order', () => {
    expect(loadGlossarySync()).toEqual(GLOSSARY);
  });
});

describe('assembleGlossary', () => {
  it('orders files by category as CATEGORIES lists them, then by file name', () => {
    const files = [
      { name: 'press.json', data: [] },
      { name: 'state-body.zeta.json', data: [] },
      { name: 'state-body.json', data: [] },
      { name: 'state-body.alpha.json', data: [] },
      { name: 'party-body.json', data: [] },
    ];
    expect(orderGlossaryFiles(files).map((f) => f.name)).toEqual([
      'state-body.alpha.json',
      'state-body.json',
      'state-body.zeta.json',
      'party-body.json',
      'press.json',
    ]);
    expect(CATEGORIES.indexOf('state-body')).toBeLessThan(CATEGORIES.indexOf('party-body'));
  });

  it('keeps the entries of a file in their written order', () => {
    const glossary = assembleGlossary([
      { name: 'press.json', data: [entry('b', 'press'), entry('a', 'press')] },
      { name: 'state-body.extra.json', data: [entry('c', 'state-body')] },
    ]);
    expect(glossary.map((e) => e.id)).toEqual(['c', 'b', 'a']);
  });

  it('reads the category from the file name, topic or not', () => {
    expect(fileCategory('health.json')).toBe('health');
    expect(fileCategory('state-body.provincial-departments.json')).toBe('state-body');
    expect(fileCategory('no-such-category.json')).toBeUndefined();
    expect(fileCategory('health.Bad Topic.json')).toBeUndefined();
  });

  it('names the file, the id and the issue of a bad entry', () => {
    const problems = problemsOf(() =>
      assembleGlossary([
        {
          name: 'press.json',
          data: [entry('good', 'press'), entry('bad', 'press', { checked: '2026-02-30' })],
        },
      ]),
    );
    expect(problems).toEqual(['press.json bad: checked: not an ISO date (YYYY-MM-DD)']);
  });

  it('refuses an entry whose category is not its file’s, a bad file name and a file that is not a list', () => {
    const problems = problemsOf(() =>
      assembleGlossary([
        { name: 'press.topic.json', data: [entry('moved', 'police')] },
        { name: 'gazette.json', data: [] },
        { name: 'health.json', data: { id: 'x' } },
      ]),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/press\.topic\.json moved: category police does not match/);
    expect(problems.join('\n')).toMatch(/gazette\.json: not named/);
    expect(problems.join('\n')).toMatch(/health\.json: does not hold an array/);
  });

  it('refuses fields the schema does not know, and entries that are not objects', () => {
    const problems = problemsOf(() =>
      assembleGlossary([{ name: 'press.json', data: [entry('extra', 'press', { colour: 'red' }), 'text'] }]),
    );
    expect(problems.some((p) => p.startsWith('press.json extra:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('press.json entry 1:'))).toBe(true);
  });
});
