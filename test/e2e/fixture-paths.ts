import { readFileSync } from 'node:fs';

const routes = JSON.parse(
  readFileSync(new URL('../fixtures/site/routes.json', import.meta.url), 'utf8'),
) as Record<string, string>;

/** The site path a fixture file is served at (the first route that names it). */
export function pathOf(file: string): string {
  const path = Object.keys(routes).find((p) => routes[p] === file);
  if (!path) throw new Error(`no route serves ${file}`);
  return path;
}
