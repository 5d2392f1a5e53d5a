/**
 * The selectors detection uses, matched against a snapshot element: lists of compound selectors
 * made of a tag or `*`, `.class`, `[name]` and `[name="v"]`, `[name~="v"]`, `[name*="v" i]`.
 * There are no combinators in detection's selectors, so there are none here: any other selector
 * is refused loudly, so that a new one in detection cannot pass unmatched.
 */

export interface AttributeHolder {
  readonly localName: string;
  getAttribute(name: string): string | null;
}

type Test = (el: AttributeHolder) => boolean;

const COMPOUND = /^([a-z][a-z0-9-]*|\*)?((?:\.[\w-]+|\[[^\]]+\])*)$/i;
const PART = /\.([\w-]+)|\[([\w-]+)(?:([~*]?=)"([^"]*)"(\s+i)?)?\]/gy;

/** Attributes whose values HTML matches in selectors without regard to case (of those detection reads). */
const CASELESS_VALUES = new Set(['rel', 'type']);

const compiled = new Map<string, Test>();

export function selectorTest(selector: string): Test {
  let test = compiled.get(selector);
  if (!test) {
    const alternatives = selector.split(',').map((part) => compound(part.trim(), selector));
    test = (el) => alternatives.some((t) => t(el));
    compiled.set(selector, test);
  }
  return test;
}

function compound(text: string, whole: string): Test {
  const shape = COMPOUND.exec(text);
  if (!shape) throw new Error(`the snapshot DOM does not read the selector "${whole}"`);
  const tag = shape[1] && shape[1] !== '*' ? shape[1].toLowerCase() : undefined;
  const tests: Test[] = [];
  if (tag) tests.push((el) => el.localName === tag);
  const rest = shape[2] ?? '';
  PART.lastIndex = 0;
  for (let at = 0; at < rest.length;) {
    const part = PART.exec(rest);
    if (!part) throw new Error(`the snapshot DOM does not read the selector "${whole}"`);
    at = PART.lastIndex;
    tests.push(partTest(part));
  }
  return (el) => tests.every((t) => t(el));
}

function partTest(part: RegExpExecArray): Test {
  const [, className, name, operator, wanted = '', insensitive] = part;
  if (className !== undefined) return (el) => words(el.getAttribute('class')).includes(className);
  const attribute = name!.toLowerCase();
  if (!operator) return (el) => el.getAttribute(attribute) !== null;
  const fold =
    insensitive || CASELESS_VALUES.has(attribute) ? (s: string) => s.toLowerCase() : (s: string) => s;
  const value = fold(wanted);
  if (operator === '=')
    return (el) => {
      const got = el.getAttribute(attribute);
      return got !== null && fold(got) === value;
    };
  if (operator === '~=') return (el) => words(el.getAttribute(attribute)).map(fold).includes(value);
  return (el) => {
    const got = el.getAttribute(attribute);
    return got !== null && value !== '' && fold(got).includes(value);
  };
}

function words(value: string | null): string[] {
  return value === null ? [] : value.split(/[ \t\n\f\r]+/).filter(Boolean);
}
