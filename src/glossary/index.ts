/**
 * The bundled glossary. Vite finds the data files (src/glossary/data/<category>[.<topic>].json)
 * at build time, so a new file needs no line here; assembleGlossary orders them and parses
 * every entry with the schema, and a bad entry stops the bundle (and the tests) with the
 * file, the id and the issue. The command line, where import.meta.glob does not exist, reads
 * the same files with src/cli/load-glossary.ts through the same function.
 */

/// <reference types="vite/client" />

import type { GlossaryEntry } from '../core/glossary-schema.ts';
import { assembleGlossary, type RawGlossaryFile } from './assemble-glossary.ts';

const modules = import.meta.glob<unknown>('./data/*.json', { eager: true, import: 'default' });

/** The data files as found, named without their directory. */
export const GLOSSARY_FILES: readonly RawGlossaryFile[] = Object.entries(modules).map(([path, data]) => ({
  name: path.slice(path.lastIndexOf('/') + 1),
  data,
}));

export const GLOSSARY: readonly GlossaryEntry[] = assembleGlossary(GLOSSARY_FILES);

export const GLOSSARY_BY_ID: ReadonlyMap<string, GlossaryEntry> = new Map(
  GLOSSARY.map((entry) => [entry.id, entry]),
);
