/**
 * The glossary printer's --json fields and --stale listing, run in-process with a fixed
 * "today" so the result does not depend on the day the test runs.
 */
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/core/glossary-schema.ts';
import { loadGlossarySync } from '../../src/cli/load-glossary.ts';
import { runGlossary } from '../../src/cli/run-glossary.ts';
import { isoToday, staleEntries } from '../../src/cli/stale-entries.ts';

interface Result {
  status: number;
  stdout: string;
  stderr: string;
}

async function glossary(args: string[], today?: string): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
  };
  const status = await runGlossary(args, io, today === undefined ? {} : { today });
  return { status, stdout, stderr };
}

const GLOSSARY = loadGlossarySync();

function checkedOn(id: string, checked: string): GlossaryEntry {
  return {
    id,
    terms: [id],
    category: 'press',
    level: 'common',
    vi: { short: id, long: id },
    en: { short: id, long: id },
    sources: [],
    verified: true,
    checked,
  };
}

describe('glossary --json', () => {
  it('gives each entry its level, note, verified flag and checked date as in the data', async () => {
    const result = await glossary(['--json']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(json.map((e) => e.id)).toEqual(GLOSSARY.map((e) => e.id));
    GLOSSARY.forEach((entry, i) => {
      const printed = json[i] ?? {};
      expect(printed.level).toBe(entry.level);
      expect(printed.verified).toBe(entry.verified);
      expect(printed.checked).toBe(entry.checked);
      expect(printed.note).toEqual(entry.note ?? null);
    });
    expect(json.some((e) => e.note !== null)).toBe(true);
    expect(json.some((e) => e.verified === false)).toBe(true);
  });
});

describe('glossary --stale', () => {
  it('counts whole days from today: an entry exactly DAYS old is not yet stale', () => {
    const entries = [
      checkedOn('a', '2025-12-01'),
      checkedOn('b', '2025-11-30'),
      checkedOn('c', '2024-02-29'),
    ];
    const stale = staleEntries(entries, 365, '2026-12-01');
    expect(stale.map((s) => [s.entry.id, s.age])).toEqual([
      ['c', 1006],
      ['b', 366],
    ]);
  });

  it('lists every entry, oldest first, when today is far after all of them', async () => {
    const result = await glossary(['--stale', '365'], '2100-01-01');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    for (const entry of GLOSSARY) expect(result.stdout).toContain(`${entry.id} `);
    expect(result.stdout).toContain(
      `\n${GLOSSARY.length} of ${GLOSSARY.length} entries last checked more than 365 days before 2100-01-01\n`,
    );
    const oldest = [...GLOSSARY].sort((a, b) => (a.checked < b.checked ? -1 : 1))[0];
    const firstRow = result.stdout.split('\n')[2] ?? '';
    expect(firstRow.startsWith(`${oldest?.id ?? '?'} `)).toBe(true);
  });

  it('says so plainly when no entry is stale', async () => {
    expect(await glossary(['--stale', '100000'], '2026-12-01')).toEqual({
      status: 0,
      stdout: 'No entry was last checked more than 100000 days before 2026-12-01.\n',
      stderr: '',
    });
  });

  it('with --stale 0, leaves out the entries checked today', async () => {
    const newest =
      GLOSSARY.map((e) => e.checked)
        .sort()
        .at(-1) ?? '';
    const result = await glossary(['--stale', '0'], newest);
    const checkedThatDay = GLOSSARY.filter((e) => e.checked === newest);
    expect(checkedThatDay.length).toBeGreaterThan(0);
    for (const entry of checkedThatDay) expect(result.stdout).not.toMatch(new RegExp(`^${entry.id} `, 'm'));
  });

  it('gives the stale entries as JSON with their age', async () => {
    const result = await glossary(['--stale', '365', '--json'], '2100-01-01');
    const json = JSON.parse(result.stdout) as { id: string; age: number; checked: string }[];
    expect(json).toHaveLength(GLOSSARY.length);
    expect(json.every((e) => e.age > 365 && typeof e.checked === 'string')).toBe(true);
  });

  it.each(['abc', '-3', '1.5', '12days', ''])(
    'rejects "%s" as a number of days with the usage',
    async (bad) => {
      const result = await glossary([`--stale=${bad}`]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        /^glossary: --stale needs (a whole number of days, not ".*"|a value)\nusage: /,
      );
    },
  );

  it('counts from the real today when none is given', async () => {
    expect(isoToday(new Date(Date.UTC(2026, 11, 1, 23, 59)))).toBe('2026-12-01');
    const result = await glossary(['--stale', '100000']);
    expect(result.stdout).toBe(`No entry was last checked more than 100000 days before ${isoToday()}.\n`);
  });
});
