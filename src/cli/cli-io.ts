/** Where a command-line tool writes, so tests can run it in-process and read what it said. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}
