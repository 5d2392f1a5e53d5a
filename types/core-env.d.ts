/**
 * What the pure core may use beyond the language itself, declared for tsconfig.core.json (which
 * has no DOM and no Node types): the WHATWG URL parser, which every place the core runs
 * (browsers, Node) provides. Declared here, narrowly, so that nothing else slips in.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
}
