/** The seed article as plain text, read from the repository's own fixture copy. */
import { readFileSync } from 'node:fs';

export const SEED_TEXT = readFileSync(new URL('../fixtures/site/seed-article.txt', import.meta.url), 'utf8');
