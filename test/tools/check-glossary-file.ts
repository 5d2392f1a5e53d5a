/**
 * Checks glossary data files while they are being written: every entry against the schema and
 * the source rules, and every id and written form against all the other data files.
 *   npx tsx test/tools/check-glossary-file.ts src/glossary/data/health.json [more files]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { entryIssues } from '../../src/core/glossary-schema.ts';
import { termKey } from '../../src/core/normalize.ts';
import { fileCategory } from '../../src/glossary/assemble-glossary.ts';
import { sourcesProblems } from '../../src/glossary/source-rules.ts';

const DATA_DIR = new URL('../../src/glossary/data/', import.meta.url).pathname;
const targets = process.argv.slice(2);
if (targets.length === 0) {
  console.error('usage: check-glossary-file.ts FILE.json [FILE.json …]');
  process.exit(2);
}

type Raw = { id?: unknown; terms?: unknown; sources?: unknown; category?: unknown; related?: unknown };
const all = new Map<string, Raw[]>();
for (const name of readdirSync(DATA_DIR).filter((n) => n.endsWith('.json'))) {
  all.set(name, JSON.parse(readFileSync(join(DATA_DIR, name), 'utf8')) as Raw[]);
}
for (const target of targets) all.set(basename(target), JSON.parse(readFileSync(target, 'utf8')) as Raw[]);

const ids = new Map<string, string>();
const forms = new Map<string, string>();
for (const [file, entries] of all) {
  for (const e of entries) {
    if (typeof e.id === 'string') ids.set(e.id, file);
    if (Array.isArray(e.terms))
      for (const t of e.terms)
        if (typeof t === 'string') forms.set(`${termKey(t)}\u0000${String(e.id)}`, file);
  }
}
const owners = new Map<string, string[]>();
for (const key of forms.keys()) {
  const [form = '', id = ''] = key.split('\u0000');
  owners.set(form, [...(owners.get(form) ?? []), id]);
}

let problems = 0;
const say = (line: string): void => {
  problems++;
  console.log(line);
};
for (const target of targets) {
  const file = basename(target);
  const category = fileCategory(file);
  if (category === undefined) say(`${file}: not named <category>.json or <category>.<topic>.json`);
  const entries = all.get(file) ?? [];
  const seen = new Set<string>();
  for (const e of entries) {
    const id = String(e.id);
    if (seen.has(id)) say(`${file} ${id}: id repeated in this file`);
    seen.add(id);
    for (const issue of entryIssues(e)) say(`${file} ${id}: ${issue}`);
    if (e.category !== category)
      say(`${file} ${id}: category ${String(e.category)} does not match the file name`);
    if (Array.isArray(e.sources)) {
      const urls = (e.sources as { url?: unknown }[]).map((s) => String(s.url));
      for (const problem of sourcesProblems(urls)) say(`${file} ${id}: ${problem}`);
    }
    if (Array.isArray(e.terms))
      for (const t of e.terms) {
        const other = (owners.get(termKey(String(t))) ?? []).filter((o) => o !== id);
        if (other.length)
          say(`${file} ${id}: written form "${String(t)}" also belongs to ${other.join(', ')}`);
      }
    if (Array.isArray(e.related))
      for (const r of e.related)
        if (!ids.has(String(r))) say(`${file} ${id}: related id ${String(r)} not found (yet)`);
  }
  console.log(`${file}: ${entries.length} entries checked`);
}
console.log(problems === 0 ? 'no problems' : `${problems} problems`);
process.exit(problems === 0 ? 0 : 1);
