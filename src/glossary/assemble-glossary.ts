/**
 * Turns the raw data files into the glossary. Both loaders (the bundle's, which finds the files
 * with import.meta.glob, and the command line's, which reads the directory) hand their files
 * to this one function, so the order and the checks cannot differ between them.
 */

import * as v from 'valibot';
import {
  CATEGORIES,
  GlossaryEntrySchema,
  type Category,
  type GlossaryEntry,
} from '../core/glossary-schema.ts';

/** One data file as found: its file name (no directory) and its parsed JSON, unchecked. */
export interface RawGlossaryFile {
  readonly name: string;
  readonly data: unknown;
}

/** `<category>.json` or `<category>.<topic>.json`, the topic in kebab-case ASCII. */
const FILE_NAME = /^([a-z]+(?:-[a-z]+)*)(?:\.([a-z0-9]+(?:-[a-z0-9]+)*))?\.json$/;

export class GlossaryDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the glossary data is invalid:\n${problems.join('\n')}`);
    this.name = 'GlossaryDataError';
  }
}

/** The category a data file is named after, or undefined for a name that is not one. */
export function fileCategory(name: string): Category | undefined {
  const prefix = FILE_NAME.exec(name)?.[1];
  return CATEGORIES.find((category) => category === prefix);
}

function rank(name: string): number {
  const category = fileCategory(name);
  return category === undefined ? CATEGORIES.length : CATEGORIES.indexOf(category);
}

/** The files in glossary order: by category as CATEGORIES lists them, then by file name. */
export function orderGlossaryFiles<T extends RawGlossaryFile>(files: readonly T[]): T[] {
  return [...files].sort(
    (a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

function idOf(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : `entry ${index}`;
}

/**
 * Every entry of every file, parsed with the schema, in glossary order. Throws a
 * GlossaryDataError naming the file, the entry and the issue of every problem found: a
 * glossary with one bad entry is not shipped with that entry quietly dropped.
 */
export function assembleGlossary(files: readonly RawGlossaryFile[]): GlossaryEntry[] {
  const problems: string[] = [];
  const entries: GlossaryEntry[] = [];
  for (const file of orderGlossaryFiles(files)) {
    const category = fileCategory(file.name);
    if (category === undefined) {
      problems.push(
        `${file.name}: not named <category>.json or <category>.<topic>.json with a known category`,
      );
      continue;
    }
    if (!Array.isArray(file.data)) {
      problems.push(`${file.name}: does not hold an array of entries`);
      continue;
    }
    file.data.forEach((raw: unknown, index: number) => {
      const where = `${file.name} ${idOf(raw, index)}`;
      const result = v.safeParse(GlossaryEntrySchema, raw);
      if (!result.success) {
        for (const issue of result.issues) problems.push(`${where}: ${describeIssue(issue)}`);
        return;
      }
      if (result.output.category !== category) {
        problems.push(`${where}: category ${result.output.category} does not match the file name`);
        return;
      }
      entries.push(result.output);
    });
  }
  if (problems.length > 0) throw new GlossaryDataError(problems);
  return entries;
}
