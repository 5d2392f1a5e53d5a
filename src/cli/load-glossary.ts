/**
 * Loads the glossary for the command-line tools, which run under tsx where import.meta.glob
 * (the bundle's way of finding the data files) does not exist: it reads the data directory
 * itself and hands the files to the same assembleGlossary as src/glossary/index.ts, so both
 * see the same entries in the same order. Any failure is reported as one GlossaryLoadError.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossaryEntry } from '../core/glossary-schema.ts';
import { assembleGlossary, GlossaryDataError, type RawGlossaryFile } from '../glossary/assemble-glossary.ts';

export class GlossaryLoadError extends Error {}

const DATA_DIR = fileURLToPath(new URL('../glossary/data/', import.meta.url));

/** The data files of a directory, each parsed as JSON. */
export function readGlossaryFiles(dir: string = DATA_DIR): RawGlossaryFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      try {
        return { name, data: JSON.parse(text) as unknown };
      } catch (error) {
        throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
    });
}

export function loadGlossarySync(dir: string = DATA_DIR): GlossaryEntry[] {
  try {
    return assembleGlossary(readGlossaryFiles(dir));
  } catch (error) {
    // The data problems are the point of the message; anything else is one line.
    const reason =
      error instanceof GlossaryDataError
        ? error.problems.join('; ')
        : error instanceof Error
          ? (error.message.split('\n')[0] ?? '')
          : String(error);
    throw new GlossaryLoadError(`cannot load the glossary: ${reason}`, { cause: error });
  }
}

/** Kept asynchronous for the callers written against the lazily imported bundle module. */
export async function loadGlossary(dir?: string): Promise<readonly GlossaryEntry[]> {
  return loadGlossarySync(dir);
}
