/**
 * Minimal argument parsing for the command-line tools: known flags only, so a typo is an
 * error rather than silently ignored.
 */

export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/**
 * @param booleans flags without a value (e.g. "--json")
 * @param valued flags taking a value, as "--lang en" or "--lang=en"
 */
export function parseArgs(
  argv: readonly string[],
  booleans: readonly string[],
  valued: readonly string[],
): ParsedArgs {
  const result: ParsedArgs = { positionals: [], flags: new Set(), values: new Map() };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      result.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (booleans.includes(name)) {
      if (eq >= 0) throw new UsageError(`${name} takes no value`);
      result.flags.add(name);
    } else if (valued.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      result.values.set(name, value);
    } else {
      throw new UsageError(`unknown option: ${name}`);
    }
  }
  return result;
}
