/**
 * Loads the bundled glossary for the command-line tools. Imported lazily so that a broken or
 * missing glossary module is reported as one line instead of a stack trace.
 */

import type { GlossaryEntry } from '../core/glossary-schema.ts';

export class GlossaryLoadError extends Error {}

export async function loadGlossary(): Promise<readonly GlossaryEntry[]> {
  try {
    const module = (await import('../glossary/index.ts')) as { GLOSSARY?: readonly GlossaryEntry[] };
    if (!Array.isArray(module.GLOSSARY)) throw new Error('src/glossary/index.ts does not export GLOSSARY');
    return module.GLOSSARY;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new GlossaryLoadError(`cannot load the glossary: ${reason}`);
  }
}
